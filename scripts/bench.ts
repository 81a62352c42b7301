/**
 * `npm run bench`: the embedded scheduler against CPython asyncio (under python/harness.py's virtual
 * clock) on workload W(n, k): n tasks, each doing k sleeps of a seeded pseudo-random delay between
 * 0 and 1 s in whole milliseconds, all gathered by `main`.
 *
 *     npm run bench [-- [--json] [--workload 1e5,10 ...] [--seed N] [--repeat N] [--clock wall|cpu]]
 *
 * (`npm run -s bench -- --json` for JSON alone on stdout: npm itself prints a banner there.)
 *
 * Each engine runs each workload in a child process of its own, one after the other, so each peak
 * RSS is that engine's alone and the two never compete for the CPU. The embedded side runs as the
 * product does: bundled by esbuild with the bin's settings (scripts/build-bin.ts), on plain node,
 * with no TypeScript loader in the process. Both children print one JSON
 * record; their step counts and final virtual times must agree (the same delays, the same
 * workload), or the bench fails. A task step is one `__step` of a task: the bench's coroutines
 * count where they resume, identically on both sides. `--repeat N` runs each engine N times per
 * workload and keeps the fastest run (and the highest peak RSS): on a busy machine the fastest run
 * is the one least slowed by other processes. `--clock cpu` divides by the process's CPU time
 * instead of the elapsed time: steadier on a shared machine, and conservative for the embedded
 * side, whose CPU time includes V8's collector and compiler threads.
 *
 * Figures, not a test: it exits 0 whether or not the targets are met, and 1 only when a run fails
 * or the engines disagree on the workload.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildSync } from 'esbuild'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const EMBEDDED_WORKLOAD = join(ROOT, 'scripts', 'bench-embedded.ts')
const CPYTHON_WORKLOAD = join(ROOT, 'scripts', 'bench_workload.py')
const HARNESS = join(ROOT, 'python', 'harness.py')

interface Workload {
  readonly n: number
  readonly k: number
  /** The embedded scheduler's steps per second must be at least this many times CPython's. */
  readonly targetRatio: number
  /** The embedded scheduler's peak RSS must stay below this, in MB, when set. */
  readonly maxRssMb?: number
}

const WORKLOADS: readonly Workload[] = [
  { n: 1e3, k: 100, targetRatio: 10 },
  { n: 1e5, k: 10, targetRatio: 5 },
  { n: 1e6, k: 1, targetRatio: 10, maxRssMb: 800 },
]

/** The record each workload program prints as its last line. */
interface RunRecord {
  readonly engine: string
  readonly n: number
  readonly k: number
  readonly steps: number
  readonly virtual_time: string
  readonly seconds: number
  readonly cpu_seconds: number
  readonly peak_rss_mb: number
}

interface EngineFigures {
  readonly steps_per_s: number
  readonly peak_rss_mb: number
}

interface Result {
  readonly n: number
  readonly k: number
  readonly embedded: EngineFigures
  readonly cpython: EngineFigures
  readonly ratio: number
}

class BenchError extends Error {}

interface Options {
  json: boolean
  seed: number
  repeat: number
  clock: 'wall' | 'cpu'
  workloads: Workload[]
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { json: false, seed: 20240101, repeat: 1, clock: 'wall', workloads: [] }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') options.json = true
    else if (arg === '--seed') options.seed = Number(argv[++i])
    else if (arg === '--repeat') options.repeat = Number(argv[++i])
    else if (arg === '--clock') {
      const clock = argv[++i]
      if (clock !== 'wall' && clock !== 'cpu') throw new BenchError(`--clock takes wall or cpu, got ${clock}`)
      options.clock = clock
    }
    else if (arg === '--workload') {
      const [n, k] = (argv[++i] ?? '').split(',').map(Number)
      const known = WORKLOADS.find((w) => w.n === n && w.k === k)
      if (n === undefined || k === undefined || !Number.isInteger(n) || !Number.isInteger(k) || n < 1 || k < 0) {
        throw new BenchError(`--workload takes N,K (for example 1e5,10), got ${argv[i]}`)
      }
      options.workloads.push(known ?? { n, k, targetRatio: 0 })
    } else throw new BenchError(`unknown argument ${arg}; usage: bench [--json] [--seed N] [--repeat N] [--clock wall|cpu] [--workload N,K ...]`)
  }
  if (!Number.isInteger(options.seed)) throw new BenchError('--seed takes an integer')
  if (!Number.isInteger(options.repeat) || options.repeat < 1) throw new BenchError('--repeat takes a positive integer')
  if (options.workloads.length === 0) options.workloads = [...WORKLOADS]
  return options
}

/** Runs one workload program and returns the JSON record on its last stdout line. */
function runChild(label: string, command: string, args: readonly string[]): RunRecord {
  const child = spawnSync(command, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
  if (child.error) throw new BenchError(`${label}: cannot run ${command}: ${child.error.message}`)
  const lines = child.stdout.trim().split('\n')
  const last = lines[lines.length - 1] ?? ''
  if (child.status !== 0 || !last.startsWith('{')) {
    const why = child.status === null ? `killed by ${child.signal}` : `exit status ${child.status}`
    throw new BenchError(`${label} failed (${why}):\n${child.stderr.trim() || child.stdout.trim()}`)
  }
  return JSON.parse(last) as RunRecord
}

/** Bundles the embedded workload as the bin is bundled (minified, names kept, node20). */
function bundleEmbedded(dir: string): string {
  const outfile = join(dir, 'bench-embedded.mjs')
  buildSync({
    entryPoints: [EMBEDDED_WORKLOAD],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: true,
    keepNames: true,
    logLevel: 'warning',
  })
  return outfile
}

function runEmbedded(bundle: string, w: Workload, seed: number): RunRecord {
  return runChild(`embedded W(${w.n}, ${w.k})`, process.execPath, [bundle, String(w.n), String(w.k), String(seed)])
}

function runCpython(w: Workload, seed: number): RunRecord {
  // Every step is at most a couple of loop iterations; the budget only has to be out of the way.
  const maxIterations = 4 * (w.n * (w.k + 1) + 100)
  return runChild(`cpython W(${w.n}, ${w.k})`, process.env.PYTHON ?? 'python3', [
    HARNESS,
    '--max-iterations',
    String(maxIterations),
    CPYTHON_WORKLOAD,
    String(w.n),
    String(w.k),
    String(seed),
  ])
}

function figures(run: RunRecord, clock: Options['clock']): EngineFigures {
  return {
    steps_per_s: Math.round(run.steps / elapsed(run, clock)),
    peak_rss_mb: Math.round(run.peak_rss_mb * 10) / 10,
  }
}

/** The seconds a run is judged by. */
function elapsed(run: RunRecord, clock: Options['clock']): number {
  return clock === 'cpu' ? run.cpu_seconds : run.seconds
}

/** The fastest of `repeat` runs, with the highest peak RSS seen. */
function best(options: Options, run: () => RunRecord, progress: (text: string) => void): RunRecord {
  const runs: RunRecord[] = []
  for (let i = 0; i < options.repeat; i++) {
    runs.push(run())
    progress(` ${elapsed(runs[i]!, options.clock).toFixed(1)} s`)
  }
  const fastest = runs.reduce((a, b) => (elapsed(b, options.clock) < elapsed(a, options.clock) ? b : a))
  return { ...fastest, peak_rss_mb: Math.max(...runs.map((r) => r.peak_rss_mb)) }
}

function measure(w: Workload, options: Options, bundle: string, progress: (text: string) => void): Result {
  progress(`W(${label(w.n)}, ${w.k}): embedded`)
  const embedded = best(options, () => runEmbedded(bundle, w, options.seed), progress)
  progress('; cpython')
  const cpython = best(options, () => runCpython(w, options.seed), progress)
  progress('\n')
  const expectedSteps = w.n * (w.k + 1) + 2
  for (const run of [embedded, cpython]) {
    if (run.steps !== expectedSteps) {
      throw new BenchError(`${run.engine} W(${w.n}, ${w.k}) counted ${run.steps} steps, expected ${expectedSteps}`)
    }
  }
  if (embedded.virtual_time !== cpython.virtual_time) {
    throw new BenchError(
      `W(${w.n}, ${w.k}): the engines ran different workloads (final virtual time ${embedded.virtual_time} embedded, ${cpython.virtual_time} cpython)`,
    )
  }
  const e = figures(embedded, options.clock)
  const c = figures(cpython, options.clock)
  return { n: w.n, k: w.k, embedded: e, cpython: c, ratio: Math.round((e.steps_per_s / c.steps_per_s) * 100) / 100 }
}

/** 1000 → 1e3, 100000 → 1e5: the notation. */
function label(n: number): string {
  const exponent = Math.log10(n)
  return Number.isInteger(exponent) && n >= 1000 ? `1e${exponent}` : String(n)
}

function table(results: readonly Result[], workloads: readonly Workload[], clock: Options['clock']): string {
  const rate = clock === 'cpu' ? 'steps/cpu-s' : 'steps/s'
  const header = ['workload', `embedded ${rate}`, 'RSS MB', `cpython ${rate}`, 'RSS MB', 'ratio', 'target']
  const rows = results.map((r, i) => {
    const w = workloads[i]!
    const speed = w.targetRatio > 0 ? `>= ${w.targetRatio}x ${r.ratio >= w.targetRatio ? 'met' : 'NOT MET'}` : ''
    const memory =
      w.maxRssMb === undefined ? '' : `, RSS <= ${w.maxRssMb} MB ${r.embedded.peak_rss_mb <= w.maxRssMb ? 'met' : 'NOT MET'}`
    return [
      `W(${label(r.n)}, ${r.k})`,
      r.embedded.steps_per_s.toLocaleString('en-US'),
      r.embedded.peak_rss_mb.toFixed(1),
      r.cpython.steps_per_s.toLocaleString('en-US'),
      r.cpython.peak_rss_mb.toFixed(1),
      `${r.ratio.toFixed(2)}x`,
      speed + memory,
    ]
  })
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)))
  const format = (row: readonly string[]): string =>
    row.map((cell, c) => (c === 0 || c === row.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()
  return [format(header), ...rows.map(format)].join('\n')
}

function main(): number {
  let options: Options
  try {
    options = parseOptions(process.argv.slice(2))
  } catch (error) {
    if (!(error instanceof BenchError)) throw error
    process.stderr.write(`bench: ${error.message}\n`)
    return 2
  }
  const progress = (text: string): void => {
    if (process.stderr.isTTY || !options.json) process.stderr.write(text)
  }
  const results: Result[] = []
  const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-bench-'))
  try {
    const bundle = bundleEmbedded(dir)
    for (const w of options.workloads) results.push(measure(w, options, bundle, progress))
  } catch (error) {
    if (!(error instanceof BenchError)) throw error
    process.stderr.write(`\nbench: ${error.message}\n`)
    return 1
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ workloads: results })}\n`)
  else process.stdout.write(`${table(results, options.workloads, options.clock)}\n`)
  return 0
}

process.exitCode = main()
