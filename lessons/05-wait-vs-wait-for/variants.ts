/**
 * Lesson 05 with one change, for the quiz: each variant's program is main.py with its edits applied,
 * and its model below reads line by line like that program.
 */
import { defineVariants } from '../../src/quiz/variants.js'
import { TimeoutError, async_def, asyncio, print, program } from '../../src/scheduler/python.js'

const func = async_def(function* func(s: number) {
  yield* asyncio.sleep(s)
  print('end', s)
  return s
})

const foo = async_def(function* foo(k = 0) {
  yield* asyncio.sleep(30)
  return k
})

/** main.py's main() with the first sleep and the wait_for timeout as parameters. */
function main_with(first_sleep: number, wait_for_timeout: number) {
  return async_def(function* main() {
    const task_list = [asyncio.create_task(func(2)), asyncio.create_task(func(3))]
    yield* asyncio.sleep(first_sleep)
    let [done, pending] = yield* asyncio.wait(task_list)
    print('wait():', done.size, 'done,', pending.size, 'pending')

    let task = asyncio.create_task(foo(1))
    try {
      yield* asyncio.wait_for(task, { timeout: wait_for_timeout })
    } catch (e) {
      if (!(e instanceof TimeoutError)) throw e
      print('wait_for: TimeoutError')
    }
    print('cancelled:', task.cancelled())

    task = asyncio.create_task(foo(2))
    ;[done, pending] = yield* asyncio.wait([task], { timeout: 1 })
    print('wait(timeout=1):', done.size, 'done,', pending.size, 'pending')
    print('cancelled:', task.cancelled())

    const quick = asyncio.create_task(func(1))
    ;[done, pending] = yield* asyncio.wait([task, quick], { return_when: asyncio.FIRST_COMPLETED })
    print('FIRST_COMPLETED:', done.size, 'done,', pending.size, 'pending')
    task.cancel()
  })
}

export default defineVariants([
  {
    id: 'timeout-longer-than-the-job',
    change: {
      zh: 'wait_for 的超时从 1 秒改成 40 秒，比 foo 的 30 秒还长',
      en: "wait_for's timeout goes from 1 s to 40 s, longer than foo's 30 s",
    },
    edits: [{ replace: 'await asyncio.wait_for(task, timeout=1)', with: 'await asyncio.wait_for(task, timeout=40)' }],
    program: program(function* () {
      yield* asyncio.run(main_with(5, 40)())
    }),
    quiz: [
      {
        kind: 'time',
        prompt: { zh: '改动之后，整个程序运行几秒？', en: 'With this change, how many seconds does the program take?' },
      },
    ],
  },
  {
    id: 'shorter-first-sleep',
    change: {
      zh: 'main 在调用 wait() 之前只睡 1 秒，而不是 5 秒',
      en: 'main sleeps 1 s instead of 5 s before calling wait()',
    },
    edits: [{ replace: 'await asyncio.sleep(5)', with: 'await asyncio.sleep(1)' }],
    program: program(function* () {
      yield* asyncio.run(main_with(1, 1)())
    }),
    quiz: [
      {
        kind: 'time',
        prompt: { zh: '改动之后，"wait(): 2 done, 0 pending" 在第几秒打印出来？', en: 'With this change, at what time is "wait(): 2 done, 0 pending" printed?' },
        line: 'wait(): 2 done, 0 pending',
      },
    ],
  },
])
