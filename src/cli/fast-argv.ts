/**
 * The few command lines the bin answers without commander (fast-path.ts): `--version` / `-V`, and
 * `list` with `--json`, `--lang`, `--no-color`. A pure function of argv, so every row is testable.
 *
 * Invariant: it recognises a command line only when commander would read it the same way and
 * succeed; anything else, including every command, option and spelling it does not know (new ones
 * too), is null, and the full CLI parses it. Being wrong here costs only speed, never behaviour, as
 * long as it errs towards null.
 */
import type { LangChoice } from '../ui/i18n.js'

/** What the bin answers itself; null: the full CLI's business. */
export type FastRequest =
  | { readonly command: 'version' }
  | {
      readonly command: 'list'
      /** The last `--lang` given (commander keeps the last); undefined: from the locale. */
      readonly lang: LangChoice | undefined
      /** false for `--no-color`; undefined when not given. */
      readonly color: false | undefined
      readonly json: boolean
    }

// Spelled out rather than imported from i18n.ts, which would bring both message catalogs into
// `--version`'s path; a test keeps the two lists equal.
export const FAST_LANG_CHOICES: readonly LangChoice[] = ['zh', 'en', 'both']

const isLang = (value: string | undefined): value is LangChoice => value !== undefined && (FAST_LANG_CHOICES as readonly string[]).includes(value)

/**
 * `[global options] --version` (or `-V`), `[global options] list [global options | --json]`, where
 * the global options are `--no-color`, `--lang <zh|en|both>` and `--lang=<zh|en|both>`.
 */
export function fastRequest(argv: readonly string[]): FastRequest | null {
  let lang: LangChoice | undefined
  let color: false | undefined
  let json = false
  let list = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--no-color') color = false
    else if (arg === '--lang' && isLang(argv[i + 1])) lang = argv[++i] as LangChoice
    else if (arg.startsWith('--lang=') && isLang(arg.slice('--lang='.length))) lang = arg.slice('--lang='.length) as LangChoice
    // commander answers --version as soon as it reads it; only as the last word is nothing after it skipped.
    else if ((arg === '--version' || arg === '-V') && !list && i === argv.length - 1) return { command: 'version' }
    else if (arg === 'list' && !list) list = true
    else if (arg === '--json' && list) json = true
    else return null
  }
  return list ? { command: 'list', lang, color, json } : null
}
