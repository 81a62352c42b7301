/**
 * The world's thread scheduler: runs every simulated thread of a program on the virtual clock, one
 * at a time, deterministically.
 *
 * Each thread is a `Blocking` generator (the main thread's is the program body). The rule:
 * - The current thread runs until it blocks (yields a ThreadBlock) or ends. Nothing preempts it: a
 *   thread switch happens only at a blocking call, as if CPython's GIL were released only there.
 * - Blocking sets the thread's wake-up time: `sleep(d)` now + d, an idle loop its next timer (or
 *   never), a `wait` its timeout (or never). Another thread's `notify` (a join's target ending,
 *   `call_soon_threadsafe`, a concurrent Future finishing, `start`) makes it runnable at the current
 *   time.
 * - The next thread is the one with the earliest wake-up time; ties go to the earliest stamp, a world
 *   sequence number taken when the thread blocked or was notified (so: first to wait, first to run;
 *   a thread notified by another runs after those already runnable at that instant).
 * - The clock moves only when no thread can run at the current time: to the earliest wake-up.
 * - `start` blocks the starter until the new thread first runs (`Thread._started.wait()`): the new
 *   thread runs until it blocks, then the starter goes on.
 * - When the main thread's body ends, the threading atexit callbacks run (`world.threadingAtexits`),
 *   then the process exits once every thread left is a daemon (`threading._shutdown` joins the others). When no thread can ever run again, the run ends with a
 *   deadlock that lists the stuck tasks and, in a threaded program, each live thread and its wait.
 * An uncaught exception in another thread ends that thread only; it is recorded as a `log` event
 * `Exception in thread NAME` with the exception's line (what `threading.excepthook` prints).
 *
 * Thread events (trace.ts ThreadEvent, with the task events): a started thread records `started`
 * when it first runs and `finished` when its body ends (after its exception's log); any thread
 * records `blocked` only when another thread is alive at that moment (a lone thread's block is
 * just the clock moving, which the CPython harness does not even route through its scheduler),
 * and `resumed` when a thread whose block was recorded runs again. The main thread's exit (the
 * wait for non-daemon threads) is not a block of its own: it records nothing.
 */
import type { BlockReply, ThreadBlock } from './coro.js'
import { coroName } from './coro.js'
import { BaseException, SystemExit, formatExceptionOnly } from './exceptions.js'
import { repr } from './pyrepr.js'
import { releaseUncaught } from './finalization.js'
import type { Future } from './futures.js'
import { _GatheringFuture } from './gather.js'
import type { EventLoop } from './loop.js'
import { Task } from './tasks.js'
import type { Outcome, StuckTask, StuckThread } from './trace.js'
import type { SimThread, World } from './world.js'

/** Runs the program (the main thread's body) and every thread it starts; returns how the run ended. */
export function runThreads(w: World, body: SimThread['body']): Outcome {
  const main = w.mainThread
  main.body = body
  main.wakeAt = w.now
  main.stamp = w.nextWakeStamp()
  let mainOutcome: Outcome | null = null
  let current: SimThread = main
  for (;;) {
    const result = runUntilBlocked(w, current)
    w.currentThread = main
    if (result !== null) {
      if (result.kind !== 'thread-ended') return result
      mainOutcome = result.outcome
      for (let atexit = w.threadingAtexits.pop(); atexit !== undefined; atexit = w.threadingAtexits.pop()) atexit()
    }
    if (mainOutcome !== null && w.threads.every((t) => t.state === 'done' || t.daemon)) return mainOutcome
    const next = pickNext(w)
    if (next === null) return deadlock(w, main.state === 'done')
    if (next.wakeAt! > w.now) w.advanceTo(next.wakeAt!)
    if (next.block !== null) {
      // Woken by its deadline, not by a notify: a timed wait reports the timeout.
      next.reply = next.block.kind === 'wait' ? { value: false } : {}
      next.block = null
    }
    current = next
  }
}

type StepResult = Outcome | { readonly kind: 'thread-ended'; readonly outcome: Outcome } | null

/** Runs `thread` until it blocks (null), ends (`thread-ended` for the main thread), or stops the run. */
function runUntilBlocked(w: World, thread: SimThread): StepResult {
  w.currentThread = thread
  if (thread.state === 'new') {
    w.notify(thread.startChannel)
    if (thread !== w.mainThread) w.threadEvent(thread.name, 'started')
  } else if (thread.blockRecorded) {
    thread.blockRecorded = false
    w.threadEvent(thread.name, 'resumed')
  }
  thread.state = 'running'
  const reply: BlockReply = thread.reply
  thread.reply = {}
  let step: IteratorResult<ThreadBlock, unknown>
  try {
    step = thread.body!.next(reply)
  } catch (error) {
    end(w, thread)
    const result = threadRaised(w, thread, error)
    recordFinished(w, thread)
    return result
  }
  if (step.done) {
    end(w, thread)
    recordFinished(w, thread)
    return thread === w.mainThread ? { kind: 'thread-ended', outcome: { kind: 'ok' } } : null
  }
  const block = step.value
  switch (block.kind) {
    case 'budget-exhausted':
      return { kind: 'runaway', t: w.now, iterations: w.maxIterations }
    case 'model-error':
      throw w.modelError
    case 'sleep':
      thread.wakeAt = w.now + block.seconds
      break
    case 'idle':
    case 'wait':
      thread.wakeAt = block.until
      break
    default:
      // A coroutine driven as thread code (a target made with async_def): a bug in the model.
      throw new Error(`asyncio-lessons: thread ${thread.name} yielded ${String(block)}, not a thread block`)
  }
  thread.state = 'blocked'
  thread.block = block
  thread.stamp = w.nextWakeStamp()
  if (w.recordTaskEvents && w.threads.some((other) => other !== thread && other.state !== 'done')) {
    thread.blockRecorded = true
    w.threadEvent(thread.name, 'blocked', describeBlock(block))
  }
  return null
}

/** A started thread's end (the main thread's is the program's end, recorded by the outcome). */
function recordFinished(w: World, thread: SimThread): void {
  if (thread !== w.mainThread) w.threadEvent(thread.name, 'finished')
}

function end(w: World, thread: SimThread): void {
  thread.state = 'done'
  thread.block = null
  thread.wakeAt = null
  thread.body = null
  w.notify(thread.endChannel)
}

/** An exception escaped a thread's body: the program's end for the main thread, a report for others. */
function threadRaised(w: World, thread: SimThread, error: unknown): StepResult {
  if (w.modelError !== undefined) throw w.modelError
  if (!(error instanceof BaseException)) throw error
  releaseUncaught(w, error)
  const exit = error instanceof SystemExit
  if (thread === w.mainThread) {
    const code = error.args[0]
    if (exit && (code === undefined || code === 0 || code === null)) return { kind: 'thread-ended', outcome: { kind: 'ok' } }
    return { kind: 'thread-ended', outcome: { kind: 'exception', t: w.now, type: error.name, line: formatExceptionOnly(error) } }
  }
  // `threading.excepthook` ignores SystemExit and prints every other exception's traceback.
  if (!exit) w.log(`Exception in thread ${thread.name}`, undefined, formatExceptionOnly(error))
  return null
}

/** The thread that runs next: earliest wake-up time, then earliest stamp; null when none ever can. */
function pickNext(w: World): SimThread | null {
  let best: SimThread | null = null
  for (const thread of w.threads) {
    if (thread.state === 'done' || thread.wakeAt === null) continue
    if (best === null || thread.wakeAt < best.wakeAt! || (thread.wakeAt === best.wakeAt && thread.stamp < best.stamp)) {
      best = thread
    }
  }
  return best
}

function deadlock(w: World, mainExiting: boolean): Outcome {
  const outcome = { kind: 'deadlock' as const, t: w.now, stuck: stuckTasks(w.loops) }
  if (w.threads.length === 1) return outcome
  const threads: StuckThread[] = []
  for (const thread of w.threads) {
    if (thread === w.mainThread && mainExiting) threads.push({ thread: thread.name, waitsIn: 'exit' })
    else if (thread.state !== 'done') threads.push({ thread: thread.name, waitsIn: describeBlock(thread.block) })
  }
  return { ...outcome, threads }
}

/** Where a thread waits, in the words of deadlock reports and `blocked` thread events (the harness's too). */
function describeBlock(block: ThreadBlock | null): string {
  if (block === null) return 'nothing'
  switch (block.kind) {
    case 'wait':
      return block.what
    case 'idle':
      return 'run_forever'
    case 'sleep':
      return `time.sleep(${repr(block.seconds)})`
    default:
      return block.kind
  }
}

function stuckTasks(loops: readonly EventLoop[]): StuckTask[] {
  return loops
    .filter((loop) => loop.is_running())
    .flatMap((loop) => [...loop._tasks])
    .map((task) => ({ task: task.get_name(), coro: coroName(task.get_coro()), waitsOn: describeWaiter(task._fut_waiter) }))
    .sort((a, b) => compareTaskNames(a.task, b.task))
}

/** The harness's report order (`all_tasks()` is unordered): `Task-N` by N, then other names by code point. */
function compareTaskNames(a: string, b: string): number {
  const n = /^Task-(\d+)$/.exec(a)
  const m = /^Task-(\d+)$/.exec(b)
  if (n !== null && m !== null) return Number(n[1]) - Number(m[1])
  if (n !== null || m !== null) return n !== null ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** How a deadlock report names what a task waits on (the CPython harness uses the same words). */
function describeWaiter(waiter: Future<unknown> | null): string {
  if (waiter === null) return 'nothing'
  if (waiter instanceof Task) return waiter.get_name()
  if (waiter instanceof _GatheringFuture) return 'gather'
  return 'Future'
}
