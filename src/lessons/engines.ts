/** The engines a lesson runs on, by the names the command line uses. Kept apart from evaluate.ts so
 * that parsing argv does not load the scheduler. */
export const ENGINES = ['embedded', 'python'] as const
export type EngineName = (typeof ENGINES)[number]
