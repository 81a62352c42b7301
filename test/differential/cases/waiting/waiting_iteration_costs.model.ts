import { type Coro, async_def, async_with, asyncio, print, program } from '../../../../src/scheduler/python.js'

let ticks = 0

const ticker = async_def(function* ticker() {
  for (;;) {
    yield* asyncio.sleep(0)
    ticks += 1
  }
})

const quick = async_def(function* quick() {
  return 1
})

const measure = async_def(function* measure(label: string, make: () => Coro<unknown>) {
  const start = ticks
  yield* make()
  print(label, ticks - start)
})

const main = async_def(function* main() {
  const t = asyncio.create_task(ticker())
  yield* asyncio.sleep(0)

  const done_task = asyncio.create_task(quick())
  yield* done_task

  const use_timeout = async_def(function* use_timeout() {
    yield* async_with(asyncio.timeout(5), function* () {
      yield* quick()
    })
  })

  const use_taskgroup = async_def(function* use_taskgroup() {
    yield* async_with(new asyncio.TaskGroup(), function* (tg) {
      tg.create_task(quick())
    })
  })

  const use_empty_taskgroup = async_def(function* use_empty_taskgroup() {
    yield* async_with(new asyncio.TaskGroup(), function* () {})
  })

  const use_shield = async_def(function* use_shield() {
    yield* asyncio.shield(quick())
  })

  const use_shield_done = async_def(function* use_shield_done() {
    yield* asyncio.shield(done_task)
  })

  const use_wait = async_def(function* use_wait() {
    yield* asyncio.wait([asyncio.create_task(quick())])
  })

  const use_wait_done = async_def(function* use_wait_done() {
    yield* asyncio.wait([done_task])
  })

  const use_as_completed = async_def(function* use_as_completed() {
    for (const f of asyncio.as_completed([quick()])) yield* f
  })

  const use_wait_for_done = async_def(function* use_wait_for_done() {
    yield* asyncio.wait_for(done_task, 5)
  })

  yield* measure('timeout', use_timeout)
  yield* measure('taskgroup', use_taskgroup)
  yield* measure('empty taskgroup', use_empty_taskgroup)
  yield* measure('shield', use_shield)
  yield* measure('shield(done)', use_shield_done)
  yield* measure('wait', use_wait)
  yield* measure('wait(done)', use_wait_done)
  yield* measure('as_completed', use_as_completed)
  yield* measure('wait_for(done)', use_wait_for_done)
  t.cancel()
})

export default program(function* () {
  ticks = 0
  yield* asyncio.run(main())
})
