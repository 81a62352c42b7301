/**
 * `asyncio-lessons list [--json]`: every lesson with its number, id, title, topics and the program's
 * total time. A lesson folder with problems is listed as invalid (`check` says why) rather than hidden.
 */
import { catalogOf, type Catalog, type CatalogEntry } from '../../lessons/catalog.js'
import { figure } from '../../ui/seconds.js'
import { problemText } from '../../lessons/problems.js'
import { lessonStatus, type Progress } from '../../quiz/progress.js'
import { displayWidth, padEnd, wrap } from '../../ui/width.js'
import { print, type CommandContext, type Ui } from '../context.js'
import { sentences } from '../views/evaluation.js'
import { quizCell, type ListedQuiz } from '../views/quiz.js'

export interface ListOptions {
  readonly json: boolean
}

export interface ListedLesson extends CatalogEntry {
  /** Saved quiz progress; absent when progress was not read. */
  readonly quiz?: ListedQuiz
}

interface Column {
  readonly header: string
  readonly cells: readonly string[]
  /** Flexible columns share the width left by the fixed ones. */
  readonly flex: number
}

/** A table whose flexible cells wrap by display width; rows grow to their tallest cell. */
function table(columns: readonly Column[], ui: Ui): string[] {
  const gap = 2
  const natural = columns.map((c) => Math.max(displayWidth(c.header), ...c.cells.map(displayWidth)))
  const fixed = columns.reduce((sum, c, i) => sum + (c.flex === 0 ? natural[i]! : 0), 0)
  const flexTotal = columns.reduce((sum, c) => sum + c.flex, 0)
  // At least 8 columns for each flexible column: below that the table may run past the width.
  const room = Math.max(8 * columns.filter((c) => c.flex > 0).length, ui.width - fixed - gap * (columns.length - 1))
  const widths = columns.map((c, i) => (c.flex === 0 ? natural[i]! : Math.min(natural[i]!, Math.max(8, Math.floor((room * c.flex) / flexTotal)))))
  const row = (cells: readonly string[], paint: (s: string) => string = (s) => s): string[] => {
    const wrapped = cells.map((cell, i) => (columns[i]!.flex === 0 ? [cell] : wrap(cell, widths[i]!)))
    const height = Math.max(...wrapped.map((w) => w.length))
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, i) => padEnd(w[line] ?? '', i === cells.length - 1 ? 0 : widths[i]!))
        .join(' '.repeat(gap))
        .trimEnd(),
    ).map(paint)
  }
  const rows = columns[0]!.cells.map((_, r) => row(columns.map((c) => c.cells[r]!)))
  return [...row(columns.map((c) => c.header), ui.style.bold), ...rows.flat()]
}

/** The lessons as `list` and the menu show them: the context's catalog, else the loaded library's. */
export async function lessonCatalog(ctx: CommandContext): Promise<Catalog> {
  return ctx.catalog !== undefined ? ctx.catalog() : catalogOf(await ctx.library({ programs: false }))
}

/** `progress`: where saved quiz progress is read from, for the quiz column and `quiz` in JSON. */
export async function listCommand(options: ListOptions, ctx: CommandContext, progress?: { load(): Progress }): Promise<void> {
  const { ui } = ctx
  const library = await lessonCatalog(ctx)
  const saved = progress?.load()
  const listed: ListedLesson[] = library.entries.map((entry) => ({
    number: entry.number,
    id: entry.id,
    slug: entry.slug,
    title: entry.title,
    topics: entry.topics,
    total: entry.total,
    valid: entry.valid,
    ...(saved === undefined ? {} : { quiz: lessonStatus(saved, entry.id) }),
  }))
  if (options.json) {
    print(ctx, JSON.stringify({ lessons: listed }, null, 2))
    return
  }
  const { tr } = ui
  print(
    ctx,
    table(
      [
        { header: tr.t('list.number'), cells: listed.map((l) => String(l.number).padStart(2, '0')), flex: 0 },
        { header: tr.t('list.id'), cells: listed.map((l) => l.id), flex: 0 },
        {
          header: tr.t('list.title'),
          cells: listed.map((l) => (l.title === null ? tr.t('list.invalid', { id: l.id }) : tr.pick(l.title))),
          flex: 3,
        },
        { header: tr.t('list.topics'), cells: listed.map((l) => l.topics.join(', ')), flex: 2 },
        { header: tr.t('list.total'), cells: listed.map((l) => (l.total === null ? '' : figure(l.total))), flex: 0 },
        // Only once some quiz was taken: an empty column would only take room.
        ...(saved === undefined || Object.keys(saved.lessons).length === 0
          ? []
          : [{ header: tr.t('list.quiz'), cells: listed.map((l) => quizCell(l.quiz, ui)), flex: 0 }]),
      ],
      ui,
    ),
  )
  if (library.problems.length > 0) {
    print(ctx, ['', ui.style.yellow(tr.t('list.problems')), ...library.problems.flatMap((p) => sentences(problemText(p), ui))])
  }
}
