/** The built bin, spawned as a user would, with a clean environment (no colour or locale leaking in). */
import { spawnSync } from 'node:child_process'
import { buildBin, BIN_PATH } from '../../scripts/build-bin.js'

export { BIN_PATH }

let built: Promise<string> | null = null

/** Builds the bin once per test file, so the tests always exercise the current sources. */
export function ensureBin(): Promise<string> {
  return (built ??= buildBin())
}

export interface Result {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runBin(args: readonly string[], env: Record<string, string> = {}, bin = BIN_PATH): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...env },
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

// eslint-disable-next-line no-control-regex -- ESC starts every ANSI code
export const ANSI = /\u001b\[/
