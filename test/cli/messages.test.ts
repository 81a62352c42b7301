import { describe, expect, test } from 'vitest'
import { en } from '../../src/ui/messages/en.js'
import { zh } from '../../src/ui/messages/zh.js'
import { Translator, bilingual, message } from '../../src/ui/i18n.js'

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort()

describe('the UI string catalogs', () => {
  test('Chinese and English have exactly the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort())
  })

  test('no string is empty', () => {
    for (const catalog of [en, zh]) for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('')
  })

  test('each translation uses the same parameters as the English', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]))
  })

  test('parameters are filled in, and a bilingual one in each message’s own language', () => {
    expect(message('en', 'check.summary', { passed: 6, failed: 0 })).toBe('6 passed, 0 failed')
    expect(bilingual('run.output', { engine: bilingual('engine.python') })).toEqual({ en: 'Output on CPython', zh: '输出（CPython）' })
  })

  test('"both" shows Chinese then English', () => {
    const tr = new Translator('both')
    expect(tr.t('run.explanation')).toBe('讲解 / Explanation')
    expect(tr.lines({ zh: '甲', en: 'A' })).toEqual(['甲', 'A'])
    expect(tr.single).toBe('en')
  })
})
