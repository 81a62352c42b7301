import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child() {
  print('child started')
  yield* asyncio.sleep(1)
  print('never: the loop shuts down first')
})

const main = async_def(function* main() {
  asyncio.create_task(child())
  print('main returns')
  return 'main result'
})

export default program(function* () {
  print(yield* asyncio.run(main()))
})
