import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

let tick = 0

const counter = async_def(function* counter() {
  for (;;) {
    print('tick', tick)
    tick += 1
    yield* asyncio.sleep(0)
  }
})

const value = async_def(function* value() {
  return 'v'
})

const main = async_def(function* main() {
  const c = asyncio.create_task(counter())
  yield* asyncio.sleep(0)
  let start = tick
  print(yield* asyncio.gather(value()), 'gather(coro) cost', tick - start)
  const t = asyncio.create_task(value())
  yield* t
  start = tick
  print(yield* asyncio.gather(t), 'gather(done task) cost', tick - start)
  start = tick
  print(yield* asyncio.gather(), 'gather() cost', tick - start)
  c.cancel()
})

export default program(function* () {
  tick = 0
  yield* asyncio.run(main())
})
