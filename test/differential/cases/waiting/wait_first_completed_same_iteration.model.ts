import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const nap = async_def(function* nap(delay: number, name: string) {
  yield* asyncio.sleep(delay)
  print(name, 'woke')
  return name
})

const main = async_def(function* main() {
  const a = asyncio.create_task(nap(1, 'a'))
  const b = asyncio.create_task(nap(1, 'b'))
  const c = asyncio.create_task(nap(2, 'c'))
  const [done, pending] = yield* asyncio.wait([a, b, c], { return_when: asyncio.FIRST_COMPLETED })
  print('done:', done.size, done.has(a), done.has(b))
  print('pending:', pending.size, pending.has(c))
  yield* c
})

export default program(function* () {
  yield* asyncio.run(main())
})
