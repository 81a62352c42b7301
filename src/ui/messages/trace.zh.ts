/** `trace`'s Chinese strings: exactly the keys of trace.en.ts. */
import type { traceEn } from './trace.en.js'

export const traceZh: Readonly<Record<keyof typeof traceEn, string>> = {
  'trace.description': '在虚拟时钟下用 CPython 运行你自己的 asyncio 程序：带时间戳的输出、程序如何结束，以及时间线',
  'trace.argument.file': '要运行的 Python 程序（.py 文件）',
  'trace.argument.args': '传给程序自己的参数（sys.argv[1:]），写在 -- 之后',
  'trace.option.noTimeline': '不画时间线',
  'trace.option.timelineFormat': 'text 把时间线画在终端里；svg 把它写成文件，方便放进幻灯片和笔记',
  'trace.option.timelineOut': '要写入的 SVG 文件（默认是当前文件夹下的 <程序名>.timeline.svg；隐含 --timeline-format svg）',
  'trace.option.maxIterations': '事件循环最多转多少轮，超过就算作程序永不结束（默认 1000000）',
  'trace.maxIterations.invalid': '--max-iterations 必须是大于 0 的整数，例如 1000000；“{value}”不行。',
  'help.example.trace': '在虚拟时钟下运行你自己的程序',
  'trace.missing': '找不到文件 {path}。请给出一个 Python 程序的路径，例如：asyncio-lessons trace hello.py',
  'trace.directory': '{path} 是一个文件夹，不是 Python 程序。请给出 .py 文件的路径，例如：asyncio-lessons trace {path}/main.py',
  'trace.syntax': 'Python 无法运行 {file}：程序有语法错误，一行都没有执行。Python 的报错：',
  'trace.output': '{file} 的输出（CPython，虚拟时钟）',
  'trace.noOutput': '（程序没有输出）',
  'trace.total': '共用虚拟时间 {actual}',
  'trace.ended.exception': '程序在 t={t} 因未捕获的异常而结束。Python 的回溯信息：',
  'trace.ended.neverExits': '到 t={t} 时主程序已经执行完，进程却永远退不出去：Python 退出前要等所有非守护线程结束，而有线程在永远等待。各自卡在哪里：',
  'trace.ended.deadlock': '到 t={t} 时再也没有任何东西能运行：没有就绪的任务，也没有定时器，CPython 会在这里永远卡住。谁在等谁：',
  'trace.ended.runaway':
    '在 t={t} 停止：事件循环转了 {iterations} 轮，时间却一直没有前进（是不是在无限循环里 `await asyncio.sleep(0)`？），程序永远不会结束。如果程序本来就很长，可以调高 --max-iterations。',
  'trace.ended.exit': '程序在 t={t} 调用 sys.exit() 自行退出：{line}',
  'trace.stuck.task': '{task} {coro}() 在等 {waitsOn}',
  'trace.stuck.thread': '线程 {thread} 卡在 {waitsIn}',
  'trace.stdin': '程序读取了标准输入，但 trace 不接键盘：input() 和 sys.stdin 会立刻读到文件结尾（EOFError）。请改用 -- 之后的参数传数据，或者从文件里读。',
  'trace.failed.exception': '{file} 因未捕获的异常而结束：{line}',
  'trace.failed.exit': '{file} 调用 sys.exit() 自行退出：{line}',
  'trace.failed.deadlock': '{file} 在 CPython 上会永远卡住（死锁：谁在等谁见上文）。',
  'trace.failed.runaway': '{file} 永远不会结束：事件循环转了 {iterations} 轮后被停止。',
  'trace.timeline.none': '没有时间线：程序从未运行 asyncio 事件循环，没有任务可画。',
}
