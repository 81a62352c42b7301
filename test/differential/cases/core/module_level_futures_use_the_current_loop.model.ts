import { async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

const co = async_def(function* co() {
  return 5
})

export default program(function* () {
  const f = new asyncio.Future()
  const loop = asyncio.get_event_loop()
  print(f.get_loop() === loop)
  const t = asyncio.ensure_future(co())
  const g = asyncio.gather(t, co())
  print(repr(g))
  print(yield* loop.run_until_complete(g))
  print(repr(g))
})
