import { ValueError, async_def, asyncio, f, print, program, sys } from '../../../../src/scheduler/python.js'

const noisy = async_def(function* noisy(name: string, delay: number) {
  yield* asyncio.sleep(delay)
  print(f`${name}: stdout line`)
  print(f`${name}: stderr line`, { file: sys.stderr })
  sys.stderr.write(f`${name}: partial `)
  yield* asyncio.sleep(0.25)
  sys.stderr.write('completed\n')
})

const main = async_def(function* main() {
  print('warming up', { file: sys.stderr, end: '... ' })
  print('stdout is separate')
  yield* asyncio.gather(noisy('one', 0.5), noisy('two', 0.6))
  print('error:', new ValueError('bad value'), { file: sys.stderr })
  print('a', 'b', { sep: '\n', file: sys.stderr })
  sys.stdout.write('done\n')
  sys.stderr.write('stderr left open')
})

export default program(function* () {
  yield* asyncio.run(main())
})
