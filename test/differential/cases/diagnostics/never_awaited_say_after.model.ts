import { async_def, asyncio, del_, print, program, time } from '../../../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

const main = async_def(function* main() {
  print(`started at ${time.strftime('%X')}`)
  // `say_after(1, "hello")` without await: the statement drops the coroutine object at once.
  del_(say_after(1, 'hello'), 12)
  del_(say_after(2, 'world'), 13)
  yield* say_after(1, 'awaited')
  print(`finished at ${time.strftime('%X')}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
