/**
 * Workload W(n, k) of `npm run bench`, on the embedded scheduler: the twin of bench_workload.py.
 *
 *     node --import tsx scripts/bench-embedded.ts N_TASKS K_SLEEPS SEED
 *
 * `npm run bench` runs it bundled (as the bin is), in a process of its own so that its peak RSS is
 * the embedded engine's alone; the line above runs it from source, for profiling (`--cpu-prof`,
 * `--heap-prof`, `--trace-gc`). It prints one JSON line, the same record as the Python side: steps
 * and final virtual time are the checksum that both engines ran the same workload.
 */
import { performance } from 'node:perf_hooks'
import { gatherAll } from '../src/scheduler/gather.js'
import { runProgram } from '../src/scheduler/program.js'
import { asyncio, async_def, program } from '../src/scheduler/python.js'
import { DELAY_SECONDS, delaysMs } from './bench-delays.js'

const [n, k, seed] = process.argv.slice(2, 5).map(Number) as [number, number, number]
if (![n, k, seed].every(Number.isInteger)) {
  console.error('usage: bench-embedded.ts N_TASKS K_SLEEPS SEED')
  process.exit(2)
}

const delays = delaysMs(n * k, seed)
let steps = 0
let endTime = 0

const worker = async_def(function* worker(base: number) {
  steps++
  for (let j = base; j < base + k; j++) {
    yield* asyncio.sleep(DELAY_SECONDS[delays[j]!]!)
    steps++
  }
})

const main = async_def(function* main() {
  steps++
  const coros = new Array<ReturnType<typeof worker>>(n)
  for (let i = 0; i < n; i++) coros[i] = worker(i * k)
  // `asyncio.gather(*coros)`: a million arguments do not fit a JS spread call.
  yield* gatherAll(coros, false)
  steps++
  endTime = asyncio.get_running_loop().time()
})

const cpuStart = process.cpuUsage()
const start = performance.now()
const trace = runProgram(
  program(function* () {
    yield* asyncio.run(main())
  }),
  { recordTaskEvents: false, maxIterations: Number.MAX_SAFE_INTEGER },
)
const seconds = (performance.now() - start) / 1000
const cpu = process.cpuUsage(cpuStart)
if (trace.outcome.kind !== 'ok') {
  console.error(`bench-embedded: the run ended with ${JSON.stringify(trace.outcome)}`)
  process.exit(1)
}
console.log(
  JSON.stringify({
    engine: 'embedded',
    n,
    k,
    steps,
    virtual_time: endTime.toFixed(6),
    seconds,
    // CPU time of the whole process (V8 also collects garbage on helper threads): a diagnostic.
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  }),
)
