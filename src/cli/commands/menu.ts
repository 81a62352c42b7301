/**
 * `asyncio-lessons` with no command, on a terminal: a list to pick a lesson from (↑/↓, Enter);
 * the lesson picked plays as `asyncio-lessons run <lesson>` would. Quit or Esc leaves quietly
 * (exit 0), Ctrl-C with a StoppedError (exit 130). Without a terminal main.ts prints the help
 * instead, so a script never waits on a menu.
 *
 * Every entry is a value and an action: `lesson:<id>` plays that lesson, `quit` leaves. Entries
 * that are not lessons go between the lessons and Quit (see `ENTRIES_AFTER_LESSONS`).
 */
import { displayWidth, padEnd } from '../../ui/width.js'
import { headline } from '../views/evaluation.js'
import type { CommandContext } from '../context.js'
import { stopped, type Choice, type LiveTerminal } from '../terminal/live.js'
import { runCommand } from './run.js'

const LESSON = 'lesson:'
const QUIT = 'quit'

/**
 * Entries shown after the lessons, each with its action: the place for the quiz
 * (`{ value: 'quiz', label: tr.t('menu.quiz') }`, acted on in `menuCommand` below).
 */
const ENTRIES_AFTER_LESSONS: readonly Choice[] = []

export async function menuCommand(ctx: CommandContext, live: LiveTerminal): Promise<void> {
  const { tr } = ctx.ui
  const library = await ctx.library({ programs: false })
  const playable = library.entries.flatMap((entry) => (entry.lesson === null ? [] : [{ entry, lesson: entry.lesson }]))
  const titles = playable.map(({ entry, lesson }) => `${String(entry.number).padStart(2, '0')}  ${tr.pick(lesson.definition.title)}`)
  // Padded, so that the totals beside them line up.
  const width = Math.max(0, ...titles.map(displayWidth))
  const lessons: Choice[] = playable.map(({ entry, lesson }, i) => ({
    value: LESSON + entry.id,
    label: padEnd(titles[i]!, width),
    hint: headline(lesson.definition.total),
  }))
  const picked = await live.pick(tr.t('menu.message'), [...lessons, ...ENTRIES_AFTER_LESSONS, { value: QUIT, label: tr.t('menu.quit') }])
  if (picked.kind !== 'picked') {
    if (picked.kind === 'interrupted') throw stopped()
    return
  }
  if (picked.value.startsWith(LESSON)) {
    const id = picked.value.slice(LESSON.length)
    await runCommand({ lessons: [id], engine: 'embedded', code: true, explain: true, json: false }, { ...ctx, live })
  }
}
