import { RuntimeError, async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const step = async_def(function* step(n: number) {
  yield* asyncio.sleep(1)
  print('step', n, asyncio.current_task()!.get_name(), float(asyncio.get_running_loop().time()))
  return n
})

export default program(function* () {
  const runner = new asyncio.Runner()
  print(yield* runner.run(step(1)))
  const loop = runner.get_loop()
  print(yield* runner.run(step(2)), runner.get_loop() === loop)
  yield* runner.close()
  print(loop.is_closed())
  const coro = step(3)
  try {
    yield* runner.run(coro)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  coro.return(1)
})
