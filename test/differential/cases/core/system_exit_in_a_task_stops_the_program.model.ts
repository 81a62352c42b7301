import { SystemExit, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const quitter = async_def(function* quitter() {
  yield* asyncio.sleep(1)
  print('quitting')
  throw new SystemExit(3)
})

const bystander = async_def(function* bystander() {
  try {
    yield* asyncio.sleep(10)
  } finally {
    print('bystander finally')
  }
})

const main = async_def(function* main() {
  asyncio.create_task(bystander())
  yield* quitter()
})

export default program(function* () {
  yield* asyncio.run(main())
  print('never')
})
