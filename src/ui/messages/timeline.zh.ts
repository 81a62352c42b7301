/** The timeline's Chinese strings: exactly the keys of timeline.en.ts. */
import type { timelineEn } from './timeline.en.js'

export const timelineZh: Readonly<Record<keyof typeof timelineEn, string>> = {
  'run.option.timeline': '在输出之后画出时间线：每个任务和线程在虚拟时间上何时运行、等待、结束，每行输出在何时打印',
  'run.option.timelineFormat': 'text 在终端里画出时间线；svg 把它写成文件，便于放进幻灯片和笔记（隐含 --timeline）',
  'run.option.timelineOut': '要写入的 SVG 文件（默认为当前文件夹下的 <lesson-id>.timeline.svg；隐含 --timeline-format svg）',
  'help.example.timeline': '运行第 3 课，并画出各任务的时间线',
  'timeline.heading': '时间线（虚拟时间）',
  'timeline.output': '输出',
  'timeline.legend.run': '运行（不占时间）',
  'timeline.legend.sleep': '睡眠，等定时器唤醒',
  'timeline.legend.await': '等待任务、future、锁或事件',
  'timeline.legend.blocked': '阻塞了所在线程',
  'timeline.legend.ready': '已就绪，但事件循环没空',
  'timeline.legend.done': '完成',
  'timeline.legend.failed': '出错',
  'timeline.legend.cancelled': '被取消',
  'timeline.legend.pending': '运行结束时仍在等待',
  'timeline.hidden': '未显示：asyncio.run 收尾时自己创建的 {count} 个任务。',
  'timeline.notDrawn': '这里没有画出的还有 {count} 行（用 --timeline-format svg 可以全部画出来）。',
  'timeline.noTasks': '这次运行没有记录任务事件，图中只有输出。',
  'timeline.written': '时间线已写入 {path}',
  'timeline.cannotWrite': '无法把时间线写入 {path}：{reason}。请用 --timeline-out 换一个文件。',
  'timeline.outNeedsSvg': '--timeline-out 写出的是 SVG 文件：请和 --timeline-format svg 一起使用，或者不写 --timeline-format。',
  'timeline.outOneLesson': '--timeline-out 只能指定一个文件，但选中了 {count} 课。去掉它，每课会各自写入 <lesson-id>.timeline.svg。',
}
