/**
 * stdout and stderr by file descriptor, for the bin's fast path: writing synchronously, and telling
 * whether one is a terminal. Creating `process.stdout` sets up a stream (node:stream; node:net for
 * a pipe or a terminal) that costs several milliseconds of start-up, for writes that are
 * synchronous on Linux anyway (files, pipes and terminals alike); node:tty's isatty loads all that too.
 *
 * Invariants: every byte is written before `writeAll` returns, or it throws; a descriptor that is
 * non-blocking (shared with a parent that made it so) and full is waited on, not given up on.
 * `isTerminal` answers exactly as node:tty's isatty, creating process.stdout (or stderr) only for a
 * character device that is not the null device (a terminal, in practice).
 */
import { fstatSync, statSync, writeSync } from 'node:fs'

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/** Sleeps the thread briefly: the reader of a full non-blocking pipe needs time to drain it. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1)
}

/** Writes all of `text` to `fd`; throws what the system reports (EPIPE: the reader went away). */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset)
    } catch (error) {
      if (codeOf(error) !== 'EAGAIN') throw error
      pause()
    }
  }
}

/** Whether an error is the reader of a pipe having gone away (`| head`): a quiet end, not a failure. */
export function isBrokenPipe(error: unknown): boolean {
  return codeOf(error) === 'EPIPE'
}

/** The null device's id, or null where there is no /dev/null. */
function nullDevice(): number | null {
  try {
    return statSync('/dev/null').rdev
  } catch {
    return null
  }
}

/** Whether `fd` is a terminal, as node:tty's isatty says, without loading node:tty for files, pipes or /dev/null. */
export async function isTerminal(fd: number): Promise<boolean> {
  let stat
  try {
    stat = fstatSync(fd)
  } catch {
    return false
  }
  // Files, pipes and sockets: never a terminal.
  if (!stat.isCharacterDevice()) return false
  if (stat.rdev === nullDevice()) return false
  // A character device: most likely a terminal. stdout's and stderr's streams know (node creates a
  // tty.WriteStream exactly when isatty says so), and a terminal's caller needs the stream anyway,
  // for its width; node:tty only for another descriptor. In the bin, a dynamic import() of a
  // built-in stays one, and loading Node's ES module loader for it costs several milliseconds.
  if (fd === 1) return process.stdout.isTTY === true
  if (fd === 2) return process.stderr.isTTY === true
  return (await import('node:tty')).isatty(fd)
}
