import { async_def, asyncio, print, program, str, time } from '../../../../src/scheduler/python.js'

const waiter = async_def(function* waiter(name: string, event: InstanceType<typeof asyncio.Event>) {
  print(`${name} waiting at ${time.monotonic().toFixed(1)}`)
  yield* event.wait()
  print(`${name} woke at ${time.monotonic().toFixed(1)}, is_set=${str(event.is_set())}`)
})

const setter = async_def(function* setter(event: InstanceType<typeof asyncio.Event>) {
  yield* asyncio.sleep(1)
  print('setting the event')
  event.set()
  print('set() returned; nobody has run yet')
})

const main = async_def(function* main() {
  const event = new asyncio.Event()
  const tasks = ['a', 'b', 'c'].map((name) => asyncio.create_task(waiter(name, event)))
  asyncio.create_task(setter(event))
  yield* asyncio.gather(...tasks)
  print('already set: wait() returns without yielding:', yield* event.wait())
  event.clear()
  print('cleared:', event.is_set())
})

export default program(function* () {
  yield* asyncio.run(main())
})
