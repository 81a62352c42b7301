/**
 * What `asyncio-lessons new <slug>` writes: a lesson folder that passes `check --engine all` from the
 * start (a hello-world program, its model, one headline, three quiz questions, both explanations), with TODOs
 * telling the author what to replace. expected.out is not here: the command produces it by running
 * the model, so it is never typed.
 *
 * The lesson's modules import the authoring API by the package's name, as a teacher's lesson outside
 * this repository must (src/lessons/user.ts resolves those names to the running program).
 */
import type { LESSON_FILES } from './loader.js'

/** A lesson's slug: lowercase words of letters and digits joined by single dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const FOLDER = /^(\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)$/

/** The number after the highest one among `folders` (1 when there is none). */
export function nextNumber(folders: readonly string[]): number {
  return folders.reduce((highest, folder) => Math.max(highest, Number(FOLDER.exec(folder)?.[1] ?? 0)), 0) + 1
}

/** The existing folder that already holds `slug`, if any. */
export function folderWithSlug(folders: readonly string[], slug: string): string | undefined {
  return folders.find((folder) => FOLDER.exec(folder)?.[2] === slug)
}

export function lessonId(number: number, slug: string): string {
  return `${String(number).padStart(2, '0')}-${slug}`
}

type ScaffoldFile = Exclude<(typeof LESSON_FILES)[number], 'expected.out'>

const MAIN_PY = `import asyncio


async def main():
    print("hello")
    await asyncio.sleep(1)
    print("world")


asyncio.run(main())
`

const MODEL_TS = `// The model of main.py on the embedded scheduler, one line of TypeScript per line of Python:
// \`async def f()\` is \`const f = async_def(function* f() { ... })\`, \`await x\` is \`yield* x\`, and the
// names are Python's (see "The embedded scheduler" in asyncio-lessons' README).
// TODO: when you change main.py, change this model the same way, then regenerate expected.out
// (see "Writing your own lessons" in the README) and run \`asyncio-lessons check --lessons <dir>\`.
import { async_def, asyncio, print, program } from 'asyncio-lessons/python'

const main = async_def(function* main() {
  print('hello')
  yield* asyncio.sleep(1)
  print('world')
})

export default program(function* () {
  yield* asyncio.run(main())
})
`

function lessonTs(id: string, slug: string): string {
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())
  return `import { defineLesson } from 'asyncio-lessons'

export default defineLesson({
  id: '${id}',
  // TODO: the title in both languages.
  title: { zh: '${title}', en: '${title}' },
  // TODO: what the lesson is about (\`asyncio-lessons check\` lists the known topics if one is wrong).
  topics: ['coroutine', 'asyncio.run'],
  sources: [],
  // The program's total time in virtual seconds: the time of the last line of expected.out.
  total: 1,
  // TODO: the results your lesson demonstrates, each with the fact of the run that proves it:
  // { line, at } (a line prints at a time), { from, to, seconds } (the time between two lines),
  // { total } or { ends: 'deadlock', at }. \`check\` measures each one on every engine. Add
  // \`source: '<article id>'\` when one of \`sources\` states the result.
  headlines: [
    {
      claim: { zh: 'hello 之后过一秒，打印 world', en: 'world is printed one second after hello' },
      proof: { from: 'hello', to: 'world', seconds: 1 },
    },
  ],
  // TODO: questions about your program. Answers that a run establishes (order, times) are computed
  // from expected.out; only a "choice" question carries a typed answer.
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['world', 'hello'],
    },
    {
      kind: 'time',
      prompt: { zh: '"world" 在第几秒打印出来？', en: 'At what time is "world" printed?' },
      line: 'world',
    },
    {
      kind: 'choice',
      prompt: { zh: 'await asyncio.sleep(1) 等待的这一秒里发生了什么？', en: 'What happens during the second that await asyncio.sleep(1) waits?' },
      choices: [
        { zh: '整个线程被阻塞，什么都不能运行', en: 'The whole thread is blocked and nothing else can run' },
        { zh: 'main 把控制权交还给事件循环，循环可以运行别的任务', en: 'main hands control back to the event loop, which may run other tasks' },
        { zh: '程序结束，world 永远不会打印', en: 'The program ends and world is never printed' },
      ],
      answer: 1,
      why: {
        zh: 'await 一个还没完成的 sleep 时，main 暂停，控制权回到事件循环；一秒后计时器到期，main 才继续并打印 world。',
        en: 'Awaiting a sleep that has not finished suspends main and returns control to the event loop; when the timer fires a second later, main resumes and prints world.',
      },
    },
  ],
})
`
}

const EXPLAIN_EN = `<!-- TODO: explain your program in your own words. Say what it does; why each line prints when it
does, referring to the timestamps of expected.out; the one idea to remember; and the mistake
beginners make. Replace everything in this file. -->

\`main()\` prints **hello** at 0.000 s, then \`await asyncio.sleep(1)\` suspends it and hands control
back to the event loop. A second later the timer fires, \`main\` resumes and prints **world** at
1.000 s. \`asyncio.run\` returns when \`main\` does, so the program takes 1 s.
`

const EXPLAIN_ZH = `<!-- TODO：用你自己的话讲解这个程序：它做了什么；每一行为什么在那个时刻打印（引用 expected.out 中的时间戳）；
需要记住的一个要点；以及初学者常犯的错误。请替换本文件的全部内容。 -->

\`main()\` 在 0.000 秒打印 **hello**，随后 \`await asyncio.sleep(1)\` 让它暂停，把控制权交还给事件循环。
一秒后计时器到期，\`main\` 继续运行，在 1.000 秒打印 **world**。\`main\` 结束时 \`asyncio.run\` 返回，整个程序用时 1 秒。
`

/** Every file of a new lesson except expected.out, by name. */
export function scaffoldFiles(id: string, slug: string): Readonly<Record<ScaffoldFile, string>> {
  return {
    'main.py': MAIN_PY,
    'model.ts': MODEL_TS,
    'lesson.ts': lessonTs(id, slug),
    'explain.zh.md': EXPLAIN_ZH,
    'explain.en.md': EXPLAIN_EN,
  }
}
