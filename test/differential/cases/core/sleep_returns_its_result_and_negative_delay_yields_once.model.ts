import { async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const other = async_def(function* other() {
  print('other ran')
})

const main = async_def(function* main() {
  asyncio.create_task(other())
  print(yield* asyncio.sleep(-5, 'negative'))
  print(yield* asyncio.sleep(0.5, ['half']), float(asyncio.get_running_loop().time()))
  print(yield* asyncio.sleep(0))
})

export default program(function* () {
  yield* asyncio.run(main())
})
