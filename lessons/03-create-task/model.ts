import { async_def, asyncio, print, program, time } from '../../src/scheduler/python.js'

const say_after = async_def(function* say_after(delay: number, what: string) {
  yield* asyncio.sleep(delay)
  print(what)
  return `${what} - ${delay}`
})

const main = async_def(function* main() {
  const task1 = asyncio.create_task(say_after(1, 'hello'))
  const task2 = asyncio.create_task(say_after(2, 'world'))

  print(`started at ${time.strftime('%X')}`)
  const ret1 = yield* task1
  const ret2 = yield* task2
  print(ret1)
  print(ret2)
  print(`finished at ${time.strftime('%X')}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})

export { default as variants } from './variants.js'
