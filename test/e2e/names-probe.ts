/** Bundled by bundle.test.ts: prints the lines of two runs whose text depends on Python names. */
import { traceLines } from '../../src/lessons/expected.js'
import { runProgram } from '../../src/scheduler/program.js'
import { async_def, asyncio, program, ValueError } from '../../src/scheduler/python.js'

const boom = async_def(function* boom() {
  yield* asyncio.sleep(1)
  throw new ValueError('x')
})

const stuck = async_def(function* stuck() {
  yield* asyncio.get_running_loop().create_future()
})

const raised = runProgram(program(function* () { yield* asyncio.run(boom()) }))
const hung = runProgram(program(function* () { yield* asyncio.run(stuck()) }))
process.stdout.write(JSON.stringify([...traceLines(raised), ...traceLines(hung)]))
