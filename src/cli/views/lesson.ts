/**
 * How a lesson looks in the terminal: the title bar, the numbered and highlighted program, the
 * explanation. Pure functions from a lesson and the UI settings to lines of text.
 */
import type { Lesson, LessonEntry } from '../../lessons/loader.js'
import { renderMarkdown } from '../../ui/markdown.js'
import { highlightPython } from '../../ui/python.js'
import { hardWrapSpans, render, span } from '../../ui/spans.js'
import { displayWidth, wrap } from '../../ui/width.js'
import type { Ui } from '../context.js'

/** `━━ Lesson 3 · create_task: overlapping the waits ━━━━━━`, wrapped when the title is too long. */
export function titleBar(entry: LessonEntry, ui: Ui): string[] {
  const { tr, style, width } = ui
  const heading = tr.t('lesson.heading', { number: entry.number })
  const title = entry.lesson === null ? entry.id : tr.pick(entry.lesson.definition.title)
  const text = `${heading} · ${title}`
  const lines = wrap(text, Math.max(10, width - 4))
  return lines.map((line, i) => {
    const last = i === lines.length - 1
    const rule = last ? ' ' + '━'.repeat(Math.max(2, width - displayWidth(line) - 4)) : ''
    return (i === 0 ? style.bold(style.cyan('━━ ')) : '   ') + style.bold(line) + style.cyan(rule)
  })
}

export function sectionHeading(text: string, ui: Ui): string[] {
  return wrap(text, ui.width).map((line) => ui.style.bold(line))
}

/** The program with line numbers, highlighted, long lines cut with a continuation gutter. */
export function codeBlock(source: string, ui: Ui): string[] {
  const { style, width } = ui
  const rows = source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n')
  const digits = String(rows.length).length
  const gutter = digits + 4
  const out: string[] = []
  rows.forEach((row, i) => {
    const pieces = hardWrapSpans(highlightPython(row), Math.max(10, width - gutter))
    pieces.forEach((piece, j) => {
      const number = j === 0 ? String(i + 1).padStart(digits + 1) : ' '.repeat(digits + 1)
      out.push((style.gray(`${number} │ `) + render(piece.length ? piece : [span('')], style)).trimEnd())
    })
  })
  return out
}

/** The explanation in the shown languages, one after the other. */
export function explanation(lesson: Lesson, ui: Ui): string[] {
  const out: string[] = []
  for (const lang of ui.tr.langs) {
    if (out.length > 0) out.push('')
    out.push(...renderMarkdown(lesson.explanation[lang], { width: ui.width, style: ui.style, indent: '  ' }))
  }
  return out
}
