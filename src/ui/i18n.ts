/**
 * The interface's language. `--lang` wins; otherwise the first non-empty of LC_ALL, LC_MESSAGES
 * and LANG decides (as POSIX ranks them): zh* is Chinese, anything else English. `both` shows
 * Chinese and English together: short labels as "中文 / English", sentences as two lines.
 */
import type { Bilingual } from '../errors.js'
import { messagesOf } from './catalogs.js'
import type { MessageKey } from './messages/en.js'

export type Lang = 'zh' | 'en'
export const LANG_CHOICES = ['zh', 'en', 'both'] as const
export type LangChoice = (typeof LANG_CHOICES)[number]
/** Parameters of a message; a Bilingual one is resolved in each message's own language. */
export type Params = Readonly<Record<string, string | number | Bilingual>>

export function detectLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return locale !== undefined && locale.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}

export function message(lang: Lang, key: MessageKey, params: Params = {}): string {
  return messagesOf(lang)[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'object' ? value[lang] : String(value)
  })
}

export function bilingual(key: MessageKey, params: Params = {}): Bilingual {
  return { zh: message('zh', key, params), en: message('en', key, params) }
}

export class Translator {
  /** The languages shown, in order. */
  readonly langs: readonly Lang[]
  constructor(readonly choice: LangChoice) {
    this.langs = choice === 'both' ? ['zh', 'en'] : [choice]
  }

  /** The one language to use where only one fits (JSON, help): English for `both`. */
  get single(): Lang {
    return this.choice === 'both' ? 'en' : this.choice
  }

  /** A label: "中文 / English" for `both`. */
  t(key: MessageKey, params: Params = {}): string {
    // pick(bilingual(...)), without looking up a language not shown (the bin parses each on first use).
    return this.langs.map((lang) => message(lang, key, params)).join(' / ')
  }

  /** A label of content that carries both languages (titles). */
  pick(text: Bilingual): string {
    return this.langs.map((lang) => text[lang]).join(' / ')
  }

  /** Sentences: one per shown language. */
  lines(text: Bilingual): string[] {
    return this.langs.map((lang) => text[lang])
  }
}
