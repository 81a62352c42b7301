/**
 * Answers read from stdin when it is not a terminal, one per line, so a quiz can be scripted:
 * `printf '2 1 3 4\n3\n' | asyncio-lessons quiz 3`. Each question's choices are printed numbered,
 * with a line saying what answer is expected; the answer read is echoed after `›`.
 *
 * - order: the shown numbers in the order the lines are printed (`2 1 3 4`; commas work too);
 * - time and concept: one number;
 * - yes/no: y, yes, n or no.
 * Input that runs out is NoMoreInput; a line that does not answer the question is MalformedInput.
 * Nothing is skipped: a blank line is malformed, since skipping it would shift every later answer.
 */
import { createInterface, type Interface } from 'node:readline'
import type { Translator } from '../../ui/i18n.js'
import { MalformedInput, NoMoreInput, type Asker } from './asker.js'

function numbered(items: readonly string[]): string[] {
  const width = String(items.length).length
  return items.map((item, i) => `  ${String(i + 1).padStart(width)}) ${item}`)
}

export class PipedAsker implements Asker {
  private readonly reader: Interface
  private readonly lines: AsyncIterator<string>
  private lineNumber = 0

  constructor(
    input: NodeJS.ReadableStream,
    private readonly write: (text: string) => void,
    private readonly tr: Translator,
  ) {
    this.reader = createInterface({ input, terminal: false, crlfDelay: Infinity })
    this.lines = this.reader[Symbol.asyncIterator]()
  }

  private async next(): Promise<string> {
    const result = await this.lines.next()
    if (result.done === true) throw new NoMoreInput()
    this.lineNumber++
    const text = result.value.trim()
    this.write(`› ${text}\n`)
    return text
  }

  private malformed(text: string): MalformedInput {
    return new MalformedInput(this.lineNumber, text)
  }

  async order(items: readonly string[]): Promise<number[]> {
    const example = items.map((_, i) => ((i + 1) % items.length) + 1).join(' ')
    this.write([...numbered(items), this.tr.t('quiz.piped.order', { count: items.length, example }), ''].join('\n'))
    const text = await this.next()
    const parts = text.split(/[\s,，、]+/).filter((part) => part !== '')
    const picks = parts.map((part) => (/^\d+$/.test(part) ? Number(part) - 1 : -1))
    const valid = picks.length === items.length && picks.every((p) => p >= 0 && p < items.length) && new Set(picks).size === picks.length
    if (!valid) throw this.malformed(text)
    return picks
  }

  async pick(choices: readonly string[]): Promise<number> {
    this.write([...numbered(choices), this.tr.t('quiz.piped.pick', { count: choices.length }), ''].join('\n'))
    const text = await this.next()
    const index = /^\d+$/.test(text) ? Number(text) - 1 : -1
    if (index < 0 || index >= choices.length) throw this.malformed(text)
    return index
  }

  async confirm(question: string): Promise<boolean> {
    this.write(`${question} ${this.tr.t('quiz.piped.confirm')}\n`)
    const text = (await this.next()).toLowerCase()
    if (['y', 'yes', '是'].includes(text)) return true
    if (['n', 'no', '否'].includes(text)) return false
    throw this.malformed(text)
  }

  close(): void {
    this.reader.close()
  }
}
