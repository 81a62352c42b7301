/**
 * runCpython: a program run by real CPython under the harness's virtual clock, as a Trace.
 *
 * The interpreter is options.python, else $ASYNCIO_LESSONS_PYTHON, else `python3`. A missing or
 * too old interpreter is an EngineUnavailableError (exit code 3); a run that ends without an
 * outcome (real-time limit, crash) is an EngineFailureError.
 */

import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import { UsageError } from '../../errors.js'
import type { Trace } from '../../scheduler/trace.js'
import { noOutcome, pythonMissing, pythonTooOld, runTimedOut } from './errors.js'
import { harnessPath } from './locate.js'
import { parseTrace } from './parse.js'
import { spawnHarness } from './spawn.js'

export interface CpythonOptions {
  /** The interpreter to run; default $ASYNCIO_LESSONS_PYTHON, else `python3`. */
  readonly python?: string
  /** Unix time of virtual time 0; default 2024-01-01 18:27:39 UTC (the harness's default). */
  readonly epoch?: number
  /** Event-loop iterations (all loops together) before the run counts as a runaway; default 1,000,000. */
  readonly maxIterations?: number
  /** Real-time limit in milliseconds; default 60,000. */
  readonly timeoutMs?: number
  /** The program's own arguments (sys.argv[1:]). */
  readonly args?: readonly string[]
  /** Record task and thread events (trace.ts TaskEvent with `line`, ThreadEvent); default false. */
  readonly recordSchedule?: boolean
  /** Record every loop iteration (trace.ts IterationEvent); default false. */
  readonly recordIterations?: boolean
}

export interface CpythonRun {
  readonly trace: Trace
  /** What the program wrote, exactly as CPython wrote it. */
  readonly stdout: string
  readonly stderr: string
  /** The process's exit status: 0 for ok, deadlock and runaway; 1 (or sys.exit's code) for an exception. */
  readonly exitCode: number
}

export const DEFAULT_TIMEOUT_MS = 60_000

export function pythonCommand(options: CpythonOptions = {}): string {
  return options.python ?? (process.env.ASYNCIO_LESSONS_PYTHON || 'python3')
}

function harnessArgv(programPath: string, options: CpythonOptions): string[] {
  const argv = [harnessPath(), '--trace-fd', '3']
  if (options.epoch !== undefined) {
    if (!Number.isFinite(options.epoch)) throw usage('epoch', String(options.epoch))
    argv.push('--epoch', String(options.epoch))
  }
  if (options.maxIterations !== undefined) {
    if (!Number.isSafeInteger(options.maxIterations) || options.maxIterations < 0) {
      throw usage('maxIterations', String(options.maxIterations))
    }
    argv.push('--max-iterations', String(options.maxIterations))
  }
  if (options.recordSchedule === true) argv.push('--record-schedule')
  if (options.recordIterations === true) argv.push('--record-iterations')
  argv.push('--', programPath, ...(options.args ?? []))
  return argv
}

function usage(option: string, value: string): UsageError {
  return new UsageError({ en: `Invalid ${option}: ${value}`, zh: `${option} 的值无效：${value}` })
}

export async function runCpython(programPath: string, options: CpythonOptions = {}): Promise<CpythonRun> {
  if (!existsSync(programPath)) {
    throw new UsageError({ en: `No such program: ${programPath}`, zh: `找不到程序：${programPath}` })
  }
  const python = pythonCommand(options)
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const result = await spawnHarness({ python, argv: harnessArgv(programPath, options), timeoutMs })
  const name = basename(programPath)
  if (result.kind === 'not-started') throw pythonMissing(python, result.code)
  if (result.kind === 'timed-out') throw runTimedOut(name, timeoutMs)
  const parsed = parseTrace(result.trace)
  if (parsed.unsupported !== undefined) throw pythonTooOld(python, parsed.unsupported)
  if (parsed.outcome === undefined || result.exitCode === null) {
    throw noOutcome(name, result.exitCode, result.signal, result.stderr)
  }
  return {
    trace: { engine: 'cpython', events: parsed.events, outcome: parsed.outcome },
    stdout: result.stdout,
    stderr: result.stderr,
    exitCode: result.exitCode,
  }
}
