import { RuntimeError, async_def, asyncio, float, print, program } from '../../../../src/scheduler/python.js'

const work = async_def(function* work(n: number) {
  yield* asyncio.sleep(1)
  return n
})

const main = async_def(function* main() {
  const c = work(1)
  print(yield* c)
  try {
    yield* c
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('second await RuntimeError:', e)
  }

  const closed = work(2)
  closed.return(0) // closed.close(): the value is never seen
  try {
    yield* closed
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('closed RuntimeError:', e)
  }

  const running = work(3)
  const t = asyncio.create_task(running)
  yield* asyncio.sleep(0)
  try {
    yield* running
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('running RuntimeError:', e)
  }
  print(yield* t)
  try {
    yield* running
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('after the task RuntimeError:', e)
  }

  const awaited = work(4)
  print(yield* awaited)
  try {
    yield* asyncio.create_task(awaited)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('task of an awaited coroutine RuntimeError:', e)
  }

  try {
    yield* asyncio.create_task(closed)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('task of a closed coroutine RuntimeError:', e)
  }
  print('done at', float(asyncio.get_running_loop().time()))
})

export default program(function* () {
  yield* asyncio.run(main())
})
