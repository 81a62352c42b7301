/** Each command called as a function, with a fake output port: no process is spawned. */
import { afterEach, describe, expect, test } from 'vitest'
import { checkCommand } from '../../src/cli/commands/check.js'
import { listCommand } from '../../src/cli/commands/list.js'
import { runCommand } from '../../src/cli/commands/run.js'
import { showCommand } from '../../src/cli/commands/show.js'
import { EngineUnavailableError } from '../../src/errors.js'
import { runOnEngine, type RunEngine } from '../../src/lessons/evaluate.js'
import type { Trace } from '../../src/scheduler/trace.js'
import { displayWidth } from '../../src/ui/width.js'
import { Fixture, goodDefinition } from '../lessons/fixtures.js'
import { fakeContext } from './fake.js'

const RUN = { lessons: ['1'], engine: 'embedded', code: true, explain: true, json: false } as const

/** The embedded engine, except that one lesson's python run prints `world` a second late. */
const lateWorld: RunEngine = async (lesson, engine) => {
  const trace = await runOnEngine(lesson, 'embedded')
  if (engine !== 'python' || lesson.id !== '01-coroutines') return trace
  const events = trace.events.map((e) => (e.kind === 'output' && e.text === 'world' ? { ...e, t: 2 } : e))
  return { ...trace, engine: 'cpython', events } satisfies Trace
}

const noPython: RunEngine = async (lesson, engine) => {
  if (engine === 'python') throw new EngineUnavailableError({ en: 'no python3', zh: '没有 python3' })
  return runOnEngine(lesson, engine)
}

let fixture: Fixture | undefined
afterEach(() => fixture?.remove())

describe('run', () => {
  test('shows the title, the numbered program, the timed output with marks, the total and the explanation', async () => {
    const fake = fakeContext()
    await runCommand(RUN, fake.ctx)
    const out = fake.stdout()
    expect(out).toContain('━━ Lesson 1 · Coroutines and asyncio.run ━━')
    expect(out).toContain('  4 │ async def main():')
    expect(out).toMatch(/ {2}t=0\.000s {2}hello +0\.000s ✓\n/)
    expect(out).toMatch(/ {2}t=1\.000s {2}world +1\.000s ✓\n/)
    expect(out).toContain('Total 1.000s, expected 1s ✓')
    expect(out).toContain('What the program does')
    expect(fake.stderr()).toBe('')
  })

  test('every line fits the width', async () => {
    for (const width of [40, 60, 100]) {
      const fake = fakeContext({ width, lang: 'zh' })
      await runCommand({ ...RUN, lessons: ['3'] }, fake.ctx)
      for (const line of fake.stdout().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width)
    }
  })

  test('--no-code and --no-explain leave those parts out', async () => {
    const fake = fakeContext()
    await runCommand({ ...RUN, code: false, explain: false }, fake.ctx)
    expect(fake.stdout()).not.toContain('async def main')
    expect(fake.stdout()).not.toContain('Explanation')
    expect(fake.stdout()).toContain('t=1.000s')
  })

  test('in Chinese, the interface and the lesson are Chinese', async () => {
    const fake = fakeContext({ lang: 'zh' })
    await runCommand(RUN, fake.ctx)
    expect(fake.stdout()).toContain('第 1 课 · 协程与 asyncio.run')
    expect(fake.stdout()).toContain('总时长 1.000s，预期 1s ✓')
    expect(fake.stdout()).toContain('这段程序做了什么')
    expect(fake.stdout()).not.toContain('What the program does')
  })

  test('"both" shows both explanations, Chinese first', async () => {
    const fake = fakeContext({ lang: 'both' })
    await runCommand(RUN, fake.ctx)
    const out = fake.stdout()
    expect(out.indexOf('这段程序做了什么')).toBeLessThan(out.indexOf('What the program does'))
    expect(out).toContain('讲解 / Explanation')
  })

  test('a run that differs is marked ✗ and ends with a mismatch (exit 1)', async () => {
    const fake = fakeContext({ runEngine: lateWorld })
    await expect(runCommand({ ...RUN, engine: 'python' }, fake.ctx)).rejects.toMatchObject({ exitCode: 1 })
    expect(fake.stdout()).toMatch(/t=2\.000s {2}world +1\.000s ✗/)
    expect(fake.stdout()).toContain('Total 2.000s, expected 1s ✗')
  })

  test('after the total, run lists each headline it verified, with its article, in the user’s language', async () => {
    const fake = fakeContext()
    await runCommand({ ...RUN, lessons: ['4'], code: false, explain: false }, fake.ctx)
    expect(fake.stdout()).toContain(
      [
        'Total 7.200s, expected 7.2s ✓',
        "  ✓ gather of two say_after calls: ['hello - 1', 'world - 2'] (article 000)",
        '  ✓ jobs of 1, 2 and 4 s gathered take about 4 s (article 004)',
        '  ✓ gathering two 0.6 s jobs: 0.6 s, giving [1, 2] (article 002)',
      ].join('\n'),
    )
    const zh = fakeContext({ lang: 'zh' })
    await runCommand({ ...RUN, lessons: ['4'], code: false, explain: false }, zh.ctx)
    expect(zh.stdout()).toContain("总时长 7.200s，预期 7.2s ✓\n  ✓ gather 两个 say_after：['hello - 1', 'world - 2']（文章 000）\n")
  })

  test('a headline the run does not show is marked ✗ with what the run showed', async () => {
    const fake = fakeContext({ runEngine: lateWorld })
    await expect(runCommand({ ...RUN, engine: 'python', explain: false }, fake.ctx)).rejects.toMatchObject({ exitCode: 1 })
    expect(fake.stdout()).toContain('  ✗ hello, one second, then world (article 000)\n    from "hello" to "world": 1s, but the run shows 2s\n')
  })

  test('--json prints the check report and nothing else', async () => {
    const fake = fakeContext()
    await runCommand({ ...RUN, lessons: ['2'], json: true }, fake.ctx)
    const report = JSON.parse(fake.stdout())
    expect(report).toEqual({
      ok: true,
      lessons: [
        {
          id: '02-await',
          engine: 'embedded',
          ok: true,
          total: { actual: 3, expected: 3 },
          lines: [
            { t: 0, expected_t: 0, text: 'started at 18:27:39', kind: 'stdout', ok: true },
            { t: 1, expected_t: 1, text: 'hello', kind: 'stdout', ok: true },
            { t: 3, expected_t: 3, text: 'world', kind: 'stdout', ok: true },
            { t: 3, expected_t: 3, text: 'finished at 18:27:42', kind: 'stdout', ok: true },
          ],
          headlines: [
            {
              source: '000_e06858303655a35c',
              claim: 'awaiting say_after(1) and then say_after(2) takes 3 s',
              ok: true,
              actual: 3,
              expected: 3,
              file: 'lessons/02-await/lesson.ts',
              field: 'headlines[0]',
            },
            {
              source: '003_dc5f40af9c7b7458',
              claim: 'one after the other: started at 18:27:39, finished at 18:27:42',
              ok: true,
              actual: 3,
              expected: 3,
              file: 'lessons/02-await/lesson.ts',
              field: 'headlines[1]',
            },
          ],
          error: null,
        },
      ],
    })
  })

  test('an unknown lesson is a usage error naming it', async () => {
    await expect(runCommand({ ...RUN, lessons: ['await', 'corutines'] }, fakeContext().ctx)).rejects.toMatchObject({
      exitCode: 2,
      message: 'Unknown lesson "corutines". Did you mean "01-coroutines"?',
    })
  })

  test('an invalid lesson is refused with its problems (exit 1)', async () => {
    fixture = new Fixture().add('01-hello', { lesson: { ...goodDefinition('01-hello'), topics: ['nope'] } })
    const fake = fakeContext({ root: fixture.root, modules: fixture.moduleSource() })
    await expect(runCommand(RUN, fake.ctx)).rejects.toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('lessons/01-hello/lesson.ts: topics[0]: unknown topic "nope"'),
    })
  })
})

describe('check', () => {
  test('passes when every lesson matches on both engines', async () => {
    const fake = fakeContext({ runEngine: (lesson) => runOnEngine(lesson, 'embedded') })
    await checkCommand({ lessons: [], engines: ['embedded', 'python'], json: false }, fake.ctx)
    const lines = fake.stdout().trimEnd().split('\n')
    expect(lines[0]).toMatch(/^✓ 01-coroutines {3,}embedded {2}4 lines · total 1\.000s · 1\/1 headlines$/)
    expect(lines[1]).toMatch(/^✓ 01-coroutines {3,}python {4}4 lines · total 1\.000s · 1\/1 headlines$/)
    const lessons = (await fake.ctx.library({ programs: false })).entries.length
    expect(lines.at(-1)).toBe(`${2 * lessons} passed, 0 failed`)
  })

  test('a mismatch shows the expected and the actual line with their times, and exits 1', async () => {
    const fake = fakeContext({ runEngine: lateWorld })
    await expect(checkCommand({ lessons: ['1'], engines: ['embedded', 'python'], json: false }, fake.ctx)).rejects.toMatchObject({
      exitCode: 1,
      text: { en: '1 of 2 checks failed.', zh: '2 项检查中有 1 项未通过。' },
    })
    expect(fake.stdout()).toContain(
      [
        '✗ 01-coroutines  python    4 lines · total 2.000s · 0/1 headlines',
        '    #4   expected [  1.000] world',
        '         actual   [  2.000] world',
        '    lessons/01-coroutines/lesson.ts: headlines[0]: "hello, one second, then',
        '    world (article 000)" does not hold: from "hello" to "world": 1s, but the run',
        '    shows 2s',
      ].join('\n'),
    )
  })

  test('in Chinese, a headline the run does not show names its file, field and claim', async () => {
    const fake = fakeContext({ runEngine: lateWorld, lang: 'zh', width: 140 })
    await expect(checkCommand({ lessons: ['1'], engines: ['python'], json: false }, fake.ctx)).rejects.toMatchObject({ exitCode: 1 })
    expect(fake.stdout()).toContain('文章结论 0/1')
    expect(fake.stdout()).toContain('    lessons/01-coroutines/lesson.ts：headlines[0]：“hello，过一秒，world（文章 000）”不成立：从 "hello" 到 "world"：1s，但运行结果为 2s')
  })

  test('--json has the documented shape, with the differing line not ok', async () => {
    const fake = fakeContext({ runEngine: lateWorld })
    await expect(checkCommand({ lessons: ['1'], engines: ['python'], json: true }, fake.ctx)).rejects.toMatchObject({ exitCode: 1 })
    const report = JSON.parse(fake.stdout())
    expect(report.ok).toBe(false)
    expect(report.lessons).toHaveLength(1)
    expect(Object.keys(report.lessons[0]).sort()).toEqual(['engine', 'error', 'headlines', 'id', 'lines', 'ok', 'total'])
    expect(report.lessons[0].headlines).toEqual([
      {
        source: '000_e06858303655a35c',
        claim: 'hello, one second, then world',
        ok: false,
        actual: 2,
        expected: 1,
        file: 'lessons/01-coroutines/lesson.ts',
        field: 'headlines[0]',
      },
    ])
    expect(report.lessons[0].total).toEqual({ actual: 2, expected: 1 })
    expect(report.lessons[0].lines[3]).toEqual({ t: 2, expected_t: 1, text: 'world', kind: 'stdout', ok: false })
  })

  test('an engine that cannot run stops the check with exit 3', async () => {
    const fake = fakeContext({ runEngine: noPython })
    await expect(checkCommand({ lessons: [], engines: ['embedded', 'python'], json: false }, fake.ctx)).rejects.toMatchObject({
      exitCode: 3,
    })
  })

  test('an invalid lesson is a failure naming the file and field, and the others still run', async () => {
    fixture = new Fixture()
      .add('01-hello', { model: function* () {} })
      .add('02-broken', { lesson: { ...goodDefinition('02-broken'), total: 'soon' } })
    const fake = fakeContext({ width: 120, root: fixture.root, modules: fixture.moduleSource(), runEngine: async () => ({
      engine: 'embedded',
      events: [
        { kind: 'output', t: 0, stream: 'stdout', text: 'hello', thread: 'MainThread' },
        { kind: 'output', t: 1, stream: 'stdout', text: 'world', thread: 'MainThread' },
      ],
      outcome: { kind: 'ok' },
    }) })
    await expect(checkCommand({ lessons: [], engines: ['embedded'], json: false }, fake.ctx)).rejects.toMatchObject({ exitCode: 1 })
    expect(fake.stdout()).toContain('✓ 01-hello   embedded')
    expect(fake.stdout()).toContain("✗ 02-broken  embedded\n    lessons/02-broken/lesson.ts: total: should be the program's total time in seconds")
  })
})

describe('list and show', () => {
  test('list shows number, id, title, topics and total time', async () => {
    const fake = fakeContext()
    await listCommand({ json: false }, fake.ctx)
    const lines = fake.stdout().split('\n')
    expect(lines[0]).toMatch(/^No\. +id +title +topics +total$/)
    // The title wraps when the lessons' ids leave it less room.
    expect(fake.stdout()).toMatch(/^02 +02-await +await: one wait after(?: another)? +await, coroutine, +3s$/m)
  })

  test('list in Chinese aligns by display width', async () => {
    const fake = fakeContext({ lang: 'zh', width: 70 })
    await listCommand({ json: false }, fake.ctx)
    const rows = fake.stdout().trimEnd().split('\n')
    for (const row of rows) expect(displayWidth(row)).toBeLessThanOrEqual(70)
    const totals = rows.filter((r) => /\d+s$/.test(r)).map((r) => displayWidth(r) - /\S+$/.exec(r)![0].length)
    expect(new Set(totals).size).toBe(1)
  })

  test('list --json gives both titles', async () => {
    const fake = fakeContext()
    await listCommand({ json: true }, fake.ctx)
    expect(JSON.parse(fake.stdout()).lessons[2]).toEqual({
      number: 3,
      id: '03-create-task',
      slug: 'create-task',
      title: { zh: 'create_task：让等待重叠起来', en: 'create_task: overlapping the waits' },
      topics: ['create_task', 'task', 'await', 'return-value'],
      total: 2,
      valid: true,
    })
  })

  test('show prints the program and the explanation without running anything', async () => {
    const fake = fakeContext({ runEngine: () => Promise.reject(new Error('show must not run')) })
    await showCommand({ lesson: 'create-task' }, fake.ctx)
    expect(fake.stdout()).toContain(' 12 │     task1 = asyncio.create_task(say_after(1, \'hello\'))')
    expect(fake.stdout()).toContain('A common mistake')
    expect(fake.stdout()).not.toContain('Output on')
  })
})
