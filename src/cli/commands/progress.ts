/**
 * `asyncio-lessons progress reset [--yes]`: forgets all saved quiz progress, after asking (a yes/no
 * prompt in a terminal). Without a terminal it cannot ask, so it refuses unless given `--yes`
 * (exit 2), rather than deleting anything unasked.
 */
import { StoppedError, UsageError } from '../../errors.js'
import { bilingual } from '../../ui/i18n.js'
import { print, type CommandContext } from '../context.js'
import { Cancelled, type Asker } from '../quiz/asker.js'

export interface ProgressOptions {
  readonly action: 'reset'
  /** Reset without asking. */
  readonly yes: boolean
}

export interface ProgressIo {
  readonly store: { readonly path: string; reset(): boolean }
  /** Asks in the terminal; null when there is none. */
  readonly asker: (() => Promise<Asker>) | null
}

export async function progressCommand(options: ProgressOptions, ctx: CommandContext, io: ProgressIo): Promise<void> {
  const { tr } = ctx.ui
  const path = io.store.path
  if (!options.yes) {
    if (io.asker === null) throw new UsageError(bilingual('progress.reset.needsYes'))
    const asker = await io.asker()
    let yes: boolean
    try {
      yes = await asker.confirm(tr.t('progress.reset.confirm', { path }))
    } catch (error) {
      if (error instanceof Cancelled) throw new StoppedError(bilingual('progress.reset.kept'))
      throw error
    } finally {
      asker.close()
    }
    if (!yes) {
      print(ctx, tr.t('progress.reset.kept'))
      return
    }
  }
  print(ctx, tr.t(io.store.reset() ? 'progress.reset.done' : 'progress.reset.nothing', { path }))
}
