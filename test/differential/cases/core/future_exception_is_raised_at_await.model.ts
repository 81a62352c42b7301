import {
  KeyError,
  StopIteration,
  TypeError,
  ValueError,
  async_def,
  asyncio,
  float,
  print,
  program,
  repr,
} from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const loop = asyncio.get_running_loop()
  const fut = loop.create_future()
  loop.call_later(1, fut.set_exception.bind(fut), new ValueError('boom'))
  try {
    yield* fut
  } catch (e) {
    if (!(e instanceof ValueError)) throw e
    print('caught', repr(e), 'at', float(loop.time()))
  }
  print(repr(fut.exception()))
  const fut2 = loop.create_future()
  fut2.set_exception(new KeyError('k'))
  try {
    fut2.result()
  } catch (e) {
    if (!(e instanceof KeyError)) throw e
    print('result() raised', repr(e))
  }
  try {
    loop.create_future().set_exception(new StopIteration())
  } catch (e) {
    if (!(e instanceof TypeError)) throw e
    print('TypeError', e)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
