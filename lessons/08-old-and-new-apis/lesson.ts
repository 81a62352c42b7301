import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '08-old-and-new-apis',
  title: { zh: '新旧 API：从 get_event_loop 到 asyncio.run', en: 'Old and new APIs: from get_event_loop to asyncio.run' },
  topics: ['legacy-api', 'run_until_complete', 'asyncio.run', 'pitfall'],
  sources: ['001_361b7303b1ac2a15', '002_40e19c09442e2905', '004_6731580dbfcb4d9f'],
  total: 3,
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['asyncio.run: 5', 'RuntimeError: no running event loop', 'get_event_loop: [1, 2, 3]', 'new_event_loop: 4'],
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'time',
      prompt: { zh: '"get_event_loop: [1, 2, 3]" 在第几秒打印出来？', en: 'At what time is "get_event_loop: [1, 2, 3]" printed?' },
      line: 'get_event_loop: [1, 2, 3]',
    },
    {
      kind: 'choice',
      prompt: {
        zh: '在 Python 3.11.7 上，还没有任何事件循环时，第一行 asyncio.get_event_loop() 做了什么？',
        en: 'On Python 3.11.7, with no event loop yet, what does the first asyncio.get_event_loop() do?',
      },
      choices: [
        { zh: '抛出 RuntimeError: no running event loop', en: 'It raises RuntimeError: no running event loop' },
        { zh: '新建一个循环并设为当前循环，不给任何警告', en: 'It creates a loop and makes it the current one, without any warning' },
        { zh: '新建一个循环，同时发出 DeprecationWarning', en: 'It creates a loop and emits a DeprecationWarning' },
      ],
      answer: 1,
      why: {
        zh: '3.11.7 在主线程里会悄悄建一个循环。从 3.12 起，同样的调用会发出 DeprecationWarning: There is no current event loop；按文档，3.14 改为抛出 RuntimeError。',
        en: 'On 3.11.7 it quietly creates a loop in the main thread. From 3.12 on, the same call warns DeprecationWarning: There is no current event loop; per the documentation, 3.14 raises RuntimeError instead.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '程序开头的 get_event_loop() 能建出循环，为什么 asyncio.run() 之后再调用就报错了？',
        en: 'get_event_loop() created a loop at the start; why does it fail after asyncio.run()?',
      },
      choices: [
        { zh: 'asyncio.run() 结束时调用了 set_event_loop(None)；线程里一旦调用过 set_event_loop，get_event_loop 就不再自动建循环', en: 'asyncio.run() ends with set_event_loop(None), and once set_event_loop has been called in a thread, get_event_loop no longer creates loops' },
        { zh: '一个程序里只能有一个事件循环', en: 'A program can only ever have one event loop' },
        { zh: '因为前面的循环都已经关闭了，Python 不允许再建新循环', en: 'The earlier loops were closed, and Python forbids creating new ones' },
      ],
      answer: 0,
      why: {
        zh: '默认策略只在“从没调用过 set_event_loop”时才替你建循环。asyncio.run() 收尾时把当前循环设为 None，于是报错：There is no current event loop in thread \'MainThread\'. 新旧两种写法最好不要混用。',
        en: "The default policy creates a loop for you only if set_event_loop was never called. asyncio.run() leaves the current loop set to None, hence: There is no current event loop in thread 'MainThread'. Better not to mix the two styles.",
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '原文 002 说 loop 参数“计划在 Python 3.10 中移除”。在 3.11 上写 asyncio.sleep(1, loop=loop) 会怎样？',
        en: 'Article 002 says the loop parameter is "planned for removal in Python 3.10". What does asyncio.sleep(1, loop=loop) do on 3.11?',
      },
      choices: [
        { zh: '正常运行，只是发出 DeprecationWarning', en: 'It works, with a DeprecationWarning' },
        { zh: '正常运行，loop 参数被悄悄忽略', en: 'It works; the loop argument is silently ignored' },
        { zh: "抛出 TypeError: sleep() got an unexpected keyword argument 'loop'", en: "TypeError: sleep() got an unexpected keyword argument 'loop'" },
      ],
      answer: 2,
      why: {
        zh: 'loop 参数在 3.8 弃用，在 3.10 就已经移除了。这些高层函数总是使用正在运行的循环。',
        en: 'The loop parameter was deprecated in 3.8 and actually removed in 3.10. These high-level functions always use the running loop.',
      },
    },
  ],
})
