import {
  ExceptionGroup,
  KeyError,
  Tuple,
  TypeError,
  ValueError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
  str,
} from '../../../../src/scheduler/python.js'
import type { BaseException } from '../../../../src/scheduler/exceptions.js'

const fail = async_def(function* fail(exc: BaseException) {
  yield* asyncio.sleep(1)
  throw exc
})

const main = async_def(function* main() {
  try {
    yield* async_with(new asyncio.TaskGroup(), function* (tg) {
      tg.create_task(fail(new ValueError('a')))
      tg.create_task(fail(new TypeError('b')))
    })
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg
    print(eg.exceptions)
    print(repr(eg))
    print(str(eg))
    print(new Tuple(...eg.args))
    print(eg.exceptions.length, eg.exceptions[1])
  }
  const one = new ExceptionGroup('one', [new KeyError('k')])
  print(one.exceptions, repr(one))
})

export default program(function* () {
  yield* asyncio.run(main())
})
