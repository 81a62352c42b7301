/**
 * How `trace` shows a run of the learner's own program: the timestamped output (the player's
 * table, without expected times or marks: there is no lesson to compare with), the total virtual
 * time, and how the program ended when it did not end normally: Python's traceback, what waits on
 * what in a deadlock, or why a runaway was stopped. Pure functions from a run to lines of text.
 */
import type { Bilingual } from '../../errors.js'
import type { LineResult } from '../../lessons/compare.js'
import type { TimedLine } from '../../lessons/expected.js'
import type { Outcome } from '../../scheduler/trace.js'
import { bilingual } from '../../ui/i18n.js'
import type { Ui } from '../context.js'
import { seconds } from '../../ui/seconds.js'
import { outputBlock, sentences } from './evaluation.js'
import { sectionHeading } from './lesson.js'

/** A line of the run as the player's table takes it: nothing expected, so nothing can be wrong. */
function unexpected(line: TimedLine): LineResult {
  return { t: line.t, expected_t: null, kind: line.kind, text: line.text, ok: true }
}

/** `Output of gather.py on CPython (virtual clock)`, then `  t=1.000s  hello` rows. */
export function traceOutput(file: string, lines: readonly TimedLine[], ui: Ui): string[] {
  const heading = sectionHeading(ui.tr.t('trace.output', { file }), ui)
  if (lines.length === 0) return [...heading, ui.style.dim(`  ${ui.tr.t('trace.noOutput')}`)]
  return [...heading, ...outputBlock(lines.map(unexpected), ui, { expected: false })]
}

/** `Total 2.000s of virtual time`: the time of the last line, as `run` counts it. */
export function traceTotal(total: number, ui: Ui): string[] {
  return sentences(bilingual('trace.total', { actual: seconds(total) }), ui, '').map((line) => ui.style.bold(line))
}

/**
 * How the program ended, when it did not simply finish: an exception with Python's traceback
 * (or its last line when the traceback could not be found), the stuck tasks and threads of a
 * deadlock one per line, a runaway's iteration count.
 */
export function traceEnding(outcome: Outcome, traceback: string | null, ui: Ui): string[] {
  const { style } = ui
  const say = (text: Bilingual): string[] => sentences(text, ui, '').map((line) => style.red(line))
  switch (outcome.kind) {
    case 'ok':
      return []
    case 'exception': {
      // sys.exit(3) or sys.exit("message"): Python prints no traceback for it, only the message.
      if (outcome.type === 'SystemExit') return say(bilingual('trace.ended.exit', { t: seconds(outcome.t), line: outcome.line }))
      const shown = (traceback ?? outcome.line).split('\n').map((line) => `  ${line}`)
      const lines = [...say(bilingual('trace.ended.exception', { t: seconds(outcome.t) })), ...shown]
      // input() under trace: stdin is not connected, so the first read is end-of-file.
      if (outcome.type === 'EOFError' && outcome.line.includes('reading a line')) lines.push('', ...sentences(bilingual('trace.stdin'), ui, ''))
      return lines
    }
    case 'deadlock': {
      const stuck = [
        ...outcome.stuck.map((s) => ui.tr.t('trace.stuck.task', { task: s.task, coro: s.coro, waitsOn: s.waitsOn })),
        ...(outcome.threads ?? []).map((s) => ui.tr.t('trace.stuck.thread', { thread: s.thread, waitsIn: s.waitsIn })),
      ]
      // No task stuck, only threads: the main code finished, but exit waits for a thread that never ends.
      const key = outcome.stuck.length === 0 && (outcome.threads ?? []).some((s) => s.waitsIn === 'exit') ? 'trace.ended.neverExits' : 'trace.ended.deadlock'
      return [...say(bilingual(key, { t: seconds(outcome.t) })), ...stuck.map((line) => `  • ${line}`)]
    }
    case 'runaway':
      return say(bilingual('trace.ended.runaway', { t: seconds(outcome.t), iterations: outcome.iterations }))
  }
}
