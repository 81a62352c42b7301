import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '11-pitfalls',
  title: { zh: '常见的坑：文章里的错误逐个运行', en: "Pitfalls: the articles' mistakes, run one by one" },
  topics: ['pitfall', 'warning', 'await', 'create_task', 'wait', 'blocking', 'threads'],
  sources: ['002_40e19c09442e2905', '003_dc5f40af9c7b7458', '004_6731580dbfcb4d9f'],
  total: 5,
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['4. took 3.0 s, not 2.0', '4. world', '3. hello, from a task', '4. hello'],
    },
    {
      kind: 'time',
      prompt: { zh: '"4. world" 在第几秒打印出来？', en: 'At what time is "4. world" printed?' },
      line: '4. world',
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '第 4 个坑里，"4. world" 为什么比 "4. hello" 晚了整整 2 秒，而不是 1 秒？',
        en: 'In pitfall 4, why is "4. world" printed a full 2 s after "4. hello" rather than 1 s?',
      },
      choices: [
        {
          zh: 'time.sleep 卡住了整个线程：world 的任务要等 hello 的 1 秒睡完才能开始，然后自己再睡 2 秒',
          en: "time.sleep holds the whole thread: world's task cannot start until hello's 1 s sleep is over, then sleeps its own 2 s",
        },
        { zh: 'gather 总是一个接一个地运行协程', en: 'gather always runs its coroutines one after the other' },
        { zh: 'time.sleep 比 asyncio.sleep 慢一倍', en: 'time.sleep is twice as slow as asyncio.sleep' },
      ],
      answer: 0,
      why: {
        zh: '两个任务本该一起等待，world 应在开始后 2 秒打印。但 time.sleep 不把控制权交还给事件循环，hello 那 1 秒里谁都动不了，world 正好晚了这 1 秒：hello 在 t=2，world 在 t=4。',
        en: 'The two tasks should wait together, with world 2 s after the start. But time.sleep never gives control back to the loop, so nothing runs during hello\'s 1 s, and world is late by exactly that second: hello at t=2, world at t=4.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: "say_after('hello') 漏掉的明明是 delay，为什么报错说缺的是 'what'？",
        en: "say_after('hello') leaves out the delay, so why does the error say 'what' is missing?",
      },
      choices: [
        {
          zh: "位置参数从左往右填：'hello' 被当成了 delay，剩下没填的是 what",
          en: "Positional arguments fill the parameters left to right: 'hello' became delay, and what was left empty",
        },
        { zh: 'Python 总是报告最后一个参数', en: 'Python always names the last parameter' },
        { zh: 'asyncio.gather 改写了错误信息', en: 'asyncio.gather rewrote the message' },
      ],
      answer: 0,
      why: {
        zh: "Python 不知道作者的本意，只按位置把 'hello' 交给第一个参数 delay。这个错误在调用 say_after 的那一刻就抛出，gather 根本没有被调用。",
        en: "Python cannot know what the author meant; it hands 'hello' to the first parameter, delay. The error is raised the moment say_after is called, and gather is never even called.",
      },
    },
  ],
})
