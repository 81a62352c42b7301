import { TypeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
})

const main = async_def(function* main() {
  print('start')
  // `await say_after(1)`: Python refuses the call itself, before any coroutine exists. TypeScript
  // would reject the call at compile time, so the model raises what CPython raises, where it does.
  throw new TypeError("say_after() missing 1 required positional argument: 'what'")
  yield* say_after(1, 'unreachable')
  print('end')
})

export default program(function* () {
  yield* asyncio.run(main())
})
