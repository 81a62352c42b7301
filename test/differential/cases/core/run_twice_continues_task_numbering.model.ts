import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child() {
  print('child is', asyncio.current_task()!.get_name())
})

const main = async_def(function* main(label: string) {
  print(label, 'main is', asyncio.current_task()!.get_name())
  yield* asyncio.create_task(child())
  asyncio.create_task(child())
})

export default program(function* () {
  yield* asyncio.run(main('first'))
  yield* asyncio.run(main('second'))
  yield* asyncio.run(main('third'))
})
