/**
 * Lesson 04 with one change, for the quiz: each variant's program is main.py with its edits applied,
 * and its model below reads line by line like that program. Only the second part of main() changes.
 */
import { defineVariants } from '../../src/quiz/variants.js'
import { ValueError, async_def, asyncio, f, format, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  return f`${what} - ${delay}`
})

const do_some_work = async_def(function* do_some_work(x: number) {
  print('waiting:', x)
  yield* asyncio.sleep(x)
  print('done:', x)
  return `Done after ${x}s`
})

const count = async_def(function* count(k: number) {
  yield* asyncio.sleep(0.6)
  return k
})

const fail = async_def(function* fail() {
  yield* asyncio.sleep(0.3)
  throw new ValueError('job failed')
})

/** The first part of main(), which no variant changes. */
function* start_of_main() {
  const ret = yield* asyncio.gather(say_after(1, 'hello'), say_after(2, 'world'))
  print(ret)
}

/** The third and fourth parts of main(), which no variant changes. */
function* rest_of_main() {
  const start = time.perf_counter()
  let results = yield* asyncio.gather(count(1), count(2))
  print(f`result: ${results} in ${format(time.perf_counter() - start, '0.2')} seconds`)

  results = yield* asyncio.gather(count(1), fail(), count(3), { return_exceptions: true })
  print(results)
}

// tasks = [do_some_work(x) for x in (4, 1, 2)]; results = [await t for t in tasks]
const main_without_tasks = async_def(function* main() {
  yield* start_of_main()
  const tasks = [4, 1, 2].map((x) => do_some_work(x))
  const results: unknown[] = []
  for (const t of tasks) results.push(yield* t)
  for (const result of results) {
    print('Task ret:', result)
  }
  yield* rest_of_main()
})

// results = [await t for t in tasks], the tasks still made with create_task
const main_awaiting_each = async_def(function* main() {
  yield* start_of_main()
  const tasks = [4, 1, 2].map((x) => asyncio.create_task(do_some_work(x)))
  const results: unknown[] = []
  for (const t of tasks) results.push(yield* t)
  for (const result of results) {
    print('Task ret:', result)
  }
  yield* rest_of_main()
})

export default defineVariants([
  {
    id: 'no-create-task',
    change: {
      zh: '不再创建任务，也不用 gather：tasks 只是三个协程对象，main 逐个 await 它们',
      en: 'no tasks and no gather: tasks holds three plain coroutines, and main awaits them one by one',
    },
    edits: [
      { replace: 'tasks = [asyncio.create_task(do_some_work(x)) for x in (4, 1, 2)]', with: 'tasks = [do_some_work(x) for x in (4, 1, 2)]' },
      { replace: 'results = await asyncio.gather(*tasks)', with: 'results = [await t for t in tasks]' },
    ],
    program: program(function* () {
      yield* asyncio.run(main_without_tasks())
    }),
    quiz: [
      {
        kind: 'order',
        prompt: { zh: '改动之后，这几行按什么顺序打印？', en: 'With this change, in what order are these lines printed?' },
        lines: ['waiting: 1', 'done: 4', 'waiting: 2', 'done: 1'],
      },
      {
        kind: 'time',
        prompt: { zh: '改动之后，"Task ret: Done after 4s" 在第几秒打印出来？', en: 'With this change, at what time is "Task ret: Done after 4s" printed?' },
        line: 'Task ret: Done after 4s',
      },
    ],
  },
  {
    id: 'await-each-task',
    change: {
      zh: '任务照样用 create_task 创建，但不用 gather，main 逐个 await 它们',
      en: 'the tasks are still made with create_task, but instead of gather, main awaits them one by one',
    },
    edits: [{ replace: 'results = await asyncio.gather(*tasks)', with: 'results = [await t for t in tasks]' }],
    program: program(function* () {
      yield* asyncio.run(main_awaiting_each())
    }),
    quiz: [
      {
        kind: 'time',
        prompt: { zh: '改动之后，"Task ret: Done after 4s" 在第几秒打印出来？', en: 'With this change, at what time is "Task ret: Done after 4s" printed?' },
        line: 'Task ret: Done after 4s',
      },
    ],
  },
])
