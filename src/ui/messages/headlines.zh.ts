/**
 * 文章结论（文章中的结果，每次运行都会核对）的中文字符串：结论的依据、运行实际显示的结果，以及
 * check 的计数，展开到 zh.ts 中。与 headlines.en.ts 的键完全相同。
 */
import type { headlinesEn } from './headlines.en.js'

export const headlinesZh: Readonly<Record<keyof typeof headlinesEn, string>> = {
  'headline.source': '（文章 {id}）',
  'headline.failed': '{file}：{field}：“{claim}”不成立：{why}',
  'headline.why': '{proof}，但{actual}',
  'headline.proof.total': '总时长 {figure}',
  'headline.proof.line': '"{line}" 在 {figure} 打印',
  'headline.proof.span': '从 "{from}" 到 "{to}"：{figure}',
  'headline.proof.ends': '在 {figure} 以{outcome}结束',
  'headline.outcome.deadlock': '死锁',
  'headline.outcome.exception': '未捕获的异常',
  'headline.outcome.runaway': '失控的循环',
  'headline.actual.shows': '运行结果为 {figure}',
  'headline.actual.notEnding': '运行并未以{outcome}结束',
  'headline.actual.lacksLine': '运行结果中缺少它提到的行',
  'check.headlines': '文章结论 {ok}/{count}',
}
