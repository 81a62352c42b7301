/**
 * `asyncio-lessons` with no command, on a terminal: a list to pick a lesson from (↑/↓, Enter), then
 * the quiz and Quit. The lesson picked plays as `asyncio-lessons run <lesson>` would; Quiz asks
 * every lesson's questions as `asyncio-lessons quiz` would, in the same terminal. Quit or Esc leaves
 * quietly (exit 0), Ctrl-C with a StoppedError (exit 130; in the quiz, the answers given are saved).
 * Without a terminal main.ts prints the help instead, so a script never waits on a menu.
 *
 * Every entry is a value and an action: `lesson:<id>` plays that lesson, `quiz` starts the quiz,
 * `quit` leaves. The menu shows the lessons' catalog only: nothing is loaded until one is picked.
 */
import { displayWidth, padEnd } from '../../ui/width.js'
import { headline } from '../views/evaluation.js'
import type { CommandContext } from '../context.js'
import { stopped, type Choice, type LiveTerminal } from '../terminal/live.js'
import { lessonCatalog } from './list.js'
import type { QuizIo } from './quiz.js'
import { runCommand } from './run.js'

const LESSON = 'lesson:'
const QUIZ = 'quiz'
const QUIT = 'quit'

/** `quizIo`: the quiz's connections, made only if the quiz is picked. */
export async function menuCommand(ctx: CommandContext, live: LiveTerminal, quizIo: () => Promise<QuizIo>): Promise<void> {
  const { tr } = ctx.ui
  const catalog = await lessonCatalog(ctx)
  const playable = catalog.entries.flatMap((entry) => (entry.valid && entry.title !== null && entry.total !== null ? [{ ...entry, title: entry.title, total: entry.total }] : []))
  const titles = playable.map((entry) => `${String(entry.number).padStart(2, '0')}  ${tr.pick(entry.title)}`)
  // Padded, so that the totals beside them line up.
  const width = Math.max(0, ...titles.map(displayWidth))
  const lessons: Choice[] = playable.map((entry, i) => ({
    value: LESSON + entry.id,
    label: padEnd(titles[i]!, width),
    hint: headline(entry.total),
  }))
  const others: Choice[] = [
    { value: QUIZ, label: tr.t('menu.quiz') },
    { value: QUIT, label: tr.t('menu.quit') },
  ]
  const picked = await live.pick(tr.t('menu.message'), [...lessons, ...others])
  if (picked.kind !== 'picked') {
    if (picked.kind === 'interrupted') throw stopped()
    return
  }
  if (picked.value.startsWith(LESSON)) {
    const id = picked.value.slice(LESSON.length)
    await runCommand({ lessons: [id], engine: 'embedded', code: true, explain: true, json: false }, { ...ctx, live })
  } else if (picked.value === QUIZ) {
    // Only the lessons the menu offers: an invalid one would stop the quiz before its first question.
    const { quizCommand } = await import('./quiz.js')
    await quizCommand({ lessons: playable.map((entry) => entry.id) }, ctx, await quizIo())
  }
}
