import { async_def, asyncio, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

const main = async_def(function* main() {
  print(`started at ${time.strftime('%X')}`)
  yield* say_after(1, 'hello')
  yield* say_after(2, 'world')
  print(`finished at ${time.strftime('%X')}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
