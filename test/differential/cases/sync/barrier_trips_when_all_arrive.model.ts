import { async_def, async_with, asyncio, print, program, repr, str, time } from '../../../../src/scheduler/python.js'

type Barrier = InstanceType<typeof asyncio.Barrier>

const party = async_def(function* party(name: string, barrier: Barrier, delay: number) {
  yield* asyncio.sleep(delay)
  print(`${name} arrives at ${time.monotonic().toFixed(1)}, n_waiting=${barrier.n_waiting}`)
  const index = yield* barrier.wait()
  print(`${name} passes at ${time.monotonic().toFixed(1)} with index ${index}`)
})

const stuck = async_def(function* stuck(barrier: Barrier) {
  try {
    yield* async_with(barrier, function* (index) {
      print('never printed', index)
    })
  } catch (e) {
    if (!(e instanceof asyncio.BrokenBarrierError)) throw e
    print(`stuck party: ${repr(e)} at ${time.monotonic().toFixed(1)}`)
  }
})

const main = async_def(function* main() {
  const barrier = new asyncio.Barrier(3)
  yield* asyncio.gather(party('a', barrier, 1), party('b', barrier, 3), party('c', barrier, 2))
  print(`parties=${barrier.parties}, n_waiting=${barrier.n_waiting}, broken=${str(barrier.broken)}`)
  const t = asyncio.create_task(stuck(barrier))
  yield* asyncio.sleep(1)
  print(`n_waiting=${barrier.n_waiting}; aborting`)
  yield* barrier.abort()
  yield* t
  print(`broken=${str(barrier.broken)}`)
  yield* barrier.wait()
})

export default program(function* () {
  yield* asyncio.run(main())
})
