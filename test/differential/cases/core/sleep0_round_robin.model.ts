import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const worker = async_def(function* worker(name: string, n: number) {
  for (let i = 0; i < n; i++) {
    print(name, i)
    yield* asyncio.sleep(0)
  }
  print(name, 'done')
})

const main = async_def(function* main() {
  yield* asyncio.gather(worker('a', 3), worker('b', 2), worker('c', 4))
})

export default program(function* () {
  yield* asyncio.run(main())
})
