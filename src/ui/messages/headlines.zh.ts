/**
 * 标题结论（文章中的结果，每次运行都会核对）和总时长的中文字符串，展开到 zh.ts 中。
 * 与 headlines.en.ts 的键完全相同。
 */
import type { headlinesEn } from './headlines.en.js'

export const headlinesZh: Readonly<Record<keyof typeof headlinesEn, string>> = {
  'headline.source': '（文章 {id}）',
  'headline.failed': '{file}：{field}：“{claim}”不成立：{why}',
  'check.headlines': '文章结论 {ok}/{count}',
}
