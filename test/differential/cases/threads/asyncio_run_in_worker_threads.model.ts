import { RuntimeError, async_def, asyncio, float, print, program, threading, time } from '../../../../src/scheduler/python.js'

const count = async_def(function* count(name: string, delay: number) {
  for (let i = 0; i < 3; i++) {
    yield* asyncio.sleep(delay)
    print(name, i, 'at', float(time.monotonic()), threading.current_thread().name, asyncio.current_task()!.get_name())
  }
  return name
})

function* worker(name: string, delay: number) {
  print('worker', name, 'result', yield* asyncio.run(count(name, delay)))
}

function no_loop() {
  try {
    asyncio.get_event_loop()
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('no loop:', e.message)
  }
}

export default program(function* () {
  const threads = [
    new threading.Thread({ target: worker, args: ['fast', 1] }),
    new threading.Thread({ target: worker, args: ['slow', 1.25] }),
    new threading.Thread({ target: no_loop }),
  ]
  for (const t of threads) yield* t.start()
  for (const t of threads) yield* t.join()
  print('main done at', float(time.monotonic()))
})
