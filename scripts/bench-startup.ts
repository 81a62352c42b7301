/**
 * `npm run bench:startup`: how long the built bin takes to start, against `node -e 0` (issue 4's
 * target: `--version` and `list` within 1.3x). Measure the bin directly, as installed: `npx` adds
 * about 190 ms that no CLI can remove.
 *
 *     npm run bench:startup [-- [--rounds N] [--runs N] [--bin dist/asyncio-lessons.cjs]]
 *
 * Two environments, each measured against its own `node -e 0`: a clean one (PATH, HOME and a
 * fixed locale: the honest figure) and the caller's (whatever it holds: NODE_EXTRA_CA_CERTS, for
 * one, adds about 80 ms of CPU to every start, `node -e 0` included, which flatters the ratios).
 * stdout is a pipe, as for `| less` or a script.
 *
 * Each command runs under `perf stat -r <runs>` (CPU time from task-clock, wall time from
 * duration_time), all commands of both environments taking turns for `--rounds` rounds, so that a
 * machine getting busier slows them all alike; the figure kept for each is the median of its
 * rounds (with the middle half of the rounds, q1..q3, of the judged time, and the median ratio of
 * each round to that round's `node -e 0`, "paired"). CPU time is the steadier of the two on a
 * shared machine, so the verdict (PASS when at most 1.3x) is on CPU time (the ratio of medians). Without perf (apt-get install linux-perf), only wall time is
 * measured, by timing each spawn, and the verdict is on that.
 *
 * Figures, not a test: it exits 0 whether or not the target is met, 1 only when a command fails.
 * Run `npm run build` first: it measures the bin as built.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const TARGET = 1.3

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name)
  return i < 0 || process.argv[i + 1] === undefined ? fallback : process.argv[i + 1]!
}

const rounds = Number(option('--rounds', '10'))
const runs = Number(option('--runs', '5'))
const bin = resolve(option('--bin', join(root, 'dist', 'asyncio-lessons.cjs')))
if (!existsSync(bin)) {
  console.error(`${bin} does not exist: run npm run build first`)
  process.exit(1)
}

interface Command {
  readonly name: string
  readonly args: readonly string[]
}

const shown = relative(process.cwd(), bin) || bin
const commands: readonly Command[] = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: `node ${shown} --version`, args: [bin, '--version'] },
  { name: `node ${shown} list`, args: [bin, 'list'] },
]

interface Sample {
  /** Milliseconds of CPU per run; null without perf. */
  readonly cpu: number | null
  /** Milliseconds of wall time per run. */
  readonly wall: number
}

const hasPerf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true'], { encoding: 'utf8' }).status === 0

type Env = Readonly<Record<string, string | undefined>>

interface Environment {
  readonly name: string
  readonly env: Env
}

const ENVIRONMENTS: readonly Environment[] = [
  { name: 'a clean environment (env -i PATH HOME LANG=C.UTF-8)', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8' } },
  {
    name: `the caller's environment${process.env.NODE_EXTRA_CA_CERTS === undefined ? '' : ' (NODE_EXTRA_CA_CERTS set: slower node starts, flattering ratios)'}`,
    env: process.env,
  },
]

function fail(command: Command, output: string): never {
  console.error(`${command.name} failed:\n${output}`)
  process.exit(1)
}

function measure(command: Command, env: Env): Sample {
  if (!hasPerf) {
    let total = 0
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint()
      const result = spawnSync(process.execPath, command.args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
      total += Number(process.hrtime.bigint() - start) / 1e6
      if (result.status !== 0) fail(command, result.stderr)
    }
    return { cpu: null, wall: total / runs }
  }
  const perf = ['stat', '-x,', '-e', 'task-clock,duration_time', '-r', String(runs), process.execPath, ...command.args]
  const result = spawnSync('perf', perf, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.status !== 0) fail(command, result.stderr)
  // CSV lines: value,unit,event,...
  const value = (event: string): number => {
    const line = result.stderr.split('\n').find((l) => l.split(',')[2] === event)
    if (line === undefined) fail(command, result.stderr)
    const [number, unit] = line.split(',')
    return Number(number) / (unit === 'ns' ? 1e6 : 1)
  }
  return { cpu: value('task-clock'), wall: value('duration_time') }
}

/** The q-quantile (0..1) of the values, interpolating between neighbours. */
const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const below = Math.floor(at)
  return sorted[below]! + (sorted[Math.min(below + 1, sorted.length - 1)]! - sorted[below]!) * (at - below)
}
const median = (values: readonly number[]): number => quantile(values, 0.5)

// samples[environment][command]: one Sample per round.
const samples = ENVIRONMENTS.map(() => commands.map((): Sample[] => []))
for (let round = 0; round < rounds; round++) {
  process.stderr.write(`\rround ${round + 1}/${rounds}`)
  ENVIRONMENTS.forEach(({ env }, e) => commands.forEach((command, c) => samples[e]![c]!.push(measure(command, env))))
}
process.stderr.write('\n')

const ms = (n: number | null): string => (n === null ? 'n/a' : `${n.toFixed(1)} ms`)
const ratio = (n: number | null, of: number | null): string => (n === null || of === null ? 'n/a' : `${(n / of).toFixed(2)}x`)
const width = Math.max(...commands.map((c) => c.name.length))

console.log(
  `${rounds} rounds of ${runs} runs each, ${hasPerf ? 'perf stat' : 'timed spawns (no perf: wall time only)'}, stdout a pipe; ` +
    `median of rounds; target ≤ ${TARGET}x of node -e 0, judged on ${hasPerf ? 'CPU' : 'wall'} time`,
)
const verdicts: string[] = []
ENVIRONMENTS.forEach((environment, e) => {
  const judgedOf = (s: Sample): number => (hasPerf ? s.cpu! : s.wall)
  const figures = samples[e]!.map((list) => ({
    cpu: hasPerf ? median(list.map((s) => s.cpu!)) : null,
    wall: median(list.map((s) => s.wall)),
    // The spread of the judged time over rounds, and the ratio to node -e 0 of the same round: the
    // rounds' medians may come from different moments of a machine whose load changes.
    q1: quantile(list.map(judgedOf), 0.25),
    q3: quantile(list.map(judgedOf), 0.75),
    paired: median(list.map((s, round) => judgedOf(s) / judgedOf(samples[e]![0]![round]!))),
  }))
  const base = figures[0]!
  console.log(`\nIn ${environment.name}:`)
  console.log(
    `${'command'.padEnd(width)}  ${'CPU'.padStart(9)}  ${'wall'.padStart(9)}  ${'q1..q3'.padStart(11)}  ${'CPU ratio'.padStart(9)}  ${'wall ratio'.padStart(10)}  ${'paired'.padStart(6)}  verdict`,
  )
  commands.forEach((command, c) => {
    const f = figures[c]!
    const judged = hasPerf ? f.cpu! / base.cpu! : f.wall / base.wall
    const verdict = c === 0 ? '' : judged <= TARGET ? 'PASS' : 'FAIL'
    if (c > 0) verdicts.push(`${verdict}  ${command.name}: ${judged.toFixed(2)}x (paired ${f.paired.toFixed(2)}x) in ${environment.name.split(' (')[0]}`)
    const spread = `${f.q1.toFixed(1)}..${f.q3.toFixed(1)}`
    console.log(
      `${command.name.padEnd(width)}  ${ms(f.cpu).padStart(9)}  ${ms(f.wall).padStart(9)}  ${spread.padStart(11)}  ${ratio(f.cpu, base.cpu).padStart(9)}  ${ratio(f.wall, base.wall).padStart(10)}  ${`${f.paired.toFixed(2)}x`.padStart(6)}  ${verdict}`,
    )
  })
})
console.log(`\n${verdicts.join('\n')}`)
