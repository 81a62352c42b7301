/**
 * The spinner, drawn by ora. This module is the only one that imports ora, and it is bundled into a
 * file of its own (asyncio-lessons.spinner.cjs, see scripts/build-bin.ts) that is read only when a
 * spinner is shown, so that nothing else pays for ora's start-up. For the same reason it imports
 * nothing of ours but types.
 *
 * Invariants: the spinner draws only while shown; `hide` erases it and makes the cursor visible
 * again, and is safe to call when hidden.
 */
import ora from 'ora'

export interface Spinner {
  /** Shows the spinner with this text, or changes the text when it is already shown. */
  show(text: string): void
  /** Erases the spinner; the cursor is visible again. */
  hide(): void
}

export interface SpinnerOptions {
  readonly stream: NodeJS.WriteStream
  /** Colour the spinner's frames (cyan) or not. */
  readonly color: boolean
}

export function createSpinner({ stream, color }: SpinnerOptions): Spinner {
  // The caller shows a spinner only on a terminal (ora's own check would also refuse on CI), and
  // reads the keyboard itself meanwhile (main.ts), so that Ctrl-C is heard on every Node version.
  const spinner = ora({ stream, color: color ? 'cyan' : false, isEnabled: true, hideCursor: true, discardStdin: false })
  return {
    show(text) {
      if (spinner.isSpinning) spinner.text = text
      else spinner.start(text)
    },
    hide() {
      if (spinner.isSpinning) spinner.stop()
    },
  }
}
