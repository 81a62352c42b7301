import { ValueError, async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const boom = async_def(function* boom(n: number) {
  print('boom', n)
  throw new ValueError(`boom ${n}`)
})

const main = async_def(function* main() {
  del_(asyncio.create_task(boom(1)))
  const tasks = [asyncio.create_task(boom(2)), asyncio.create_task(boom(3))]
  print('main returns')
  // main returns: the list goes, and with it the last program reference to each task; they still
  // wait in the ready queue, and each is freed right after the step that makes it fail.
  del_(tasks)
})

export default program(function* () {
  yield* asyncio.run(main())
  print('after run')
})
