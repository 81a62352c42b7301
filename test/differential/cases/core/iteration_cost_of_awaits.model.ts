import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

let tick = 0

const counter = async_def(function* counter() {
  for (;;) {
    print('tick', tick)
    tick += 1
    yield* asyncio.sleep(0)
  }
})

const inline = async_def(function* inline() {
  return 'inline'
})

const main = async_def(function* main() {
  const c = asyncio.create_task(counter())
  yield* asyncio.sleep(0)
  print('await coro():', yield* inline(), tick)
  print('await create_task():', yield* asyncio.create_task(inline()), tick)
  const done = asyncio.get_running_loop().create_future<string>()
  done.set_result('done future')
  print('await done future:', yield* done, tick)
  yield* asyncio.sleep(0)
  print('after sleep(0):', tick)
  c.cancel()
})

export default program(function* () {
  tick = 0
  yield* asyncio.run(main())
})
