/**
 * Lesson 03 with one change, for the quiz: each variant's program is main.py with its edits applied,
 * and its model below reads line by line like that program.
 */
import { defineVariants } from '../../src/quiz/variants.js'
import { async_def, asyncio, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
  return `${what} - ${delay}`
})

// main.py with task2's line removed and `ret2 = await say_after(2, 'world')`
const main_awaiting_directly = async_def(function* main() {
  const task1 = asyncio.create_task(say_after(1, 'hello'))

  print(`started at ${time.strftime('%X')}`)
  const ret1 = yield* task1
  const ret2 = yield* say_after(2, 'world')
  print(ret1)
  print(ret2)
  print(`finished at ${time.strftime('%X')}`)
})

// main.py with the two awaits swapped
const main_awaiting_task2_first = async_def(function* main() {
  const task1 = asyncio.create_task(say_after(1, 'hello'))
  const task2 = asyncio.create_task(say_after(2, 'world'))

  print(`started at ${time.strftime('%X')}`)
  const ret2 = yield* task2
  const ret1 = yield* task1
  print(ret1)
  print(ret2)
  print(`finished at ${time.strftime('%X')}`)
})

export default defineVariants([
  {
    id: 'await-directly',
    change: {
      zh: "不再为 say_after(2, 'world') 创建任务，main 在 await task1 之后直接 await 它",
      en: "say_after(2, 'world') is no longer made a task: main awaits it directly, after awaiting task1",
    },
    edits: [
      { replace: "    task2 = asyncio.create_task(say_after(2, 'world'))\n", with: '' },
      { replace: '    ret2 = await task2\n', with: "    ret2 = await say_after(2, 'world')\n" },
    ],
    program: program(function* () {
      yield* asyncio.run(main_awaiting_directly())
    }),
    quiz: [
      {
        kind: 'time',
        prompt: { zh: '改动之后，整个程序运行几秒？', en: 'With this change, how many seconds does the program take?' },
      },
    ],
  },
  {
    id: 'await-task2-first',
    change: {
      zh: 'main 先 await task2，再 await task1',
      en: 'main awaits task2 first, then task1',
    },
    edits: [{ replace: '    ret1 = await task1\n    ret2 = await task2\n', with: '    ret2 = await task2\n    ret1 = await task1\n' }],
    program: program(function* () {
      yield* asyncio.run(main_awaiting_task2_first())
    }),
    quiz: [
      {
        kind: 'time',
        prompt: { zh: '改动之后，"hello" 在第几秒打印出来？', en: 'With this change, at what time is "hello" printed?' },
        line: 'hello',
      },
    ],
  },
])
