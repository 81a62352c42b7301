import { describe, expect, test } from 'vitest'
import type { Trace } from '../../src/scheduler/trace.js'
import { buildSteps, type IterationFrame } from '../../src/step/frames.js'
import { clock } from '../../src/step/reason.js'
import { gatherTrace, lesson03 } from './fixtures.js'

const reasons = (trace: Trace, lang: 'en' | 'zh' = 'en'): string[][] =>
  buildSteps(trace)
    .frames.filter((f): f is IterationFrame => f.kind === 'iteration')
    .map((f) => f.reason.map((sentence) => sentence[lang]))

describe('the reasons of lesson 03, in English', () => {
  const told = reasons(lesson03())

  test('asyncio.run creates Task-1 before the loop; its first step creates the others and parks on Task-2', () => {
    expect(told[0]).toEqual([
      'Task-1 (main) is created: its first step goes into the ready queue',
      'Task-1 starts, creates Task-2 and Task-3, prints “started at 18:27:39” and awaits Task-2: it waits until Task-2 finishes; control returns to the loop',
    ])
  })

  test('each sleeping task sets a timer and gives control back', () => {
    expect(told[1]).toEqual([
      'Task-2 starts and awaits sleep(1): a timer is set for t=1.000; control returns to the loop',
      'Task-3 starts and awaits sleep(2): a timer is set for t=2.000; control returns to the loop',
    ])
  })

  test('a due timer makes its task ready', () => {
    expect(told[2]).toEqual(['sleep(1) of Task-2 is due at t=1.000: Task-2 becomes ready'])
  })

  test('a finishing task names the task that awaited it', () => {
    expect(told[3]).toEqual(['Task-2 resumes, prints “hello” and finishes: Task-1, which awaited it, is woken next'])
  })

  test('the main task finishing stops the loop', () => {
    expect(told[7]).toEqual(['Task-1 resumes, prints 3 lines, the last “finished at 18:27:41” and finishes: the loop stops next (_run_until_complete_cb)'])
    expect(told[8]).toEqual(['the task run_until_complete waits for is done: _run_until_complete_cb stops the loop'])
  })
})

describe('the reasons in Chinese', () => {
  test('read as Chinese sentences, with a space where Chinese meets await', () => {
    const told = reasons(lesson03(), 'zh')
    expect(told[1]![0]).toBe('Task-2 开始运行，然后 await sleep(1)：定了一个 t=1.000 到期的定时器；控制权交还给事件循环')
    expect(told[2]).toEqual(['Task-2 的 sleep(1) 在 t=1.000 到期：Task-2 进入就绪队列'])
    expect(told[3]).toEqual(['Task-2 恢复运行，打印“hello”，然后运行结束：在等它的 Task-1 接下来被唤醒'])
  })
})

describe('the reasons of a gather', () => {
  const told = reasons(gatherTrace())

  test('awaiting gather, yielding with sleep(0), and a child finishing before gather\'s callback', () => {
    expect(told[0]![1]).toBe('Task-1 starts, creates Task-2 and Task-3 and awaits gather: it waits until every awaitable in it has finished; control returns to the loop')
    expect(told[1]).toEqual([
      'Task-2 starts and yields with sleep(0): its next step goes to the back of the ready queue; control returns to the loop',
      "Task-3 starts and finishes: gather's callback runs next",
    ])
    expect(told[2]![0]).toBe("gather's callback (_done_callback) runs: it notes a finished child, and sets gather's result once all are done")
  })
})

describe('events no handle claims', () => {
  test('threads, another thread\'s print and asyncio\'s reports get sentences of their own, in order', () => {
    const trace: Trace = {
      engine: 'embedded',
      events: [
        { kind: 'iteration', t: 0, thread: 'Thread-1 (loop)', ready: [{ kind: 'callback', name: 'callback' }, { kind: 'callback', name: 'callback' }], timers: [] },
        { kind: 'task', t: 0, task: 'Task-1', event: 'created', detail: 'work' },
        { kind: 'task', t: 0, task: 'Task-2', event: 'created', detail: 'work' },
        { kind: 'thread', t: 0, thread: 'MainThread', event: 'blocked', detail: 'Future.result' },
        { kind: 'output', t: 0, stream: 'stdout', text: 'hi', thread: 'MainThread' },
        { kind: 'thread', t: 0, thread: 'Thread-1 (loop)', event: 'blocked', detail: 'run_forever' },
        { kind: 'log', t: 0, message: 'Task exception was never retrieved', task: 'Task-1' },
      ],
      outcome: { kind: 'ok' },
    }
    expect(reasons(trace)[0]).toEqual([
      'the callbacks callback() and callback() run and create Task-1 and Task-2',
      'MainThread blocks in Future.result',
      'MainThread prints “hi”',
      "Thread-1 (loop)'s loop has nothing ready: it waits for work (run_forever)",
      'asyncio reports: Task exception was never retrieved',
    ])
  })

  test('an iteration with nothing to run says so', () => {
    const trace: Trace = { engine: 'embedded', events: [{ kind: 'iteration', t: 0, thread: 'MainThread', ready: [], timers: [] }], outcome: { kind: 'ok' } }
    expect(reasons(trace)[0]).toEqual(['nothing is ready: the loop only checks its timers'])
  })
})

describe('clock', () => {
  test('writes virtual time to the millisecond, never -0.000', () => {
    expect(clock(1)).toBe('1.000')
    expect(clock(0.1 + 0.2)).toBe('0.300')
    expect(clock(-1e-9)).toBe('0.000')
  })
})
