/** `asyncio-lessons show <lesson>`: the program and the explanation, without running anything. */
import { InvalidLessonError } from '../../lessons/problems.js'
import { selectLessons } from '../../lessons/select.js'
import { print, type CommandContext } from '../context.js'
import { codeBlock, explanation, sectionHeading, titleBar } from '../views/lesson.js'

export interface ShowOptions {
  readonly lesson: string
}

export async function showCommand(options: ShowOptions, ctx: CommandContext): Promise<void> {
  const { ui } = ctx
  const [entry] = selectLessons((await ctx.library({ programs: false })).entries, [options.lesson])
  if (entry!.lesson === null) throw new InvalidLessonError(entry!.problems)
  const lesson = entry!.lesson
  print(ctx, [
    ...titleBar(entry!, ui),
    '',
    ...sectionHeading(ui.tr.t('run.code'), ui),
    ...codeBlock(lesson.source, ui),
    '',
    ...sectionHeading(ui.tr.t('run.explanation'), ui),
    ...explanation(lesson, ui),
    '',
  ])
}
