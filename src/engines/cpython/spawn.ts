/**
 * Starting the harness: one python process, its stdout and stderr collected as text, the trace
 * side channel on fd 3, and a real-time limit after which the process is killed. Knows nothing
 * about what the trace means.
 */

import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

/** Variables that would change how asyncio or warnings behave, so runs stay comparable. */
const UNSET = ['PYTHONASYNCIODEBUG', 'PYTHONDEVMODE', 'PYTHONWARNINGS', 'PYTHONTRACEMALLOC', 'PYTHONINSPECT']

export interface SpawnRequest {
  readonly python: string
  readonly argv: readonly string[]
  readonly timeoutMs: number
}

export type SpawnResult =
  /** The process could not start at all (ENOENT, EACCES, ...). */
  | { readonly kind: 'not-started'; readonly code: string; readonly message: string }
  /** The process ran past its real-time limit and was killed. */
  | { readonly kind: 'timed-out'; readonly stdout: string; readonly stderr: string; readonly trace: string }
  | {
      readonly kind: 'exited'
      readonly exitCode: number | null
      readonly signal: NodeJS.Signals | null
      readonly stdout: string
      readonly stderr: string
      readonly trace: string
    }

function harnessEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' }
  for (const name of UNSET) delete env[name]
  return env
}

function collect(stream: Readable | null | undefined): () => string {
  const chunks: string[] = []
  stream?.setEncoding('utf8')
  stream?.on('data', (chunk: string) => chunks.push(chunk))
  return () => chunks.join('')
}

/** Run `python argv...` with the trace on fd 3; resolves once the process and its pipes are done. */
export function spawnHarness(request: SpawnRequest): Promise<SpawnResult> {
  return new Promise((resolve) => {
    const child = spawn(request.python, request.argv, {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
      env: harnessEnv(),
    })
    const stdout = collect(child.stdout)
    const stderr = collect(child.stderr)
    const trace = collect(child.stdio[3] as Readable | null)
    let settled = false
    let timedOut = false
    const settle = (result: SpawnResult): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(result)
    }
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, request.timeoutMs)
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) settle({ kind: 'not-started', code: error.code ?? 'unknown', message: error.message })
    })
    child.on('close', (exitCode, signal) => {
      if (timedOut) settle({ kind: 'timed-out', stdout: stdout(), stderr: stderr(), trace: trace() })
      else settle({ kind: 'exited', exitCode, signal, stdout: stdout(), stderr: stderr(), trace: trace() })
    })
  })
}
