/**
 * Answers asked in the terminal with enquirer, loaded only here (the quiz in a TTY and `progress
 * reset`'s confirmation): a sort prompt for order questions (Shift+↑/↓ moves a line), a select
 * prompt for time and concept questions, a confirm prompt for yes/no.
 *
 * Ctrl-C or Esc cancels a prompt: enquirer then restores the cursor and the terminal's mode and
 * rejects with an empty string, which becomes Cancelled. Any other rejection is a real error.
 */
import type { Translator } from '../../ui/i18n.js'
import { Cancelled, type Asker } from './asker.js'

interface Prompt {
  run(): Promise<unknown>
}
type PromptClass = new (options: Record<string, unknown>) => Prompt
interface Prompts {
  readonly Sort: PromptClass
  readonly Select: PromptClass
  readonly Confirm: PromptClass
}

export interface TerminalStreams {
  readonly input: NodeJS.ReadableStream
  readonly output: NodeJS.WritableStream
}

async function answer(prompt: Prompt): Promise<unknown> {
  try {
    return await prompt.run()
  } catch (error) {
    if (error === '' || error === undefined) throw new Cancelled()
    throw error
  }
}

/** Choices are named by their text, which enquirer shows once answered; by index if two are alike. */
function choiceNames(labels: readonly string[]): string[] {
  return new Set(labels).size === labels.length ? [...labels] : labels.map((_, i) => String(i + 1))
}

/** `colour`: false for --no-color, NO_COLOR and the like, which enquirer does not read itself. */
export async function enquirerAsker(streams: TerminalStreams, tr: Translator, colour: boolean): Promise<Asker> {
  const loaded = (await import('enquirer')) as unknown as { default?: Prompts } & Prompts
  const prompts: Prompts = loaded.default ?? loaded
  const io = { stdin: streams.input, stdout: streams.output, styles: { enabled: colour } }
  return {
    async order(items) {
      const names = choiceNames(items)
      const choices = items.map((item, i) => ({ name: names[i], message: item }))
      const prompt = new prompts.Sort({ ...io, name: 'order', message: tr.t('quiz.tty.order'), hint: tr.t('quiz.tty.orderHint'), numbered: true, choices })
      const value = (await answer(prompt)) as string[]
      return value.map((name) => names.indexOf(name))
    },
    async pick(labels) {
      const names = choiceNames(labels)
      const choices = labels.map((label, i) => ({ name: names[i], message: label }))
      const prompt = new prompts.Select({ ...io, name: 'answer', message: tr.t('quiz.tty.pick'), choices })
      return names.indexOf((await answer(prompt)) as string)
    },
    async confirm(question) {
      return (await answer(new prompts.Confirm({ ...io, name: 'confirm', message: question, initial: false }))) === true
    },
    close() {},
  }
}
