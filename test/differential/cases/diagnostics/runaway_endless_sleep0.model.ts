import { async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const spin = async_def(function* spin() {
  let n = 0
  for (;;) {
    n += 1
    if (n % 10 === 0) print('spin', n)
    yield* asyncio.sleep(0)
  }
})

const main = async_def(function* main() {
  del_(asyncio.create_task(spin()))
  yield* asyncio.sleep(1)
  print('never printed')
})

export default program(function* () {
  yield* asyncio.run(main())
})
