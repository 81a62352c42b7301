/**
 * `trace`'s English strings (running the learner's own program), spread into en.ts so the catalog
 * test covers them. trace.zh.ts has exactly the same keys.
 */
export const traceEn = {
  'trace.description': 'run your own asyncio program on CPython under the virtual clock: its output with timestamps, how it ended, and a timeline',
  'trace.argument.file': 'the Python program to run (a .py file)',
  'trace.argument.args': "the program's own arguments (sys.argv[1:]); put them after --",
  'trace.option.noTimeline': 'leave out the timeline chart',
  'trace.option.timelineFormat': 'text draws the chart in the terminal; svg writes it to a file for slides and notes',
  'trace.option.timelineOut': 'the SVG file to write (default: <program>.timeline.svg in the current folder; implies --timeline-format svg)',
  'trace.option.maxIterations': 'event-loop iterations before the program counts as never ending (default: 1000000)',
  'trace.maxIterations.invalid': '--max-iterations must be a whole number greater than 0, like 1000000; "{value}" is not.',
  'help.example.trace': 'run your own program under the virtual clock',
  'trace.missing': 'There is no file {path}. Give the path of a Python program, for example: asyncio-lessons trace hello.py',
  'trace.directory': '{path} is a folder, not a Python program. Give the path of a .py file, for example: asyncio-lessons trace {path}/main.py',
  'trace.syntax': 'Python cannot run {file}: it has a syntax error, so not a line of it ran. Python says:',
  'trace.output': 'Output of {file} on CPython (virtual clock)',
  'trace.noOutput': '(the program printed nothing)',
  'trace.total': 'Total {actual} of virtual time',
  'trace.ended.exception': 'At t={t} the program ended with an uncaught exception. Python’s traceback:',
  'trace.ended.neverExits':
    'At t={t} the main code had finished, but the process could never exit: Python waits at exit for every thread that is not a daemon, and a thread waits forever. What waits where:',
  'trace.ended.deadlock': 'At t={t} nothing could ever run again: no task was ready and no timer was set, so CPython would hang here forever. What waits on what:',
  'trace.ended.runaway':
    'Stopped at t={t} after {iterations} event-loop iterations: the loop kept running without time ever moving on (an endless loop around `await asyncio.sleep(0)`?), so the program would never end. A longer program may need a higher --max-iterations.',
  'trace.ended.exit': 'At t={t} the program stopped itself with sys.exit(): {line}',
  'trace.stuck.task': '{task} {coro}() waits on {waitsOn}',
  'trace.stuck.thread': 'thread {thread} waits in {waitsIn}',
  'trace.stdin': 'The program read its standard input, which trace does not connect: input() and sys.stdin see end-of-file at once (EOFError). Pass data as arguments after -- instead, or read it from a file.',
  'trace.failed.exception': '{file} ended with an uncaught exception: {line}',
  'trace.failed.exit': '{file} stopped itself with sys.exit(): {line}',
  'trace.failed.deadlock': '{file} would hang forever on CPython (a deadlock: see what waits on what above).',
  'trace.failed.runaway': '{file} never ends: it was stopped after {iterations} event-loop iterations.',
  'trace.timeline.none': 'No timeline: the program never ran an asyncio event loop, so there are no tasks to chart.',
} as const
