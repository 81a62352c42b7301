/**
 * `asyncio-lessons` with no command, on a terminal: a list to pick a lesson from (↑/↓, Enter), then
 * the quiz and Quit. The lesson picked plays as `asyncio-lessons run <lesson>` would; Quiz asks
 * every lesson's questions as `asyncio-lessons quiz` would, in the same terminal; Step through
 * (when a step screen is given) asks for a lesson and opens `asyncio-lessons step <lesson>`.
 * Quit or Esc leaves quietly (exit 0), Ctrl-C with a StoppedError (exit 130; in the quiz, the
 * answers given are saved).
 * Without a terminal main.ts prints the help instead, so a script never waits on a menu.
 *
 * Every entry is a value and an action: `lesson:<id>` plays that lesson, `quiz` starts the quiz,
 * `step` asks which lesson to step through, `quit` leaves. The menu shows the lessons' catalog
 * only: nothing is loaded until one is picked.
 */
import { displayWidth, padEnd } from '../../ui/width.js'
import { figure } from '../../ui/seconds.js'
import type { CommandContext } from '../context.js'
import { stopped, type Choice, type LiveTerminal } from '../terminal/live.js'
import { lessonCatalog } from './list.js'
import type { QuizIo } from './quiz.js'
import { runCommand } from './run.js'
import type { StepScreen } from '../terminal/stepper.js'

const LESSON = 'lesson:'
const QUIZ = 'quiz'
const QUIT = 'quit'
const STEP = 'step'

/**
 * `quizIo`: the quiz's connections, made only if the quiz is picked; `stepScreen`: the step
 * viewer's screen, made only if Step through is picked (absent: the menu does not offer it).
 */
export async function menuCommand(ctx: CommandContext, live: LiveTerminal, quizIo: () => Promise<QuizIo>, stepScreen?: () => Promise<StepScreen>): Promise<void> {
  const { tr } = ctx.ui
  const catalog = await lessonCatalog(ctx)
  const playable = catalog.entries.flatMap((entry) => (entry.valid && entry.title !== null && entry.total !== null ? [{ ...entry, title: entry.title, total: entry.total }] : []))
  const titles = playable.map((entry) => `${String(entry.number).padStart(2, '0')}  ${tr.pick(entry.title)}`)
  // Padded, so that the totals beside them line up.
  const width = Math.max(0, ...titles.map(displayWidth))
  const lessons: Choice[] = playable.map((entry, i) => ({
    value: LESSON + entry.id,
    label: padEnd(titles[i]!, width),
    hint: figure(entry.total),
  }))
  const others: Choice[] = [
    { value: QUIZ, label: tr.t('menu.quiz') },
    ...(stepScreen === undefined ? [] : [{ value: STEP, label: tr.t('menu.step') }]),
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
  } else if (picked.value === STEP && stepScreen !== undefined) {
    const lesson = await live.pick(tr.t('menu.stepWhich'), lessons)
    if (lesson.kind !== 'picked') {
      if (lesson.kind === 'interrupted') throw stopped()
      return
    }
    const { stepCommand } = await import('./step.js')
    await stepCommand({ lesson: lesson.value.slice(LESSON.length), engine: 'embedded' }, ctx, await stepScreen())
  }
}
