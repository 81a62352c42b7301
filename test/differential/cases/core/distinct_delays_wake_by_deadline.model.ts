import { async_def, asyncio, print, program } from '../../../../src/scheduler/python.js'

const sleeper = async_def(function* sleeper(name: string, delay: number) {
  print('start', name)
  yield* asyncio.sleep(delay)
  print('woke', name)
  yield* asyncio.sleep(delay)
  print('woke again', name)
})

const main = async_def(function* main() {
  yield* asyncio.gather(sleeper('a', 0.3), sleeper('b', 0.1), sleeper('c', 0.2))
})

export default program(function* () {
  yield* asyncio.run(main())
})
