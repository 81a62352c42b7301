/**
 * Python's own traceback of an uncaught exception, found in what the harness wrote to stderr.
 *
 * The trace states the exception only by its last line (`ValueError: boom`); the full traceback,
 * which a learner running their own program needs, is in the process's stderr, among the
 * program's own stderr writes, displayed warnings and the loop's log messages. The harness prints
 * it after the program's last write and before finalization, so it is looked for after the
 * program's own stderr lines (each found in turn), starting at the first traceback header that is
 * not part of a log message (those follow a `future: <Task ...>` line) and ending at the
 * exception's last line. When that cannot be found, the answer is null: nothing is better than
 * the wrong traceback.
 */
import type { Outcome, TraceEvent } from '../../scheduler/trace.js'

/** `Traceback (...)`, `  + Exception Group Traceback (...)`, or a SyntaxError's `  File "x.py", line 4`. */
const HEADER = /^(?:Traceback \(most recent call last\):| {2}\+ Exception Group Traceback \(most recent call last\):| {2}File ".*", line \d+)$/
/** The line before a traceback in a log message (`future: <Task finished ...>`, `Exception ignored in: <coroutine ...>`). */
const LOG_CONTEXT = /^[\w ]+: </
/** The last line of an exception group's printout. */
const GROUP_END = /^ {4}\+-+$/

/** Where the program's own stderr writes end in `stderr` (0 when they cannot all be found). */
function afterProgramWrites(stderr: string, events: readonly TraceEvent[]): number {
  let cursor = 0
  for (const event of events) {
    if (event.kind !== 'output' || event.stream !== 'stderr' || event.text === '') continue
    const at = stderr.indexOf(event.text, cursor)
    if (at < 0) return 0
    cursor = at + event.text.length
  }
  return cursor
}

/** The traceback Python printed for the program's uncaught exception, without its final newline. */
export function pythonTraceback(stderr: string, events: readonly TraceEvent[], outcome: Outcome): string | null {
  if (outcome.kind !== 'exception') return null
  const lines = stderr.slice(afterProgramWrites(stderr, events)).split('\n')
  for (let start = 0; start < lines.length; start++) {
    if (!HEADER.test(lines[start]!)) continue
    if (start > 0 && LOG_CONTEXT.test(lines[start - 1]!)) continue
    const group = lines[start]!.startsWith('  + ')
    for (let end = start + 1; end < lines.length; end++) {
      const line = lines[end]!
      if (group ? GROUP_END.test(line) : line === outcome.line) return lines.slice(start, end + 1).join('\n')
    }
    return null
  }
  return null
}
