/**
 * How the interface writes a virtual time: one place, so that a time reads the same in the output
 * table, a headline, the quiz, the timeline and the step-through.
 */

/** `1.000s`: a measured time, to the millisecond (output tables, totals, the timeline's key). */
export function seconds(t: number): string {
  return `${t.toFixed(3)}s`
}

/** `2s`, `0.6s`, `5.2s`: a figure as a lesson or an axis states it, to the millisecond at most. */
export function figure(t: number): string {
  return `${Number(t.toFixed(3))}s`
}
