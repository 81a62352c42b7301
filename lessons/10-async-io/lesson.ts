import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '10-async-io',
  title: { zh: '异步 I/O 实战：并发抓取网页', en: 'Async I/O in practice: fetching pages concurrently' },
  topics: ['io', 'gather', 'semaphore'],
  sources: ['002_40e19c09442e2905', '003_dc5f40af9c7b7458'],
  total: 15.5,
  quiz: [
    {
      kind: 'order',
      prompt: {
        zh: '这几行分别来自三个实验中的某一个。把它们按打印的先后排好。',
        en: 'Each of these lines comes from one of the three experiments. Put them in the order they are printed.',
      },
      lines: ['  /page/2    done at 3.5 s', '  /page/3    done at 1.5 s', '  /page/1    done at 4.5 s', '  /stuTable/ done at 3.5 s'],
    },
    {
      kind: 'time',
      prompt: { zh: '三个实验加起来，整个程序运行了几秒？', en: 'How many seconds does the whole program take, all three experiments together?' },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '把第三个实验里的 Semaphore(2) 换成 Semaphore(1)，这一轮要多久？',
        en: 'If the third experiment used Semaphore(1) instead of Semaphore(2), how long would it take?',
      },
      choices: [
        { zh: '3.0 秒，和 gather 一样', en: '3.0 s, the same as gather' },
        { zh: '4.5 秒，和现在一样', en: '4.5 s, the same as now' },
        { zh: '8.0 秒，和一个接一个地抓取一样', en: '8.0 s, the same as fetching one page after another' },
      ],
      answer: 2,
      why: {
        zh: '只有一个名额时，下一个页面要等上一个页面完成、释放名额后才能开始，五次等待又变成首尾相接：0.5 + 3.0 + 1.0 + 2.0 + 1.5 = 8.0 秒。',
        en: 'With a single slot, each page starts only when the previous one has finished and released it, so the five waits line up end to end again: 0.5 + 3.0 + 1.0 + 2.0 + 1.5 = 8.0 s.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: '第二个实验（gather）为什么正好是 3.0 秒？', en: 'Why does the second experiment (gather) take exactly 3.0 s?' },
      choices: [
        { zh: '五个请求同时在等，总时间取决于最慢的 /stuTable/', en: 'All five requests wait at the same time, so the slowest one, /stuTable/, sets the total' },
        { zh: 'gather 会把五个请求分给五个线程', en: 'gather hands the five requests to five threads' },
        { zh: 'gather 会跳过太慢的请求', en: 'gather skips requests that are too slow' },
      ],
      answer: 0,
      why: {
        zh: '五个 fetch 都在 t=0 开始等待，计时器重叠在一起。所有等待都在同一个线程里，由事件循环轮流处理；最后一个完成的是 3.0 秒的 /stuTable/。',
        en: 'All five fetches start waiting at t=0 and their timers overlap. Everything runs in one thread, taken in turn by the event loop; the last to finish is /stuTable/ at 3.0 s.',
      },
    },
  ],
})
