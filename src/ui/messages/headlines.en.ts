/**
 * The English strings of headlines (the articles' results, verified on each run) and of the total,
 * spread into en.ts. headlines.zh.ts has exactly the same keys.
 */
export const headlinesEn = {
  'headline.source': '(article {id})',
  'headline.failed': '{file}: {field}: "{claim}" does not hold: {why}',
  'check.headlines': '{ok}/{count} headlines',
} as const
