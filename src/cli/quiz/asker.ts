/**
 * How the quiz asks for an answer, whatever the terminal: enquirer prompts on a TTY (enquirer.ts),
 * numbered lines read from stdin otherwise (piped.ts). The quiz command prints each question and
 * only asks the Asker for the answer, so both modes show the same questions and feedback.
 *
 * An Asker reports the three ways asking can end without an answer as the errors below; the
 * command turns them into messages with the question's number.
 */

export interface Asker {
  /** The items reordered: their shown indexes, first printed first. */
  order(items: readonly string[]): Promise<number[]>
  /** One of the choices: its index. */
  pick(choices: readonly string[]): Promise<number>
  /** A yes/no question; `no` unless the user says yes. */
  confirm(question: string): Promise<boolean>
  /** Releases the input (stdin can end and the process exit). */
  close(): void
}

/** Ctrl-C or Esc at a prompt. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled')
  }
}

/** Piped input ended before this answer. */
export class NoMoreInput extends Error {
  constructor() {
    super('no more input')
  }
}

/** A piped line that is not an answer to the question asked. */
export class MalformedInput extends Error {
  constructor(
    /** 1-based line number on stdin. */
    readonly line: number,
    readonly text: string,
  ) {
    super(`malformed input on line ${line}: ${text}`)
  }
}
