/**
 * Threaded programs must not print from two threads at one virtual instant unless a person checked
 * that the order is forced.
 *
 * The CPython harness runs one thread at a time and hands over at fixed points (its baton rule), so
 * a differential case whose threads print at the same virtual instant passes, yet a real run could
 * print those lines in either order. Every case and lesson is run on the embedded engine (which the
 * differential test holds equal to the harness); where two threads print at one instant, the
 * program needs a header stating why the order is forced (a join, an event, a result awaited):
 *
 *     # differential: same-instant-threads-ok the job prints before it returns, and main waits for its result
 *
 * Lessons cannot carry headers of their own here, so their reviews live in LESSON_REVIEWS below.
 * A header or review on a program with no such instant fails too, so none outlives its reason.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, test } from 'vitest'
import { type Program, runProgram } from '../../src/scheduler/program.js'
import type { OutputEvent } from '../../src/scheduler/trace.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const casesDir = join(root, 'test', 'differential', 'cases')
const lessonsDir = join(root, 'lessons')

/** Lessons whose same-instant lines from two threads were reviewed and found ordered. */
const LESSON_REVIEWS: Readonly<Record<string, string>> = {
  '09-threadsafe-loops':
    "main prints TIME before it submits the jobs whose 'Waiting' lines follow; each 'Done after'/'Finished more work' line is printed before its coroutine returns, and main prints only after result() returns; 'More work 6' follows main's line because main submits that job after printing",
  '11-pitfalls':
    "section 6: the thread's coroutine prints before it returns, and main prints only after future.result() returns, then again after join()",
}

interface Subject {
  /** How the test names it: `threads/join_with_timeout.py`, `lessons/09-threadsafe-loops`. */
  readonly name: string
  readonly source: string
  readonly model: string
  readonly maxIterations?: number
  readonly review: string | null
}

const HEADER = /^# differential: same-instant-threads-ok(.*)$/m

function subjects(): Subject[] {
  const found: Subject[] = []
  const cases = readdirSync(casesDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.py'))
  for (const file of cases.sort()) {
    const source = readFileSync(join(casesDir, file), 'utf8')
    const maxIterations = /^# differential:.*\bmax-iterations=(\d+)/m.exec(source)?.[1]
    found.push({
      name: file,
      source,
      model: join(casesDir, file.replace(/\.py$/, '.model.ts')),
      ...(maxIterations !== undefined && { maxIterations: Number(maxIterations) }),
      review: HEADER.exec(source)?.[1]?.trim() ?? null,
    })
  }
  for (const lesson of readdirSync(lessonsDir).sort()) {
    const main = join(lessonsDir, lesson, 'main.py')
    if (!existsSync(main)) continue
    const source = readFileSync(main, 'utf8')
    found.push({
      name: `lessons/${lesson}`,
      source,
      model: join(lessonsDir, lesson, 'model.ts'),
      review: HEADER.exec(source)?.[1]?.trim() ?? LESSON_REVIEWS[lesson] ?? null,
    })
  }
  return found
}

/** The lines printed at an instant when another thread also printed, as `t=1 [Thread-1] text`. */
function sameInstantLines(outputs: readonly OutputEvent[]): string[] {
  const byInstant = new Map<number, OutputEvent[]>()
  for (const output of outputs) {
    const instant = Math.round(output.t * 1e6)
    const group = byInstant.get(instant)
    if (group === undefined) byInstant.set(instant, [output])
    else group.push(output)
  }
  return [...byInstant.values()]
    .filter((group) => new Set(group.map((o) => o.thread)).size > 1)
    .flatMap((group) => group.map((o) => `t=${o.t} [${o.thread}] ${o.text}`))
}

const all = subjects()
// Programs that never start a thread cannot race; running them all keeps new threaded cases covered.
const threaded = all.filter((s) => /\bimport threading\b|\bfrom threading\b|to_thread|run_in_executor|concurrent\.futures/.test(s.source))

describe('threads printing at one instant', () => {
  test('finds threaded programs to check', () => {
    expect(threaded.length).toBeGreaterThan(30)
  })

  test.each(threaded.map((s) => [s.name, s] as const))(
    '%s prints from two threads at one instant only with a reason stated',
    async (_name, subject) => {
      const model = (await import(pathToFileURL(subject.model).href)) as { default: Program }
      const options = subject.maxIterations === undefined ? {} : { maxIterations: subject.maxIterations }
      const trace = runProgram(model.default, options)
      const lines = sameInstantLines(trace.events.filter((e): e is OutputEvent => e.kind === 'output'))
      if (subject.review === null) {
        expect(lines, 'two threads print at one instant: force an order (join, event, distinct times) or state why it is forced').toEqual([])
      } else {
        expect(subject.review, 'a same-instant-threads-ok header needs its reason').not.toBe('')
        expect(lines.length, 'the header is stale: no two threads print at one instant any more').toBeGreaterThan(0)
      }
    },
  )
})
