/**
 * Errors the tool reports to the user. Each carries its exit code and its message in both
 * languages; the CLI's top level prints the one in the user's language, never a stack trace.
 */

/** 130: interrupted by Ctrl-C (128 + SIGINT), as shells report it. */
export type ExitCode = 1 | 2 | 3 | 130

export interface Bilingual {
  readonly en: string
  readonly zh: string
}

export abstract class AppError extends Error {
  abstract readonly exitCode: ExitCode
  constructor(readonly text: Bilingual) {
    super(text.en)
    this.name = new.target.name
  }
}

/** The user asked for something that does not exist or cannot be (unknown lesson, bad option value). */
export class UsageError extends AppError {
  readonly exitCode = 2

  /** What is wrong, then on a line of its own the hint (`Run "asyncio-lessons run --help" ...`), in each language. */
  static withHint(reason: Bilingual, hint: Bilingual): UsageError {
    return new UsageError({ en: `${reason.en}\n${hint.en}`, zh: `${reason.zh}\n${hint.zh}` })
  }
}

/** An engine cannot run here: python3 missing or too old. */
export class EngineUnavailableError extends AppError {
  readonly exitCode = 3
}

/** A check found a difference between what a lesson claims and what a run produced. */
export class MismatchError extends AppError {
  readonly exitCode = 1
}

/** Ctrl-C stopped a command that was waiting (a real-time replay, the menu): exit 130, as a shell reports SIGINT. */
export class StoppedError extends AppError {
  readonly exitCode = 130
}
