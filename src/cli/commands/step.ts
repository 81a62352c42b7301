/**
 * `asyncio-lessons step <lesson>`: walks a lesson's run one event-loop iteration at a time. The run
 * is recorded once with its schedule (task, thread and iteration events) and cut into frames
 * (src/step/frames.ts); nothing is run again while stepping.
 *
 * On a terminal (a `screen` is given: stdin and stdout both a TTY) the steps are shown one screen
 * at a time, keys moving between them; otherwise every step is printed as a block of plain text and
 * the command ends (exit 0). An engine that recorded no iteration at all is an EngineUnavailableError
 * (exit 3): there would be nothing to step through.
 */
import { EngineUnavailableError } from '../../errors.js'
import type { EngineName } from '../../lessons/engines.js'
import type { Lesson } from '../../lessons/loader.js'
import { InvalidLessonError } from '../../lessons/problems.js'
import type { Trace } from '../../scheduler/trace.js'
import { selectLessons } from '../../lessons/select.js'
import { buildSteps, type StepRun } from '../../step/frames.js'
import { press } from '../../step/navigate.js'
import { screenLines, textBlock, textPreamble, type StepUi } from '../../step/render.js'
import { bilingual } from '../../ui/i18n.js'
import { print, type CommandContext } from '../context.js'
import type { StepScreen } from '../terminal/stepper.js'
import { engineName } from '../views/evaluation.js'
import { titleBar } from '../views/lesson.js'

export interface StepOptions {
  readonly lesson: string
  /** `auto` (no `--engine`): CPython when it can run, for its line marks; else the embedded scheduler. */
  readonly engine: EngineName | 'auto'
}

/** Every step as text, one block after another, after the lesson's title. */
function printSteps(run: StepRun, source: string, ui: StepUi, ctx: CommandContext, title: readonly string[]): void {
  const note = textPreamble(run, ui)
  const lines: string[] = [...title, ...(note.length > 0 ? ['', ...note] : [])]
  for (const frame of run.frames) lines.push('', ...textBlock(run, frame, source, ui))
  print(ctx, lines)
}

/** The lesson's run with its schedule; `auto` falls back to the embedded scheduler when CPython cannot run. */
async function recordedRun(lesson: Lesson, choice: StepOptions['engine'], ctx: CommandContext): Promise<{ engine: EngineName; trace: Trace }> {
  if (choice !== 'auto') return { engine: choice, trace: await ctx.runEngine(lesson, choice, { record: 'steps' }) }
  try {
    return { engine: 'python', trace: await ctx.runEngine(lesson, 'python', { record: 'steps' }) }
  } catch (error) {
    if (!(error instanceof EngineUnavailableError)) throw error
    return { engine: 'embedded', trace: await ctx.runEngine(lesson, 'embedded', { record: 'steps' }) }
  }
}

export async function stepCommand(options: StepOptions, ctx: CommandContext, screen: StepScreen | null): Promise<void> {
  const library = await ctx.library({ programs: true })
  const [entry] = selectLessons(library.entries, [options.lesson])
  const lesson = entry!.lesson
  if (lesson === null) throw new InvalidLessonError(entry!.problems)
  const { engine, trace } = await recordedRun(lesson, options.engine, ctx)
  if (!trace.events.some((event) => event.kind === 'iteration')) {
    throw new EngineUnavailableError(bilingual('step.noIterations', { engine: engineName(engine), lesson: entry!.number }))
  }
  const run = buildSteps(trace)
  const { ui } = ctx
  if (screen === null) return printSteps(run, lesson.source, ui, ctx, titleBar(entry!, ui))
  await screen.show({
    draw: (cursor, size) => screenLines(run, run.frames[cursor.index]!, lesson.source, { ...ui, width: size.columns }, { height: size.rows, ...(cursor.jump === undefined ? {} : { jump: cursor.jump }) }),
    press: (cursor, key) => press(run.frames, cursor, key),
  })
}
