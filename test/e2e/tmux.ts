/**
 * The built bin in a real pseudo-terminal: a tmux server of the test's own (`-L`, so no one else's
 * sessions are touched), keys sent as a user types them, the screen read back.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { BIN_PATH } from './bin.js'

export const hasTmux = spawnSync('tmux', ['-V']).status === 0

export class Tmux {
  private readonly socket = `asyncio-lessons-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  private readonly session = 'e2e'

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' })
  }

  /** Starts `asyncio-lessons <args>` in a 100×30 terminal; `EXIT=<code>` is printed when it ends. */
  start(args: string, env: Record<string, string> = {}): void {
    const vars = Object.entries({ LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${v}`)
    const command = `env -i PATH="$PATH" HOME="$HOME" ${vars.join(' ')} node ${BIN_PATH} ${args}; echo EXIT=$?; sleep 600`
    this.tmux('new-session', '-d', '-s', this.session, '-x', '100', '-y', '30', command)
  }

  keys(...names: string[]): void {
    this.tmux('send-keys', '-t', this.session, ...names)
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', this.session, '-S', '-200')
  }

  /** Whether the terminal's cursor is visible. */
  cursorVisible(): boolean {
    return this.tmux('display', '-p', '-t', this.session, '#{cursor_flag}').trim() === '1'
  }

  async waitFor(text: string | RegExp, timeout = 15_000): Promise<string> {
    const deadline = Date.now() + timeout
    for (;;) {
      const shown = this.screen()
      if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the screen:\n${shown}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'])
  }
}
