import { async_def, asyncio, f, format, print, program } from '../../src/scheduler/python.js'

let START = 0.0

function log(what: string): void {
  const now = asyncio.get_running_loop().time() - START
  const me = asyncio.current_task()!.get_name()
  print(f`${format(now, '.1f')}s ${me} tasks=${asyncio.all_tasks().size} ${what}`)
}

const say_after = async_def(function* say_after(delay: number, what: string) {
  log(f`runs, awaits sleep(${delay}): must wait`)
  yield* asyncio.sleep(delay)
  log(f`wakes up: ${what}`)
  return what
})

const main = async_def(function* main() {
  START = asyncio.get_running_loop().time()
  log('main starts')
  yield* say_after(1, 'inline')
  const t1 = asyncio.create_task(say_after(1, 'hello'))
  const t2 = asyncio.create_task(say_after(2, 'world'))
  log('created Task-2 and Task-3, not started')
  yield* asyncio.sleep(0)
  log('one iteration later')
  const r1 = yield* t1
  log(f`woken by Task-2 finishing: ${r1}`)
  const r2 = yield* t2
  log(f`woken by Task-3 finishing: ${r2}`)
})

export default program(function* () {
  yield* asyncio.run(main())
})
