import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '02-await',
  title: { zh: 'await：一个接一个地等', en: 'await: one wait after another' },
  topics: ['await', 'coroutine', 'event-loop'],
  sources: ['000_e06858303655a35c', '003_dc5f40af9c7b7458'],
  total: 3,
  headlines: [
    {
      source: '000_e06858303655a35c',
      claim: { zh: '依次 await say_after(1) 和 say_after(2)，共 3 秒', en: 'awaiting say_after(1) and then say_after(2) takes 3 s' },
      proof: { from: 'started at 18:27:39', to: 'finished at 18:27:42', seconds: 3 },
    },
    {
      source: '003_dc5f40af9c7b7458',
      claim: { zh: '顺序执行：18:27:39 开始，18:27:42 结束', en: 'one after the other: started at 18:27:39, finished at 18:27:42' },
      proof: { line: 'finished at 18:27:42', at: 3 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['finished at 18:27:42', 'world', 'started at 18:27:39', 'hello'],
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'time',
      prompt: { zh: '"world" 在第几秒打印出来？', en: 'At what time is "world" printed?' },
      line: 'world',
    },
    {
      kind: 'choice',
      prompt: { zh: '为什么总共要 3 秒，而不是 2 秒？', en: 'Why does it take 3 seconds rather than 2?' },
      choices: [
        {
          zh: 'await 要等 say_after 整个跑完，才执行下一行，所以 1 秒和 2 秒是先后相加的',
          en: 'await waits for say_after to finish before the next line starts, so the 1 s and 2 s add up',
        },
        { zh: 'asyncio.sleep 会阻塞整个线程', en: 'asyncio.sleep blocks the whole thread' },
        { zh: '事件循环本身要花掉额外的 1 秒', en: 'The event loop itself costs an extra second' },
      ],
      answer: 0,
      why: {
        zh: 'main 在第一个 await 处一直等到 hello 打印完（t=1），然后才开始第二次调用，再等 2 秒（t=3）。',
        en: 'main waits at the first await until hello is printed (t=1); only then does the second call begin, and it waits 2 more seconds (t=3).',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: 'await say_after(1, \'hello\') 会创建一个新的任务（Task）吗？', en: "Does await say_after(1, 'hello') create a new Task?" },
      choices: [
        { zh: '会，await 总是先把协程包装成任务', en: 'Yes: await always wraps the coroutine in a task first' },
        { zh: '不会，协程直接在 main 所在的任务里执行，就像普通的函数调用', en: "No: the coroutine runs inside main's own task, like a function call" },
      ],
      answer: 1,
      why: {
        zh: '直接 await 一个协程不会创建任务，也不会经过事件循环排队；只有它内部真正需要等待时（这里是 asyncio.sleep），main 的任务才会暂停。',
        en: "Awaiting a coroutine creates no task and does not queue anything on the loop; main's task is suspended only when something inside really waits (here asyncio.sleep).",
      },
    },
  ],
})
