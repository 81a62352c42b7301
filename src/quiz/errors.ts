/**
 * The quiz's errors, each with its exit code: answers on stdin that run out or cannot be read (2, a
 * usage error), progress that cannot be saved (1). Ctrl-C at a prompt is errors.ts's StoppedError (130).
 */
import { AppError, UsageError, type Bilingual } from '../errors.js'

/** Piped answers that ran out before the last question, or a line that is not an answer. */
export class AnswerInputError extends UsageError {}

/** The progress file could not be written; what was saved before is untouched. */
export class ProgressSaveError extends AppError {
  readonly exitCode = 1
  constructor(
    text: Bilingual,
    readonly code: string | undefined,
  ) {
    super(text)
  }
}
