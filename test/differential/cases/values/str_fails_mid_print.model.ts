import { RuntimeError, async_def, asyncio, f, print, program, repr } from '../../../../src/scheduler/python.js'

class Sensor {
  constructor(readonly name: string) {}

  __repr__(): string {
    return f`Sensor(${repr(this.name)})`
  }

  __str__(): string {
    if (this.name === 'broken') throw new RuntimeError(f`cannot read ${this.name}`)
    return f`<${this.name}>`
  }
}

const main = async_def(function* main() {
  const sensors = [new Sensor('temp'), new Sensor('broken')]
  print(sensors)
  print('first:', sensors[0])
  yield* asyncio.sleep(0.5)
  // print() writes argument by argument: "reading <temp> " is out before str() fails.
  print('reading', sensors[0], sensors[1], 'never printed')
})

export default program(function* () {
  yield* asyncio.run(main())
})
