/**
 * The English strings of headlines (the articles' results, verified on each run): their proofs,
 * what a run showed instead, and check's count, spread into en.ts. headlines.zh.ts has exactly the
 * same keys.
 */
export const headlinesEn = {
  'headline.source': '(article {id})',
  'headline.failed': '{file}: {field}: "{claim}" does not hold: {why}',
  'headline.why': '{proof}, but {actual}',
  'headline.proof.total': 'total {figure}',
  'headline.proof.line': '"{line}" at {figure}',
  'headline.proof.span': 'from "{from}" to "{to}": {figure}',
  'headline.proof.ends': 'ends with {outcome} at {figure}',
  'headline.outcome.deadlock': 'a deadlock',
  'headline.outcome.exception': 'an uncaught exception',
  'headline.outcome.runaway': 'a runaway loop',
  'headline.actual.shows': 'the run shows {figure}',
  'headline.actual.notEnding': 'the run does not end with {outcome}',
  'headline.actual.lacksLine': 'the run lacks a line it names',
  'check.headlines': '{ok}/{count} headlines',
} as const
