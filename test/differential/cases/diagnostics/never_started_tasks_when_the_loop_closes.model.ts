import { async_def, asyncio, del_, print, program } from '../../../../src/scheduler/python.js'

const child = async_def(function* child(n: number) {
  print('child', n)
})

export default program(function* () {
  const loop = asyncio.new_event_loop()
  // Only the ready queue holds it: closing the loop destroys it, and its coroutine never ran.
  del_(loop.create_task(child(1)))
  loop.create_task(child(2)) // `kept`: a global, destroyed when the module is cleared
  print('closing')
  loop.close()
  print('closed')
})
