import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EngineUnavailableError } from '../../src/errors.js'
import { EngineFailureError, harnessPath, parseTrace, runCpython } from '../../src/engines/cpython/index.js'
import type { CpythonOptions, CpythonRun } from '../../src/engines/cpython/index.js'
import type { OutputEvent, TraceEvent } from '../../src/scheduler/trace.js'

let dir: string
let count = 0

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cpython-engine-'))
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

function program(source: string): string {
  const path = join(dir, `prog${++count}.py`)
  writeFileSync(path, source.replace(/^\n/, ''))
  return path
}

function run(source: string, options: CpythonOptions = {}): Promise<CpythonRun> {
  return runCpython(program(source), options)
}

/** A stand-in interpreter: a shell script that behaves as told. */
function fakePython(script: string): string {
  const path = join(dir, `fake-python-${++count}`)
  writeFileSync(path, `#!/bin/sh\n${script}\n`)
  chmodSync(path, 0o755)
  return path
}

function outputs(events: readonly TraceEvent[]): OutputEvent[] {
  return events.filter((e): e is OutputEvent => e.kind === 'output')
}

/** Output lines as [t, text] pairs, the shape expected.out shows. */
function lines(r: CpythonRun): [number, string][] {
  return outputs(r.trace.events).map((e) => [e.t, e.text])
}

describe('the CPython engine', () => {
  it('prints hello at t=0 and world at t=1 around asyncio.sleep(1)', async () => {
    const r = await run(`
import asyncio
async def main():
    print("hello")
    await asyncio.sleep(1)
    print("world")
asyncio.run(main())
`)
    expect(r.trace.engine).toBe('cpython')
    expect(r.trace.events).toEqual([
      { kind: 'output', t: 0, stream: 'stdout', text: 'hello', thread: 'MainThread', task: 'Task-1' },
      { kind: 'output', t: 1, stream: 'stdout', text: 'world', thread: 'MainThread', task: 'Task-1' },
    ])
    expect(r.trace.outcome).toEqual({ kind: 'ok' })
    expect(r.stdout).toBe('hello\nworld\n')
    expect(r.exitCode).toBe(0)
  })

  it('wakes eight sleep(1) ties in the order they were scheduled', async () => {
    const r = await run(`
import asyncio
async def nap(i):
    await asyncio.sleep(1)
    print(i)
async def main():
    await asyncio.gather(*(nap(i) for i in range(8)))
asyncio.run(main())
`)
    expect(lines(r)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7'].map((i) => [1, i]))
  })

  it('advances virtual time on a top-level time.sleep(2), outside any task', async () => {
    const r = await run(`
import time
print(time.monotonic(), time.perf_counter())
time.sleep(2)
print(time.monotonic(), time.perf_counter())
`)
    expect(r.trace.events).toEqual([
      { kind: 'output', t: 0, stream: 'stdout', text: '0.0 0.0', thread: 'MainThread' },
      { kind: 'output', t: 2, stream: 'stdout', text: '2.0 2.0', thread: 'MainThread' },
    ])
  })

  it('shows 18:27:39 on the wall clock at the start and 18:27:42 after sleep(3)', async () => {
    const r = await run(`
import asyncio, time
async def main():
    print(time.strftime('%X'), time.time())
    await asyncio.sleep(3)
    print(time.strftime('%X'), time.time())
asyncio.run(main())
`)
    expect(lines(r)).toEqual([[0, '18:27:39 1704133659.0'], [3, '18:27:42 1704133662.0']])
  })

  it('moves the wall clock by the epoch option', async () => {
    const r = await run('import time\nprint(time.strftime("%Y-%m-%d %X"))\n', { epoch: 0 })
    expect(lines(r)).toEqual([[0, '1970-01-01 00:00:00']])
  })

  it('finishes a gather of 1, 2 and 4 s sleeps at t=4 without waiting in real time', async () => {
    const started = Date.now()
    const r = await run(`
import asyncio
async def nap(d):
    await asyncio.sleep(d)
    print("slept", d)
async def main():
    await asyncio.gather(nap(1), nap(2), nap(4))
    print("done")
asyncio.run(main())
`)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(lines(r)).toEqual([[1, 'slept 1'], [2, 'slept 2'], [4, 'slept 4'], [4, 'done']])
    expect(outputs(r.trace.events).map((e) => e.task)).toEqual(['Task-2', 'Task-3', 'Task-4', 'Task-1'])
  })

  it('stamps a line with the time of its first character and emits an unterminated one at exit', async () => {
    const r = await run(`
import asyncio
async def main():
    print("a", end="")
    await asyncio.sleep(1)
    print("b")
    print("c", end="")
asyncio.run(main())
`)
    expect(lines(r)).toEqual([[0, 'ab'], [1, 'c']])
    expect(r.stdout).toBe('ab\nc')
  })

  it('reports a deadlock with every stuck task and what it waits on, without running cleanup', async () => {
    const r = await run(`
import asyncio
async def waiter(fut):
    try:
        await fut
    finally:
        print("cleanup")
async def middle(fut):
    await asyncio.create_task(waiter(fut))
async def main():
    fut = asyncio.get_running_loop().create_future()
    await asyncio.sleep(1)
    print("waiting")
    await asyncio.gather(middle(fut))
asyncio.run(main())
`)
    expect(r.trace.outcome).toEqual({
      kind: 'deadlock',
      t: 1,
      stuck: [
        { task: 'Task-1', coro: 'main', waitsOn: 'gather' },
        { task: 'Task-2', coro: 'middle', waitsOn: 'Task-3' },
        { task: 'Task-3', coro: 'waiter', waitsOn: 'Future' },
      ],
    })
    expect(lines(r)).toEqual([[1, 'waiting']])
    expect(r.stdout).toBe('waiting\n')
    expect(r.exitCode).toBe(0)
  })

  it('stops an endless sleep(0) loop as a runaway after the iteration budget', async () => {
    const r = await run(`
import asyncio
async def main():
    while True:
        await asyncio.sleep(0)
asyncio.run(main())
`, { maxIterations: 50 })
    expect(r.trace.outcome).toEqual({ kind: 'runaway', t: 0, iterations: 50 })
  })

  it('reports an uncaught ValueError as the outcome and still prints the traceback', async () => {
    const r = await run(`
import asyncio
async def main():
    await asyncio.sleep(1)
    raise ValueError("boom")
asyncio.run(main())
`)
    expect(r.trace.outcome).toEqual({ kind: 'exception', t: 1, type: 'ValueError', line: 'ValueError: boom' })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*prog\d+\.py", line 5, in <module>\n/)
    expect(r.stderr.endsWith('ValueError: boom\n')).toBe(true)
    expect(r.trace.events).toEqual([])
  })

  it('names a cancelled main by its full name', async () => {
    const r = await run(`
import asyncio
async def main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)
asyncio.run(main())
`)
    expect(r.trace.outcome).toEqual({
      kind: 'exception', t: 0, type: 'CancelledError', line: 'asyncio.exceptions.CancelledError',
    })
  })

  it('records a never-awaited coroutine as a warning event, shown on stderr as usual', async () => {
    const r = await run(`
import asyncio
async def nap():
    await asyncio.sleep(1)
async def main():
    await asyncio.sleep(0.5)
    nap()
    print("after")
asyncio.run(main())
`)
    expect(r.trace.events).toEqual([
      { kind: 'warning', t: 0.5, category: 'RuntimeWarning', message: "coroutine 'nap' was never awaited" },
      { kind: 'output', t: 0.5, stream: 'stdout', text: 'after', thread: 'MainThread', task: 'Task-1' },
    ])
    expect(r.stderr).toContain("RuntimeWarning: coroutine 'nap' was never awaited\n  nap()\n")
  })

  it("records 'Task exception was never retrieved' as a log event when the task is collected", async () => {
    const r = await run(`
import asyncio
async def bad():
    await asyncio.sleep(1)
    raise ValueError("lost")
async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(2)
    print("done")
asyncio.run(main())
`)
    expect(r.trace.events).toEqual([
      { kind: 'log', t: 1, message: 'Task exception was never retrieved', task: 'Task-2', exception: 'ValueError: lost' },
      { kind: 'output', t: 2, stream: 'stdout', text: 'done', thread: 'MainThread', task: 'Task-1' },
    ])
    expect(r.stderr).toContain("Task exception was never retrieved\nfuture: <Task finished name='Task-2'")
  })

  it("records 'Task was destroyed but it is pending!' at exit, before the outcome", async () => {
    const r = await run(`
import asyncio
async def forever():
    await asyncio.Event().wait()
loop = asyncio.new_event_loop()
task = loop.create_task(forever())
loop.run_until_complete(asyncio.sleep(1))
loop.close()
print("end")
`)
    expect(r.trace.events).toEqual([
      { kind: 'output', t: 1, stream: 'stdout', text: 'end', thread: 'MainThread' },
      { kind: 'log', t: 1, message: 'Task was destroyed but it is pending!', task: 'Task-1' },
    ])
    expect(r.trace.outcome).toEqual({ kind: 'ok' })
  })

  it('records a print to stderr on the stderr stream', async () => {
    const r = await run(`
import sys
print("out")
print("oops", file=sys.stderr)
sys.stderr.write("two\\nlines\\n")
`)
    expect(outputs(r.trace.events).map((e) => [e.stream, e.text])).toEqual([
      ['stdout', 'out'], ['stderr', 'oops'], ['stderr', 'two'], ['stderr', 'lines'],
    ])
    expect(r.stdout).toBe('out\n')
    expect(r.stderr).toBe('oops\ntwo\nlines\n')
  })

  it('passes arguments to the program as sys.argv', async () => {
    const path = program('import sys\nprint(sys.argv[1:], __name__)\n')
    const r = await runCpython(path, { args: ['a', 'b c'] })
    expect(lines(r)).toEqual([[0, "['a', 'b c'] __main__"]])
  })

  it('treats sys.exit(0) as ok and sys.exit(2) as an exception outcome with exit code 2', async () => {
    const ok = await run('import sys\nsys.exit(0)\n')
    expect(ok.trace.outcome).toEqual({ kind: 'ok' })
    const failed = await run('import sys\nsys.exit(2)\n')
    expect(failed.trace.outcome).toEqual({ kind: 'exception', t: 0, type: 'SystemExit', line: 'SystemExit: 2' })
    expect(failed.exitCode).toBe(2)
  })

  it('throws EngineUnavailableError with exit code 3 when python is missing', async () => {
    const promise = run('print(1)\n', { python: join(dir, 'no-such-python3') })
    await expect(promise).rejects.toBeInstanceOf(EngineUnavailableError)
    await expect(promise).rejects.toMatchObject({ exitCode: 3, message: expect.stringContaining('Python 3.11 or newer') })
  })

  it('throws EngineUnavailableError when the interpreter reports itself too old', async () => {
    const python = fakePython(`echo '{"kind":"unsupported","version":"3.9.2"}' >&3; exit 3`)
    const promise = run('print(1)\n', { python })
    await expect(promise).rejects.toBeInstanceOf(EngineUnavailableError)
    await expect(promise).rejects.toMatchObject({ exitCode: 3, message: expect.stringContaining('Python 3.9.2') })
  })

  it('throws EngineFailureError when the harness dies without an outcome', async () => {
    const python = fakePython('echo "Segmentation fault" >&2; exit 139')
    const promise = run('print(1)\n', { python })
    await expect(promise).rejects.toBeInstanceOf(EngineFailureError)
    await expect(promise).rejects.toThrow(/exit code 139[\s\S]*Segmentation fault/)
  })

  it('throws EngineFailureError when the program outruns the real-time limit', async () => {
    const promise = run('while True:\n    pass\n', { timeoutMs: 500 })
    await expect(promise).rejects.toBeInstanceOf(EngineFailureError)
    await expect(promise).rejects.toThrow(/did not finish within 0.5 s/)
  })
})

describe('the harness script', () => {
  it('is found in the package root', () => {
    expect(harnessPath()).toMatch(/[/\\]python[/\\]harness\.py$/)
  })
})

describe('the side-channel parser', () => {
  it('reads events and the final outcome', () => {
    const parsed = parseTrace(
      '{"kind":"warning","t":0.5,"category":"RuntimeWarning","message":"m"}\n' +
        '{"kind":"outcome","outcome":{"kind":"runaway","t":0.0,"iterations":9}}\n',
    )
    expect(parsed.events).toEqual([{ kind: 'warning', t: 0.5, category: 'RuntimeWarning', message: 'm' }])
    expect(parsed.outcome).toEqual({ kind: 'runaway', t: 0, iterations: 9 })
  })

  it('drops fields the Trace types do not declare', () => {
    const parsed = parseTrace('{"kind":"log","t":1,"message":"m","extra":1}\n')
    expect(parsed.events).toEqual([{ kind: 'log', t: 1, message: 'm' }])
  })

  it('rejects a malformed line, an unknown kind and a line after the outcome', () => {
    expect(() => parseTrace('{"kind":"output","t":0}\n')).toThrow(EngineFailureError)
    expect(() => parseTrace('{"kind":"mystery","t":0}\n')).toThrow(/unknown kind/)
    expect(() => parseTrace('{"kind":"outcome","outcome":{"kind":"ok"}}\n{"kind":"log","t":1,"message":"m"}\n'))
      .toThrow(/after the outcome/)
  })

  it('ignores a last line cut short by a crash', () => {
    expect(parseTrace('{"kind":"log","t":1,"message":"m"}\n{"kind":"out').events).toHaveLength(1)
  })
})
