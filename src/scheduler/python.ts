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
import { str } from './pyrepr.js'
import { Runner, run } from './runners.js'
import { Task, all_tasks, create_task, current_task, ensure_future, sleep } from './tasks.js'
import * as timemod from './timemod.js'
import { CancelledError, InvalidStateError, TimeoutError } from './exceptions.js'
import { isCoroutine, isFuture } from './coro.js'
import { world } from './world.js'
import type { Stream } from './trace.js'

export { async_def, type Coro, type Blocking } from './coro.js'
export * from './exceptions.js'
export { Tuple, float, repr, str } from './pyrepr.js'

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
}

export const time = timemod

/** A text stream of the simulated process (`sys.stdout`, `sys.stderr`). */
export class TextStream {
  constructor(private readonly stream: Stream) {}
  write(text: string): number {
    world().write(this.stream, text)
    return text.length
  }
  flush(): void {}
}

export const sys = {
  stdout: new TextStream('stdout'),
  stderr: new TextStream('stderr'),
}

/** Keyword arguments of `print`, passed as a plain object last: `print('a', { end: '' })`. */
export interface PrintOptions {
  readonly sep?: string
  readonly end?: string
  readonly file?: TextStream
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

/** Python's `print(*args, sep=' ', end='\n', file=sys.stdout)`. */
export function print(...args: unknown[]): void {
  const last = args[args.length - 1]
  const options: PrintOptions = args.length > 0 && isPrintOptions(last) ? (args.pop() as PrintOptions) : {}
  const text = args.map(str).join(options.sep ?? ' ') + (options.end ?? '\n')
  ;(options.file ?? sys.stdout).write(text)
}

/** A model's module body, with the type the runner expects. */
export function program(body: () => Blocking<unknown>): () => Blocking<unknown> {
  return body
}
