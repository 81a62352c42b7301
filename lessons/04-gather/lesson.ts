import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '04-gather',
  title: { zh: 'gather：一起等，按顺序交回结果', en: 'gather: wait together, results in order' },
  topics: ['gather', 'task', 'create_task', 'return-value'],
  sources: ['004_6731580dbfcb4d9f', '002_40e19c09442e2905', '003_dc5f40af9c7b7458', '000_e06858303655a35c'],
  total: 7.2,
  headlines: [
    {
      source: '000_e06858303655a35c',
      claim: { zh: "gather 两个 say_after：['hello - 1', 'world - 2']", en: "gather of two say_after calls: ['hello - 1', 'world - 2']" },
      proof: { line: "['hello - 1', 'world - 2']", at: 2 },
    },
    {
      source: '004_6731580dbfcb4d9f',
      claim: { zh: '1、2、4 秒的任务一起 gather，约 4 秒完成', en: 'jobs of 1, 2 and 4 s gathered take about 4 s' },
      proof: { from: 'waiting: 4', to: 'Task ret: Done after 4s', seconds: 4 },
    },
    {
      source: '002_40e19c09442e2905',
      claim: { zh: 'gather 两个 0.6 秒的任务：0.6 秒，结果 [1, 2]', en: 'gathering two 0.6 s jobs: 0.6 s, giving [1, 2]' },
      proof: { from: 'Task ret: Done after 2s', to: 'result: [1, 2] in 0.6 seconds', seconds: 0.6 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['Task ret: Done after 1s', 'done: 4', 'waiting: 2', 'done: 1'],
    },
    {
      kind: 'time',
      prompt: { zh: '"Task ret: Done after 1s" 在第几秒打印出来？', en: 'At what time is "Task ret: Done after 1s" printed?' },
      line: 'Task ret: Done after 1s',
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '三个任务按 1 秒、2 秒、4 秒的顺序完成，为什么 results 却是 4、1、2 的顺序？',
        en: 'The tasks finish after 1, 2 and 4 seconds, so why are the results in the order 4, 1, 2?',
      },
      choices: [
        { zh: 'gather 按参数的顺序返回结果，和谁先完成无关', en: 'gather returns results in the order of its arguments, whatever order they finish in' },
        { zh: 'gather 会把结果按从大到小排序', en: 'gather sorts the results from largest to smallest' },
        { zh: '事件循环是按 4、1、2 的顺序运行这些任务的', en: 'The event loop ran the tasks in the order 4, 1, 2' },
      ],
      answer: 0,
      why: {
        zh: '"done:" 那几行说明完成顺序是 1、2、4；gather 把每个结果放进与参数对应的位置，所以 results[0] 永远属于第一个参数。',
        en: 'The "done:" lines show they finished 1, 2, 4; gather puts each result in the slot of its argument, so results[0] always belongs to the first argument.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '去掉 return_exceptions=True，最后一次 gather 会怎样？',
        en: 'What happens to the last gather without return_exceptions=True?',
      },
      choices: [
        { zh: '返回 [1, None, 3]', en: 'It returns [1, None, 3]' },
        {
          zh: 'fail() 一出错（gather 开始后 0.3 秒），await 处就抛出 ValueError；gather 本身不会取消另外两个任务',
          en: 'The await raises ValueError as soon as fail() raises, 0.3 s into the gather; gather itself cancels neither of the other tasks',
        },
        { zh: '等三个任务都结束后，才抛出 ValueError', en: 'It raises ValueError only once all three tasks have ended' },
      ],
      answer: 1,
      why: {
        zh: '没有 return_exceptions 时，第一个异常会立刻交给 await gather 的一方（t=6.9），其他子任务照常运行。这个程序里没人捕获它，于是 main 结束，asyncio.run 收尾时才把仍在运行的两个 count 任务取消。',
        en: 'Without return_exceptions, the first exception goes straight to whoever awaits the gather (t=6.9) while the other children keep running. Nothing here catches it, so main ends, and asyncio.run cancels the two count tasks still running as it shuts down.',
      },
    },
  ],
})
