import {
  ExceptionGroup,
  TypeError,
  ValueError,
  async_def,
  async_with,
  asyncio,
  print,
  program,
  repr,
} from '../../../../src/scheduler/python.js'
import type { BaseException } from '../../../../src/scheduler/exceptions.js'

const fail = async_def(function* fail(exc: BaseException) {
  yield* asyncio.sleep(1)
  throw exc
})

const main = async_def(function* main() {
  try {
    yield* async_with(new asyncio.TaskGroup(), function* (tg) {
      tg.create_task(fail(new ValueError('first')))
      tg.create_task(fail(new TypeError('second')))
    })
  } catch (eg) {
    if (!(eg instanceof ExceptionGroup)) throw eg
    print(eg)
    for (const exc of eg.exceptions) print(' ', repr(exc))
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
