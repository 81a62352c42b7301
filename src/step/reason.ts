/**
 * Why a step looks the way it does: one sentence per handle an iteration ran, built from the ready
 * queue and the events that followed, in both languages ("Task-2 starts and awaits sleep(1): a
 * timer is set for t=1.000; control returns to the loop"). The sentences tell the articles'
 * pseudocode (`for handle in ready: handle._run()`) as it happened in this run.
 *
 * Each ready item takes its own events: a task's step runs from its `started`/`resumed` to its
 * `suspended`/`done`/`failed`/`cancelled`; a callback takes what it printed. Events no handle
 * claims (Task-1's creation before the first iteration, another thread's doings) get sentences of
 * their own, in trace order. Every string comes from the step catalogs (step.en.ts, step.zh.ts).
 *
 * Invariant: every event of the iteration is told at most once; a sentence never claims more than
 * the trace shows (whom a finished task wakes comes from who awaited it, or from the next
 * iteration's ready queue).
 */
import type { Bilingual } from '../errors.js'
import type { IterationEvent, TaskEvent, TraceEvent } from '../scheduler/trace.js'
import { bilingual, message, type Lang } from '../ui/i18n.js'
import type { MessageKey } from '../ui/messages/en.js'
import { statusAfter, type TaskState, type TaskStatus } from './states.js'

/** Virtual time as the step view writes it: `1.000`. */
export function clock(t: number): string {
  return (Math.abs(t) < 5e-7 ? 0 : t).toFixed(3)
}

function each(build: (lang: Lang) => string): Bilingual {
  return { en: build('en'), zh: build('zh') }
}

/** `a, b and c` / `a、b 和 c`. */
function names(items: readonly string[]): Bilingual {
  return each((lang) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(message(lang, 'step.join.names'))}${message(lang, 'step.join.namesLast')}${items[items.length - 1]}`,
  )
}

/** `Task-3 resumes, prints “world” and finishes` / `Task-3 恢复运行，打印“world”，然后运行结束`. */
function sentence(head: Bilingual, actions: readonly Bilingual[]): Bilingual {
  return each((lang) => {
    if (actions.length === 0) return head[lang]
    const comma = message(lang, 'step.join.comma')
    const rest = actions.slice(0, -1).map((action) => comma + action[lang])
    return glue(glue(head[lang] + rest.join(''), message(lang, 'step.join.then')), actions[actions.length - 1]![lang])
  })
}

/** Joins two pieces, with a space where Chinese meets a Latin word (`然后 await`), as Chinese typesetting does. */
function glue(left: string, right: string): string {
  const last = [...left].pop() ?? ''
  return last !== '' && last.codePointAt(0)! > 0x2e80 && /^[A-Za-z0-9_]/.test(right) ? `${left} ${right}` : left + right
}

/** Program output quoted in a sentence, cut when long. */
function quoted(text: string): string {
  const chars = [...text]
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : text
}

function isTask(event: TraceEvent, task: string, kinds: readonly string[]): event is TaskEvent {
  return event.kind === 'task' && event.task === task && kinds.includes(event.event)
}

const STARTS = ['started', 'resumed']
const ENDS = ['suspended', 'done', 'failed', 'cancelled']

/** What the task now waits on, as a phrase (`awaits sleep(1): a timer is set for t=1.000`). */
function awaiting(status: TaskStatus): Bilingual | null {
  switch (status.kind) {
    case 'sleeping':
      return bilingual('step.why.awaitsSleep', { delay: status.delay, until: clock(status.until) })
    case 'yielded':
      return bilingual('step.why.sleep0')
    case 'waiting':
      if (/^Task-\d+$/.test(status.on)) return bilingual('step.why.awaitsTask', { other: status.on })
      if (status.on === 'gather') return bilingual('step.why.awaitsGather')
      return bilingual('step.why.awaitsOther', { what: status.on })
    default:
      return null
  }
}

export interface Context {
  readonly iteration: IterationEvent
  /** The events that follow it up to the next iteration, after those of the prelude. */
  readonly events: readonly TraceEvent[]
  /** How many of `events` came before the iteration (the first iteration's: asyncio.run's set-up). */
  readonly prelude: number
  /** Task states before `events`. */
  readonly before: ReadonlyMap<string, TaskState>
  /** The next iteration of the same thread's loop, if any. */
  readonly next?: IterationEvent | undefined
}

/** The tasks parked on `task` just before event `index` of the iteration. */
function waitersOf(task: string, index: number, ctx: Context): string[] {
  const statuses = new Map<string, TaskStatus>([...ctx.before].map(([name, state]) => [name, state.status]))
  for (const event of ctx.events.slice(0, index)) if (event.kind === 'task') statuses.set(event.task, statusAfter(event))
  return [...statuses].filter(([, status]) => status.kind === 'waiting' && status.on === task).map(([name]) => name)
}

function nextRuns(ctx: Context, name: string): boolean {
  return ctx.next?.ready.some((item) => item.kind === 'callback' && item.name === name) ?? false
}

/** A task's step: its events from start to end (either may be missing in a cut-off segment). */
function taskStep(task: string, segment: readonly TraceEvent[], offset: number, ctx: Context): Bilingual[] {
  const first = segment[0]
  const head = isTask(first!, task, ['started'])
    ? bilingual('step.why.started', { task })
    : isTask(first!, task, ['resumed'])
      ? bilingual('step.why.resumed', { task })
      : bilingual('step.why.runs', { task })
  const created: string[] = []
  const printed: string[] = []
  const others: Bilingual[] = []
  let last: TaskEvent | null = null
  for (const event of segment) {
    if (event.kind === 'task' && event.task === task) {
      if (ENDS.includes(event.event)) last = event
      if (ENDS.includes(event.event) || STARTS.includes(event.event)) continue
    }
    if (event.kind === 'task' && event.event === 'created') created.push(event.task)
    // Another thread may print while this task's step blocks its own thread (time.sleep in a coroutine).
    else if (event.kind === 'output' && event.task === task) printed.push(event.text)
    else {
      const told = loose(event)
      if (told !== null) others.push(told)
    }
  }
  const actions: Bilingual[] = []
  if (created.length > 0) actions.push(bilingual('step.why.creates', { tasks: names(created) }))
  if (printed.length > 0) actions.push(prints(printed))
  if (last === null) return [sentence(head, actions), ...others]
  const status = statusAfter(last)
  const parked = awaiting(status)
  if (parked !== null) return [bilingual('step.why.toLoop', { action: sentence(head, [...actions, parked]) }), ...others]
  const finished = sentence(head, [...actions, bilingual(`step.why.${last.event as 'done' | 'failed' | 'cancelled'}`)])
  const waiters = waitersOf(task, offset + segment.indexOf(last), ctx)
  if (waiters.length > 0) return [bilingual('step.why.wakes', { action: finished, waiters: names(waiters) }), ...others]
  if (nextRuns(ctx, '_done_callback')) return [bilingual('step.why.wakesGather', { action: finished }), ...others]
  if (nextRuns(ctx, '_run_until_complete_cb')) return [bilingual('step.why.wakesRun', { action: finished }), ...others]
  return [finished, ...others]
}

/** An event no handle claims, told on its own; null for what needs no words (a step's own markers). */
function loose(event: TraceEvent): Bilingual | null {
  switch (event.kind) {
    case 'task':
      if (event.event === 'created') return bilingual('step.why.created', { task: event.task, coro: event.detail ?? '?' })
      if (event.event === 'started' || event.event === 'resumed') return bilingual(`step.why.${event.event}`, { task: event.task })
      return bilingual('step.why.taskEvent', { task: event.task, what: awaiting(statusAfter(event)) ?? bilingual(`step.why.${event.event as 'done' | 'failed' | 'cancelled'}`) })
    case 'output':
      return bilingual('step.why.threadPrints', { thread: event.thread, text: quoted(event.text) })
    case 'log':
      return bilingual('step.why.log', { message: event.message })
    case 'warning':
      return bilingual('step.why.warning', { message: `${event.category}: ${event.message}` })
    case 'thread':
      if (event.event === 'blocked' && event.detail === 'run_forever') return bilingual('step.why.thread.idle', { thread: event.thread })
      return event.event === 'blocked'
        ? bilingual('step.why.thread.blocked', { thread: event.thread, where: event.detail ?? '?' })
        : bilingual(`step.why.thread.${event.event}`, { thread: event.thread })
    case 'iteration':
      return null
  }
}

function sleepDue(task: string, ctx: Context): Bilingual {
  const status = ctx.before.get(task)?.status
  const sleeping = status?.kind === 'sleeping' ? status : null
  return bilingual('step.why.sleepDue', { task, delay: sleeping?.delay ?? '…', t: clock(sleeping?.until ?? ctx.iteration.t) })
}

const KNOWN_CALLBACKS: Partial<Record<string, MessageKey>> = {
  _run_until_complete_cb: 'step.why.callback.runUntilComplete',
  _done_callback: 'step.why.callback.gather',
}

/**
 * Callbacks run one after another with no task step between them, and what they did together:
 * which of them created a task or printed a line, the trace does not say.
 */
function callbacks(callbackNames: readonly string[], thread: string, did: readonly TraceEvent[]): Bilingual[] {
  const theirs = (event: TraceEvent): boolean => (event.kind === 'output' && event.thread === thread && event.task === undefined) || (event.kind === 'task' && event.event === 'created')
  const head =
    callbackNames.length === 1
      ? bilingual(KNOWN_CALLBACKS[callbackNames[0]!] ?? 'step.why.callback', { name: callbackNames[0]! })
      : bilingual('step.why.callbacks', { names: names(callbackNames.map((name) => `${name}()`)) })
  const created = did.flatMap((event) => (theirs(event) && event.kind === 'task' ? [event.task] : []))
  const printed = did.flatMap((event) => (theirs(event) && event.kind === 'output' ? [event.text] : []))
  // English verbs agree with their subject: `the callback ... creates`, `the callbacks ... create`.
  const plural = callbackNames.length > 1
  const actions: Bilingual[] = []
  if (created.length > 0) actions.push(bilingual(plural ? 'step.why.create' : 'step.why.creates', { tasks: names(created) }))
  if (printed.length > 0) actions.push(prints(printed, plural))
  const rest = did.filter((event) => !theirs(event))
  return [sentence(head, actions), ...rest.flatMap((event) => loose(event) ?? [])]
}

function prints(printed: readonly string[], plural = false): Bilingual {
  const text = quoted(printed[printed.length - 1]!)
  if (printed.length === 1) return bilingual(plural ? 'step.why.print' : 'step.why.prints', { text })
  return bilingual(plural ? 'step.why.printMany' : 'step.why.printsMany', { count: printed.length, text })
}

/** The sentences of one iteration, in the order things happened. */
export function reasonFor(ctx: Context): Bilingual[] {
  const { events, iteration } = ctx
  const told: Bilingual[] = []
  let cursor = 0
  const tellLoose = (until: number): void => {
    for (; cursor < until; cursor++) {
      const sentence = loose(events[cursor]!)
      if (sentence !== null) told.push(sentence)
    }
  }
  const stepOf = (task: string): void => {
    const start = events.findIndex((event, i) => i >= cursor && isTask(event, task, STARTS))
    if (start < 0) {
      told.push(bilingual('step.why.runs', { task }))
      return
    }
    tellLoose(start)
    const endAt = events.findIndex((event, i) => i > start && isTask(event, task, ENDS))
    const end = endAt < 0 ? events.length - 1 : endAt
    told.push(...taskStep(task, events.slice(start, end + 1), start, ctx))
    cursor = end + 1
  }
  tellLoose(ctx.prelude)
  const ready = iteration.ready
  for (let i = 0; i < ready.length; i++) {
    const item = ready[i]!
    if (item.kind === 'step') stepOf(item.task)
    else if (item.kind === 'sleep-done') told.push(sleepDue(item.task, ctx))
    else {
      const run: string[] = [item.name]
      while (ready[i + 1]?.kind === 'callback') run.push((ready[++i] as { name: string }).name)
      // Their doings: what happened before the next task step began. Once _run_until_complete_cb
      // has stopped the loop, what follows is asyncio.run's own code, outside the loop: told apart.
      const stop = events.findIndex((event, k) => k >= cursor && event.kind === 'task' && STARTS.includes(event.event))
      const until = run.includes('_run_until_complete_cb') ? cursor : stop < 0 ? events.length : stop
      told.push(...callbacks(run, iteration.thread, events.slice(cursor, until)))
      cursor = until
    }
  }
  tellLoose(events.length)
  if (told.length === 0) told.push(bilingual('step.why.idle'))
  return told
}
