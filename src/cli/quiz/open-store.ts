/**
 * The progress store as every command opens it: its warnings (a file set aside, a save that
 * failed) go to stderr in the user's language. A module of its own, without the store's default
 * location (quiz/location.ts loads env-paths), so that `list` on the bin's fast path can open the
 * store at a path it found more cheaply.
 */
import { ProgressStore } from '../../quiz/store.js'
import type { CommandContext } from '../context.js'

export function openStoreAt(path: string, ctx: CommandContext, pid: number): ProgressStore {
  return new ProgressStore(path, {
    pid,
    warn: (text) => {
      for (const line of ctx.ui.tr.lines(text)) ctx.out.error(`${ctx.ui.style.yellow(line)}\n`)
    },
  })
}
