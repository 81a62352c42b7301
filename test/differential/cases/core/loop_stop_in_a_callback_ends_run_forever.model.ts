import { asyncio, float, print, program } from '../../../../src/scheduler/python.js'
import type { EventLoop } from '../../../../src/scheduler/loop.js'

let loop: EventLoop

function tick(n: number): void {
  print('tick', n, float(loop.time()))
  if (n === 3) {
    loop.stop()
    loop.call_soon(print, 'queued after stop()')
    print('stop() returned; the batch goes on')
  } else {
    loop.call_later(0.5, tick, n + 1)
  }
}

export default program(function* () {
  loop = asyncio.new_event_loop()
  loop.call_soon(tick, 1)
  yield* loop.run_forever()
  print('run_forever returned at', float(loop.time()), loop.is_running())
  loop.call_soon(loop.stop.bind(loop))
  yield* loop.run_forever()
  print('second run_forever returned')
  loop.close()
})
