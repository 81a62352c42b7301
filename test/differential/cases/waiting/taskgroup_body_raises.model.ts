import {
  CancelledError,
  ExceptionGroup,
  KeyError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
} from '../../../../src/scheduler/python.js'

const child = async_def(function* child() {
  try {
    yield* asyncio.sleep(5)
  } catch (e) {
    if (!(e instanceof CancelledError)) throw e
    print('child cancelled')
    yield* asyncio.sleep(0.5)
    print('child cleaned up')
    throw e
  }
})

const main = async_def(function* main() {
  try {
    yield* async_with(new asyncio.TaskGroup(), function* (tg) {
      tg.create_task(child())
      yield* asyncio.sleep(1)
      throw new KeyError('body')
    })
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg
    print(repr(eg))
  }
  print('main cancelling:', asyncio.current_task()!.cancelling())
})

export default program(function* () {
  yield* asyncio.run(main())
})
