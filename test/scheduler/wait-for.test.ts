import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { comparableLines } from '../../src/engines/comparable.js'
import { runCpython } from '../../src/engines/cpython/index.js'
import {
  CancelledError,
  type Coro,
  TimeoutError,
  async_def,
  asyncio,
  print,
  program,
} from '../../src/scheduler/python.js'
import { type Program, runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'
import type { PythonVersion } from '../../src/scheduler/world.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} [${e.task}] ${e.text}`] : []))
}

function run(main: () => Coro<unknown>, version: PythonVersion = '3.11'): Trace {
  return runProgram(
    program(function* () {
      yield* asyncio.run(main())
    }),
    { version },
  )
}

let ticks = 0
const ticker = async_def(function* ticker() {
  for (;;) {
    yield* asyncio.sleep(0)
    ticks++
  }
})

const quick = async_def(function* quick() {
  return asyncio.current_task()!.get_name()
})

/** Prints how many loop iterations `wait_for(quick(), 5)` takes and where quick() ran. */
const measureQuick = async_def(function* main() {
  ticks = 0
  const t = asyncio.create_task(ticker())
  yield* asyncio.sleep(0)
  const start = ticks
  const ranIn = yield* asyncio.wait_for(quick(), 5)
  print(ticks - start, ranIn)
  t.cancel()
})

const stubborn = async_def(function* stubborn() {
  try {
    yield* asyncio.sleep(10)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    return 'kept'
  }
  return 'finished'
})

describe('wait_for in 3.11', () => {
  it('runs a coroutine in a new task and costs 3 iterations for a quick result', () => {
    expect(outputOf(run(measureQuick))).toEqual(['0 [Task-1] 3 Task-3'])
  })

  it('awaits inline, in the caller task, when the timeout is None', () => {
    const main = async_def(function* main() {
      print(yield* asyncio.wait_for(quick(), null))
    })
    expect(outputOf(run(main))).toEqual(['0 [Task-1] Task-1'])
  })

  it('accepts the timeout as a keyword object', () => {
    const main = async_def(function* main() {
      try {
        yield* asyncio.wait_for(asyncio.sleep(5), { timeout: 1 })
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('TimeoutError')
      }
    })
    expect(outputOf(run(main))).toEqual(['1 [Task-1] TimeoutError'])
  })

  it('waits for the cancelled task to finish its cleanup before raising TimeoutError', () => {
    const slowCleanup = async_def(function* slowCleanup() {
      try {
        yield* asyncio.sleep(10)
      } finally {
        yield* asyncio.sleep(0.5)
      }
    })
    const main = async_def(function* main() {
      try {
        yield* asyncio.wait_for(slowCleanup(), 2)
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('TimeoutError')
      }
    })
    expect(outputOf(run(main))).toEqual(['2.5 [Task-1] TimeoutError'])
  })

  it('returns the inner value when the inner task suppresses the cancellation', () => {
    const main = async_def(function* main() {
      print(yield* asyncio.wait_for(stubborn(), 1))
    })
    expect(outputOf(run(main))).toEqual(['1 [Task-1] kept'])
  })

  it('cancels a future that is not done at once when the timeout is 0, without running it', () => {
    const loud = async_def(function* loud() {
      print('ran')
    })
    const main = async_def(function* main() {
      const t = asyncio.create_task(loud())
      try {
        yield* asyncio.wait_for(t, 0)
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('TimeoutError', t.cancelled())
      }
    })
    expect(outputOf(run(main))).toEqual(['0 [Task-1] TimeoutError True'])
  })

  it('returns the result of a done future at once when the timeout is 0', () => {
    const main = async_def(function* main() {
      const f = asyncio.get_running_loop().create_future<string>()
      f.set_result('ready')
      print(yield* asyncio.wait_for(f, 0))
    })
    expect(outputOf(run(main))).toEqual(['0 [Task-1] ready'])
  })

  it('leaves no timer behind when the future finishes first', () => {
    const main = async_def(function* main() {
      const loop = asyncio.get_running_loop()
      yield* asyncio.wait_for(asyncio.sleep(1), 100)
      yield* asyncio.sleep(0)
      print(loop._scheduled.length)
    })
    expect(outputOf(run(main))).toEqual(['1 [Task-1] 0'])
  })
})

describe('wait_for in 3.12 and later', () => {
  it('runs the coroutine inline, with no task and no extra iteration', () => {
    expect(outputOf(run(measureQuick, '3.12'))).toEqual(['0 [Task-1] 0 Task-1'])
    expect(outputOf(run(measureQuick, '3.13'))).toEqual(['0 [Task-1] 0 Task-1'])
  })

  it('still returns the value of a body that suppresses the cancellation', () => {
    const main = async_def(function* main() {
      print(yield* asyncio.wait_for(stubborn(), 1))
    })
    expect(outputOf(run(main, '3.12'))).toEqual(['1 [Task-1] kept'])
  })

  it('raises TimeoutError and leaves the task uncancelled', () => {
    const main = async_def(function* main() {
      try {
        yield* asyncio.wait_for(asyncio.sleep(5), 1)
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e
        print('TimeoutError', asyncio.current_task()!.cancelling())
      }
    })
    expect(outputOf(run(main, '3.12'))).toEqual(['1 [Task-1] TimeoutError 0'])
  })
})

/** `/root/.pyenv/versions/3.12.1/bin/python3` and the like, when pyenv has that version. */
function pyenvPython(version: string): string | null {
  const root = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions')
  if (!existsSync(root)) return null
  const found = readdirSync(root)
    .filter((name) => name.startsWith(`${version}.`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => join(root, name, 'bin', 'python3'))
    .filter((path) => existsSync(path))
  return found.at(-1) ?? null
}

const casesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'differential', 'cases', 'waiting')
/** The waiting cases whose traces differ between 3.11 and 3.12 (wait_for runs inline there). */
const VERSIONED_CASES = [
  'wait_for_iteration_cost',
  'wait_for_cleanup_delays_timeout',
  'wait_for_suppressed_cancellation',
  'wait_for_caller_cancelled',
  'wait_for_zero_timeout',
  'waiting_iteration_costs',
]

for (const version of ['3.12', '3.13'] as const) {
  const python = pyenvPython(version)
  // The CPython side needs that interpreter; this machine's python3 is 3.11.
  describe.skipIf(python === null)(`the waiting cases against CPython ${version} (skipped: no pyenv ${version})`, () => {
    it.each(VERSIONED_CASES)(`%s gives the same trace as CPython ${version}`, async (name) => {
      const py = join(casesDir, `${name}.py`)
      const model = (await import(pathToFileURL(py.replace(/\.py$/, '.model.ts')).href)) as { default: Program }
      const embedded = comparableLines(runProgram(model.default, { version }))
      const cpython = comparableLines((await runCpython(py, { python: python! })).trace)
      expect(embedded).toEqual(cpython)
    })
  })
}
