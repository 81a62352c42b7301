/**
 * The interactive step-through viewer: a whole screen per step in the terminal's alternate screen
 * buffer, redrawn on every key and on every resize, until the user quits.
 *
 * Raw keys come from stdin: the live terminal's `interruptible` (main.ts) puts it in raw mode and
 * turns Ctrl-C into an aborted signal, as for `run --realtime`; the viewer also reads Ctrl-C itself
 * (ETX), so it stops the same way on any raw stdin. What a key does is src/step/navigate.ts's
 * business, what a screen shows src/step/render.ts's.
 *
 * Invariants: however the viewer ends (q/Esc, Ctrl-C, an error), the cursor is shown again, the
 * normal screen is back, its listeners are gone, and raw mode is as it found it; Ctrl-C rejects
 * with a StoppedError (exit 130).
 */
import type { Cursor, Move } from '../../step/navigate.js'
import { splitKeys } from '../../step/navigate.js'
import { stopped, type LiveTerminal } from './live.js'

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[?25l'
const LEAVE_ALT_SCREEN = '\u001b[?25h\u001b[?1049l'
const HOME = '\u001b[H'
const CLEAR_LINE_END = '\u001b[K'
const CLEAR_BELOW = '\u001b[J'

export interface ScreenSize {
  readonly columns: number
  readonly rows: number
}

/** What the viewer shows and how keys move it. */
export interface StepView {
  draw(cursor: Cursor, size: ScreenSize): readonly string[]
  press(cursor: Cursor, key: string): Move
}

export interface StepScreen {
  /** Shows the steps until the user quits; rejects with a StoppedError on Ctrl-C. */
  show(view: StepView): Promise<void>
}

export interface StepScreenIo {
  readonly stdin: NodeJS.ReadStream
  readonly stdout: NodeJS.WriteStream
}

const FALLBACK: ScreenSize = { columns: 80, rows: 24 }

export function stepScreen(io: StepScreenIo, live: Pick<LiveTerminal, 'interruptible'>): StepScreen {
  const { stdin, stdout } = io
  const size = (): ScreenSize => ({ columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows })
  return {
    show: (view) =>
      live.interruptible(
        (signal) =>
          new Promise<void>((resolve, reject) => {
            let cursor: Cursor = { index: 0 }
            // Raw mode is normally on already (interruptible sets it); a viewer must never echo keys.
            const madeRaw = stdin.isTTY === true && !stdin.isRaw
            const draw = (): void => {
              const lines = view.draw(cursor, size())
              stdout.write(HOME + lines.map((line) => line + CLEAR_LINE_END).join('\r\n') + CLEAR_BELOW)
            }
            let finished = false
            const finish = (error?: unknown): void => {
              if (finished) return
              finished = true
              stdin.off('data', onData)
              stdout.off('resize', draw)
              signal.removeEventListener('abort', onAbort)
              if (madeRaw) stdin.setRawMode(false)
              stdin.pause()
              stdout.write(LEAVE_ALT_SCREEN)
              if (error === undefined) resolve()
              else reject(error)
            }
            const onAbort = (): void => finish(signal.reason)
            const onData = (chunk: Buffer | string): void => {
              try {
                for (const key of splitKeys(chunk.toString())) {
                  const move = view.press(cursor, key)
                  if (move.kind === 'quit') return finish()
                  if (move.kind === 'interrupt') return finish(stopped())
                  cursor = move.cursor
                }
                draw()
              } catch (error) {
                finish(error)
              }
            }
            if (signal.aborted) return reject(signal.reason)
            if (madeRaw) stdin.setRawMode(true)
            stdout.write(ENTER_ALT_SCREEN)
            signal.addEventListener('abort', onAbort, { once: true })
            stdout.on('resize', draw)
            stdin.on('data', onData)
            stdin.resume()
            draw()
          }),
      ),
  }
}
