import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '03-create-task',
  title: { zh: 'create_task：让等待重叠起来', en: 'create_task: overlapping the waits' },
  topics: ['create_task', 'task', 'await', 'return-value'],
  sources: ['000_e06858303655a35c', '003_dc5f40af9c7b7458'],
  total: 2,
  headlines: [
    {
      source: '000_e06858303655a35c',
      claim: { zh: '同样的工作交给两个任务，只需 2 秒', en: 'the same work in two tasks takes 2 s' },
      proof: { from: 'started at 18:27:39', to: 'finished at 18:27:41', seconds: 2 },
    },
    {
      source: '003_dc5f40af9c7b7458',
      claim: { zh: '用了任务：18:27:39 开始，18:27:41 结束，共 2 秒', en: 'with tasks: started at 18:27:39, finished at 18:27:41, 2 s' },
      proof: { line: 'finished at 18:27:41', at: 2 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['hello - 1', 'world', 'started at 18:27:39', 'hello'],
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'time',
      prompt: { zh: '"hello - 1" 在第几秒打印出来？', en: 'At what time is "hello - 1" printed?' },
      line: 'hello - 1',
    },
    {
      kind: 'choice',
      prompt: { zh: 'task1 和 task2 什么时候真正开始运行？', en: 'When do task1 and task2 actually start running?' },
      choices: [
        { zh: '调用 create_task 的那一刻', en: 'The moment create_task is called' },
        { zh: 'main 第一次把控制权交还给事件循环时（在 await task1 处）', en: 'When main first gives control back to the event loop (at await task1)' },
        { zh: '各自被 await 的时候，一个接一个', en: 'Each when it is awaited, one after the other' },
      ],
      answer: 1,
      why: {
        zh: 'create_task 只是把任务排进事件循环。main 打印 started 之后在 await task1 处暂停，事件循环才依次启动两个任务，它们的计时器都从 t=0 开始算。',
        en: 'create_task only schedules the task on the loop. After printing started, main pauses at await task1, and the loop then starts both tasks; both timers count from t=0.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: 'ret1 = await task1 得到的是什么？', en: 'What does ret1 = await task1 give you?' },
      choices: [
        { zh: '任务对象本身', en: 'The task object itself' },
        { zh: 'None，因为 say_after 里调用了 print', en: 'None, because say_after calls print' },
        { zh: "say_after 的返回值 'hello - 1'", en: "say_after's return value, 'hello - 1'" },
      ],
      answer: 2,
      why: {
        zh: 'await 一个任务会等它结束，并把协程 return 的值交给你；如果协程抛出异常，await 处会重新抛出这个异常。',
        en: 'Awaiting a task waits for it to end and hands you what its coroutine returned; had the coroutine raised, the await would raise the same exception.',
      },
    },
  ],
})
