import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const who = async_def(function* who() {
  const t = asyncio.current_task()!
  print('I am', t.get_name())
})

const main = async_def(function* main() {
  print(asyncio.current_task()!.get_name())
  const a = asyncio.create_task(who())
  const b = asyncio.create_task(who(), { name: 'worker' })
  const c = asyncio.create_task(who())
  const d = asyncio.get_running_loop().create_task(who(), { name: 'loop-named' })
  const e = asyncio.ensure_future(who())
  c.set_name('renamed')
  b.set_name(42)
  print([a, b, c, d, e].map((t) => (t as InstanceType<typeof asyncio.Task>).get_name()))
  yield* asyncio.gather(a, b, c, d, e)
  const f = asyncio.create_task(who())
  print(f.get_name())
  yield* f
})

export default program(function* () {
  yield* asyncio.run(main())
})
