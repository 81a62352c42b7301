/**
 * How many columns output is laid out for: `COLUMNS` when it is a positive integer, else the
 * terminal's width, else 80 (piped output, or a terminal that reports none). Shared by the full
 * CLI (main.ts) and the bin's fast path, which must lay `list` out identically.
 */
import { DEFAULT_COLUMNS } from '../ui/width.js'

/** What is read of stdout: only a terminal has a width. */
export interface OutputStream {
  readonly isTTY?: boolean
  readonly columns?: number
}

export function columnsOf(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  return stream.isTTY === true && stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS
}
