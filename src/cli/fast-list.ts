/**
 * `list` on the bin's fast path: the same listCommand as the full CLI, given the same context
 * main.ts would build (language, colour, width, the compiled-in catalog, saved progress), but built
 * without commander, node:stream, the library loader or env-paths, so `list` starts nearly as fast
 * as node.
 *
 * Invariant: it prints exactly what main.ts prints for the same request and environment (a test
 * compares the two byte for byte). It answers only for the built-in lessons compiled into the bin;
 * from source, or if listCommand reaches for anything beyond the catalog, it throws NotOnFastPath
 * before writing anything, and the caller hands the command line to the full CLI.
 */
import { builtinCatalog } from '../lessons/builtin-catalog.js'
import type { ProgressStore } from '../quiz/store.js'
import { detectLang, Translator } from '../ui/i18n.js'
import { colorLevel, loadStyle, PLAIN } from '../ui/style.js'
import { columnsOf, type OutputStream } from './columns.js'
import { listCommand } from './commands/list.js'
import type { CommandContext, OutputPort } from './context.js'
import type { FastRequest } from './fast-argv.js'
import { fastProgressPath } from './fast-progress.js'
import { openStoreAt } from './quiz/open-store.js'
import { isTerminal } from './sync-output.js'

export type ListRequest = Extract<FastRequest, { command: 'list' }>

/** The fast path cannot answer this: the full CLI must. Thrown before any output. */
export class NotOnFastPath extends Error {}

const NOT_A_TERMINAL: OutputStream = { isTTY: false }

export async function fastList(request: ListRequest, env: Readonly<Record<string, string | undefined>>, out: OutputPort): Promise<void> {
  const catalog = builtinCatalog()
  if (catalog === null) throw new NotOnFastPath('no compiled-in catalog (run from source)')
  const stdoutIsTTY = await isTerminal(1)
  // Only a terminal has a width: process.stdout (a stream to set up) is touched only then.
  const width = columnsOf(stdoutIsTTY ? process.stdout : NOT_A_TERMINAL, env)
  const tr = new Translator(request.lang ?? detectLang(env))
  const style = request.json ? PLAIN : await loadStyle(colorLevel({ env, isTTY: stdoutIsTTY, flag: request.color }))
  const unexpected = (what: string) => () => Promise.reject(new NotOnFastPath(`list asked for ${what}`))
  const ctx: CommandContext = {
    out,
    ui: { tr, style, width },
    library: unexpected('the lesson library'),
    catalog: async () => catalog,
    runEngine: unexpected('an engine'),
  }
  await listCommand({ json: request.json }, ctx, await progressStore(ctx, env))
}

/** The store at progressPath(), found without env-paths (quiz/location.ts) where fastProgressPath can. */
async function progressStore(ctx: CommandContext, env: Readonly<Record<string, string | undefined>>): Promise<ProgressStore> {
  const path = fastProgressPath(env, process.platform) ?? (await import('../quiz/location.js')).progressPath()
  return openStoreAt(path, ctx, process.pid)
}
