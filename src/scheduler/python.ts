/**
 * The Python surface lesson models are written against: `asyncio`, `time`, `sys`, `print`, the
 * built-in exceptions, and the few helpers that stand in for Python syntax (`async_def`, `Tuple`,
 * `float`). A model imports from here and reads line by line like its `main.py`.
 */
import type { Blocking } from './coro.js'
import { Future } from './futures.js'
import { gather } from './gather.js'
import { EventLoop } from './loop.js'
import { _get_running_loop, get_event_loop, get_running_loop, new_event_loop, set_event_loop } from './policy.js'
import { str, typeName } from './pyrepr.js'
import { Runner, run } from './runners.js'
import { Task, all_tasks, create_task, current_task, ensure_future, sleep } from './tasks.js'
import * as timemod from './timemod.js'
import { CancelledError, InvalidStateError, SystemExit, TimeoutError, TypeError } from './exceptions.js'
import { isCoroutine, isFuture } from './coro.js'
import { world } from './world.js'
import type { Stream } from './trace.js'
import { Barrier, BoundedSemaphore, BrokenBarrierError, Condition, Event, Lock, Semaphore } from './locks.js'
import { LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull } from './queues.js'
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, wait } from './wait.js'
import { wait_for } from './wait-for.js'
import { shield } from './shield.js'
import { Timeout, timeout, timeout_at } from './timeouts.js'
import { TaskGroup } from './taskgroups.js'
import * as threadsmod from './threads.js'
import * as concurrentFutures from './concurrent-futures.js'
import { ThreadPoolExecutor } from './thread-pool.js'
import { to_thread, wrap_future } from './to-thread.js'

export { async_def, type Coro, type Blocking } from './coro.js'
export { async_with } from './async-with.js'
export { del_ } from './finalization.js'
export * from './exceptions.js'
export { Tuple, float, repr, set_literal, str } from './pyrepr.js'
export { format, round, f } from './pyformat.js'

export const asyncio = {
  run,
  Runner,
  sleep,
  create_task,
  ensure_future,
  gather,
  current_task,
  all_tasks,
  get_event_loop,
  get_running_loop,
  _get_running_loop,
  new_event_loop,
  set_event_loop,
  iscoroutine: isCoroutine,
  isfuture: isFuture,
  Future,
  Task,
  AbstractEventLoop: EventLoop,
  CancelledError,
  InvalidStateError,
  TimeoutError,
  Lock,
  Event,
  Condition,
  Semaphore,
  BoundedSemaphore,
  Barrier,
  BrokenBarrierError,
  Queue,
  PriorityQueue,
  LifoQueue,
  QueueEmpty,
  QueueFull,
  wait,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  ALL_COMPLETED,
  as_completed,
  wait_for,
  shield,
  timeout,
  timeout_at,
  Timeout,
  TaskGroup,
  run_coroutine_threadsafe: concurrentFutures.run_coroutine_threadsafe,
  wrap_future,
  to_thread,
}

export const threading = {
  Thread: threadsmod.Thread,
  Event: threadsmod.Event,
  Lock: threadsmod.Lock,
  current_thread: threadsmod.current_thread,
  main_thread: threadsmod.main_thread,
  enumerate: threadsmod.enumerate,
  active_count: threadsmod.active_count,
}

export const concurrent = {
  futures: {
    Future: concurrentFutures.Future,
    CancelledError: concurrentFutures.CancelledError,
    InvalidStateError: concurrentFutures.InvalidStateError,
    TimeoutError,
    ThreadPoolExecutor,
  },
}

export const time = timemod

/** A text stream of the simulated process (`sys.stdout`, `sys.stderr`). */
export class TextStream {
  constructor(private readonly stream: Stream) {}
  /** Returns the number of characters written (code points, as Python counts them). */
  write(text: string): number {
    if (typeof text !== 'string') throw new TypeError(`write() argument must be str, not ${typeName(text)}`)
    world().write(this.stream, text)
    return [...text].length
  }
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line)
  }
  flush(): void {}
  isatty(): boolean {
    return false
  }
}

/** What `print(file=...)` accepts: anything with a `write(str)` method, as in Python. */
export interface Writer {
  write(text: string): unknown
  flush?(): unknown
}

export const sys = {
  stdout: new TextStream('stdout'),
  stderr: new TextStream('stderr'),
  /** `sys.exit(status=None)`: raises SystemExit, which ends the program (0/None: success). */
  exit(status?: unknown): never {
    throw status === undefined ? new SystemExit() : new SystemExit(status)
  },
}

/** Keyword arguments of `print`, passed as a plain object last: `print('a', { end: '' })`. */
export interface PrintOptions {
  readonly sep?: string | null
  readonly end?: string | null
  readonly file?: Writer | null
  readonly flush?: boolean
}

const PRINT_KEYWORDS = new Set(['sep', 'end', 'file', 'flush'])

function isPrintOptions(value: unknown): value is PrintOptions {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).every((key) => PRINT_KEYWORDS.has(key))
  )
}

function checkSeparator(name: 'sep' | 'end', value: unknown): string | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw new TypeError(`${name} must be None or a string, not ${typeName(value)}`)
  return value
}

/**
 * Python's `print(*args, sep=' ', end='\n', file=sys.stdout, flush=False)`. Like CPython's
 * builtin it writes each argument, separator and the end as separate `write` calls, calling
 * `str()` on an argument only when its turn comes: a failing `__str__` leaves the earlier
 * arguments written.
 */
export function print(...args: unknown[]): void {
  const last = args[args.length - 1]
  const options: PrintOptions = args.length > 0 && isPrintOptions(last) ? (args.pop() as PrintOptions) : {}
  const sep = checkSeparator('sep', options.sep)
  const end = checkSeparator('end', options.end)
  const file = options.file ?? sys.stdout
  args.forEach((arg, index) => {
    if (index > 0) file.write(sep ?? ' ')
    file.write(str(arg))
  })
  file.write(end ?? '\n')
  if (options.flush) file.flush?.()
}

/** A model's module body, with the type the runner expects. */
export function program(body: () => Blocking<unknown>): () => Blocking<unknown> {
  return body
}
