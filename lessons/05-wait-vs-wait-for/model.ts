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

const main = async_def(function* main() {
  // wait() on tasks that finished while main slept: it returns at once
  const task_list = [asyncio.create_task(func(2)), asyncio.create_task(func(3))]
  yield* asyncio.sleep(5)
  let [done, pending] = yield* asyncio.wait(task_list)
  print('wait():', done.size, 'done,', pending.size, 'pending')

  // wait_for: on timeout it cancels the task and raises TimeoutError
  let task = asyncio.create_task(foo(1))
  try {
    yield* asyncio.wait_for(task, { timeout: 1 })
  } catch (e) {
    if (!(e instanceof TimeoutError)) throw e
    print('wait_for: TimeoutError')
  }
  print('cancelled:', task.cancelled())

  // wait: on timeout it just returns; the task keeps running
  task = asyncio.create_task(foo(2))
  ;[done, pending] = yield* asyncio.wait([task], { timeout: 1 })
  print('wait(timeout=1):', done.size, 'done,', pending.size, 'pending')
  print('cancelled:', task.cancelled())

  // return_when: stop waiting as soon as one of them finishes
  const quick = asyncio.create_task(func(1))
  ;[done, pending] = yield* asyncio.wait([task, quick], { return_when: asyncio.FIRST_COMPLETED })
  print('FIRST_COMPLETED:', done.size, 'done,', pending.size, 'pending')
  task.cancel() // wait() never cancels anything: that is our job
})

export default program(function* () {
  yield* asyncio.run(main())
})

export { default as variants } from './variants.js'
