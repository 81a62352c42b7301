import { ZeroDivisionError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

function cb(x: unknown): void {
  print('cb', x)
  throw new ZeroDivisionError('division by zero')
}

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  loop.call_soon(cb, 1)
  loop.call_later(0.5, cb, 'two')
  yield* asyncio.sleep(1)
  print('main done')
})

export default program(function* () {
  yield* asyncio.run(main())
})
