import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '05-wait-vs-wait-for',
  title: { zh: 'wait 与 wait_for：超时之后谁来取消', en: 'wait vs wait_for: who cancels on timeout' },
  topics: ['wait', 'wait_for', 'timeout', 'cancel', 'task', 'pitfall'],
  sources: ['002_40e19c09442e2905', '001_361b7303b1ac2a15'],
  total: 8,
  headlines: [
    {
      source: '001_361b7303b1ac2a15',
      claim: { zh: '先 sleep(5)，再 wait 2 秒和 3 秒的任务：第 5 秒拿到结果', en: 'sleep(5), then wait() on tasks of 2 s and 3 s: done at 5 s' },
      proof: { line: 'wait(): 2 done, 0 pending', at: 5 },
    },
    {
      source: '002_40e19c09442e2905',
      claim: { zh: 'wait_for(timeout=1) 等 30 秒的任务：超时，任务被取消（True）', en: 'wait_for(timeout=1) on a 30 s task: timeout, cancelled (True)' },
      proof: { line: 'cancelled: True', at: 6 },
    },
    {
      source: '002_40e19c09442e2905',
      claim: { zh: 'wait(timeout=1)：超时返回，任务没有被取消（False）', en: 'wait(timeout=1) returns without cancelling the task (False)' },
      proof: { line: 'cancelled: False', at: 7 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['cancelled: False', 'end 3', 'wait(): 2 done, 0 pending', 'wait_for: TimeoutError'],
    },
    {
      kind: 'time',
      prompt: {
        zh: '"wait(): 2 done, 0 pending" 在第几秒打印出来？',
        en: 'At what time is "wait(): 2 done, 0 pending" printed?',
      },
      line: 'wait(): 2 done, 0 pending',
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'choice',
      prompt: {
        zh: 'wait([task], timeout=1) 返回之后，那个要睡 30 秒的任务处于什么状态？',
        en: 'Once wait([task], timeout=1) has returned, what state is the 30-second task in?',
      },
      choices: [
        { zh: '已被取消，和 wait_for 一样', en: 'Cancelled, just as with wait_for' },
        { zh: '还在运行：它在 pending 集合里，没有被取消', en: 'Still running: it is in the pending set and was not cancelled' },
        { zh: '已经结束，wait 抛出了 TimeoutError', en: 'Finished: wait raised TimeoutError' },
      ],
      answer: 1,
      why: {
        zh: 'wait 超时只是不再等了，既不取消任务，也不抛 TimeoutError，所以打印的是 cancelled: False。程序最后要自己调用 task.cancel()。',
        en: 'When wait times out it simply stops waiting: it neither cancels the task nor raises TimeoutError, hence cancelled: False. The program has to call task.cancel() itself at the end.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '在 Python 3.11 里写 await asyncio.wait([foo(), foo()])（直接传协程对象）会怎样？',
        en: 'In Python 3.11, what does await asyncio.wait([foo(), foo()]) do (coroutine objects passed directly)?',
      },
      choices: [
        { zh: '自动把协程包装成任务，只是会给出弃用警告', en: 'It wraps the coroutines in tasks, with a deprecation warning' },
        {
          zh: '抛出 TypeError: Passing coroutines is forbidden, use tasks explicitly.',
          en: 'It raises TypeError: Passing coroutines is forbidden, use tasks explicitly.',
        },
        { zh: '立刻返回两个空集合', en: 'It returns two empty sets at once' },
      ],
      answer: 1,
      why: {
        zh: '原文 002 说这种写法“已弃用”，那是旧版本的情况；从 3.11 起直接报 TypeError。要先用 asyncio.create_task() 把协程变成任务，再交给 wait。',
        en: 'Article 002 calls this deprecated, which was true of older versions; since 3.11 it is a TypeError. Turn each coroutine into a task with asyncio.create_task() first, then pass the tasks to wait.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '三个任务：1 秒后返回、2 秒后抛出 ValueError、4 秒后返回。用 return_when=FIRST_EXCEPTION 调用 wait，它什么时候返回？',
        en: 'Three tasks: one returns after 1 s, one raises ValueError after 2 s, one returns after 4 s. When does wait with return_when=FIRST_EXCEPTION return?',
      },
      choices: [
        { zh: '第 1 秒，有任务完成就返回', en: 'At 1 s, as soon as any task finishes' },
        { zh: '第 2 秒，done 里有 2 个任务，pending 里有 1 个', en: 'At 2 s, with 2 tasks in done and 1 in pending' },
        { zh: '第 4 秒，并抛出 ValueError', en: 'At 4 s, raising ValueError' },
      ],
      answer: 1,
      why: {
        zh: 'FIRST_EXCEPTION 等到第一个以异常结束的任务才返回；此前正常完成的任务也在 done 里。wait 本身不会抛出任务的异常，要自己调用 result() 或 exception() 去取。如果没有任务出错，它就和 ALL_COMPLETED 一样。',
        en: 'FIRST_EXCEPTION returns when the first task ends with an exception; tasks that finished normally before it are in done too. wait never raises a task\'s exception itself: call result() or exception() to get it. If no task fails, it behaves like ALL_COMPLETED.',
      },
    },
  ],
})
