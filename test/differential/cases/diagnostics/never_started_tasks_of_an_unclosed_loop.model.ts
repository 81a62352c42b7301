import { async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child(n: number) {
  print('child', n)
})

export default program(function* () {
  // The loop is collected at exit; its finalizer closes it, destroying both tasks, and the warnings
  // registry shows the second coroutine's warning (same text, same place) no more.
  const loop = asyncio.new_event_loop()
  del_(loop.create_task(child(1)))
  loop.create_task(child(2))
  print('end of the program')
})
