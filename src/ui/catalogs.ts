/**
 * The interface's message catalogs, by language: what i18n.ts looks messages up in.
 *
 * A module of its own so that the bin's build (scripts/build-bin.ts) can replace it: in the bin each
 * catalog is a JSON file beside the bundles, read and parsed the first time its language is used,
 * so a command shown in one language never parses the other's several hundred messages, and no
 * bundle carries them. From source both are plain imports.
 *
 * Invariant: the replacement returns the same messages for each language as this module.
 */
import type { Lang } from './i18n.js'
import { en, type Messages } from './messages/en.js'
import { zh } from './messages/zh.js'

export function messagesOf(lang: Lang): Messages {
  return lang === 'en' ? en : zh
}
