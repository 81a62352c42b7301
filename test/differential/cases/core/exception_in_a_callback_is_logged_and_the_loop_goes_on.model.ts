import { ValueError, async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

/** Python's built-in `int(str)`, reduced to the failure this program makes. */
function int(text: string): number {
  const n = Number(text)
  if (!Number.isInteger(n)) throw new ValueError(`invalid literal for int() with base 10: ${repr(text)}`)
  return n
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  loop.call_soon(int, 'not a number')
  loop.call_soon(print, 'the next callback still runs')
  yield* asyncio.sleep(0)
  print('main goes on')
})

export default program(function* () {
  yield* asyncio.run(main())
})
