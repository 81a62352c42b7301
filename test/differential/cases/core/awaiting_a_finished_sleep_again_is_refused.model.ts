import { RuntimeError, async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const main = async_def(function* main() {
  const s = asyncio.sleep(0.5, 'slept')
  print(yield* s)
  try {
    print(yield* s)
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
  const t = asyncio.create_task(s)
  try {
    yield* t
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('task RuntimeError:', e)
  }
  const z = asyncio.sleep(0)
  print(yield* z)
  try {
    yield* z
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e
    print('RuntimeError:', e)
  }
})

export default program(function* () {
  yield* asyncio.run(main())
})
