import { async_def, asyncio, f, print, program, sys } from '../../../../src/scheduler/python.js'

const progress = async_def(function* progress(name: string, steps: number) {
  for (let i = 0; i < steps; i++) {
    print(f`${name}${i}`, { end: ' ', flush: true })
    yield* asyncio.sleep(0.5)
  }
  print(f`[${name} done]`)
})

const main = async_def(function* main() {
  print()
  print('a', 'b', 'c')
  print('a', 'b', 'c', { sep: '' })
  print('a', 'b', 'c', { sep: ', ', end: '.\n' })
  print('x', 1, 2.5, null, true, [1, 'y'], { sep: ' | ' })
  print('no newline yet', { end: '' })
  yield* asyncio.sleep(1)
  print(' ... finished a second later')
  yield* asyncio.gather(progress('A', 3), progress('B', 2))
  const n = sys.stdout.write('written directly\nand a partial ')
  print(n)
  print('multi\nline\n\ntext', { end: '!\n' })
  print('sep None', 'end None', { sep: null, end: null })
  print(...[0, 1, 2, 3, 4], { sep: '-' })
  print('trailing without newline', { end: '' })
})

export default program(function* () {
  yield* asyncio.run(main())
})
