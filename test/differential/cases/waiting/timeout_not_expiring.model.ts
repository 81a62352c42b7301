import { async_def, async_with, asyncio, float, print, program, repr } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const cm = yield* async_with(asyncio.timeout(5), function* (cm) {
    yield* asyncio.sleep(1)
    print('inside:', float(cm.when()!), cm.expired())
    return cm
  })
  print('after:', repr(cm), cm!.expired())
})

export default program(function* () {
  yield* asyncio.run(main())
})
