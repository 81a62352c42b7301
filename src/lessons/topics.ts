/**
 * The fixed vocabularies a lesson's metadata draws from: topics (for `list` and, later, search)
 * and the source articles (shared/seeds/). A lesson naming anything else fails validation, so a
 * typo cannot quietly create a new topic.
 */

export const TOPICS = [
  'coroutine',
  'asyncio.run',
  'await',
  'create_task',
  'task',
  'return-value',
  'gather',
  'wait',
  'wait_for',
  'timeout',
  'cancel',
  'future',
  'ensure_future',
  'event-loop',
  'run_until_complete',
  'legacy-api',
  'threads',
  'run_coroutine_threadsafe',
  'blocking',
  'io',
  'semaphore',
  'pitfall',
  'warning',
] as const

export type Topic = (typeof TOPICS)[number]

/** The source articles, by the stem of their file in shared/seeds/. */
export const ARTICLES = {
  '000_e06858303655a35c': 'Python中协程异步IO(asyncio)理解与入门',
  '001_361b7303b1ac2a15': 'Python专题 | Python异步编程',
  '002_40e19c09442e2905': '【Python学习】async 异步协程进阶',
  '003_dc5f40af9c7b7458': 'asyncio (bilibili BV1oa411b7c9)',
  '004_6731580dbfcb4d9f': 'asyncio: event loop, coroutine, task, future',
} as const

export type ArticleId = keyof typeof ARTICLES

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (TOPICS as readonly string[]).includes(value)
}

export function isArticleId(value: unknown): value is ArticleId {
  return typeof value === 'string' && Object.hasOwn(ARTICLES, value)
}
