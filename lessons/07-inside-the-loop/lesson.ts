import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '07-inside-the-loop',
  title: { zh: '事件循环内部：谁在什么时候运行', en: 'Inside the event loop: who runs when' },
  topics: ['event-loop', 'task', 'create_task', 'await'],
  sources: ['001_361b7303b1ac2a15', '003_dc5f40af9c7b7458'],
  total: 3,
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: [
        '1.0s Task-1 tasks=3 one iteration later',
        '1.0s Task-3 tasks=3 runs, awaits sleep(2): must wait',
        '1.0s Task-1 tasks=3 created Task-2 and Task-3, not started',
        '1.0s Task-2 tasks=3 runs, awaits sleep(1): must wait',
      ],
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'time',
      prompt: {
        zh: 'main 在第几秒打印 "woken by Task-2 finishing: hello"？',
        en: 'At what time does main print "woken by Task-2 finishing: hello"?',
      },
      line: '2.0s Task-1 tasks=2 woken by Task-2 finishing: hello',
    },
    {
      kind: 'choice',
      prompt: {
        zh: 'await say_after(1, \'inline\') 里的两行日志为什么都写着 Task-1 tasks=1？',
        en: "Why do both log lines of await say_after(1, 'inline') say Task-1 tasks=1?",
      },
      choices: [
        { zh: 'await 一个协程会新建任务，但新任务借用了 main 的名字', en: "Awaiting a coroutine makes a new task, which borrows main's name" },
        {
          zh: '直接 await 协程不会创建任务：say_after 就在 main 所在的 Task-1 里执行，事件循环里始终只有一个任务',
          en: 'Awaiting a coroutine creates no task: say_after runs inside Task-1, main\'s own task, and the loop still has a single task',
        },
        { zh: 'all_tasks() 只统计正在等待的任务', en: 'all_tasks() counts only tasks that are waiting' },
      ],
      answer: 1,
      why: {
        zh: 'current_task() 在 say_after 里返回的仍是 Task-1，all_tasks() 也只有 1 个。原文 003 说 await 会让事件循环“多一个 task”，这是不对的；只有 create_task（或 ensure_future、gather 等）才会创建任务。',
        en: 'Inside say_after, current_task() is still Task-1 and all_tasks() holds one task. Article 003 says an await adds a task to the loop; it does not. Only create_task (or ensure_future, gather and friends) creates tasks.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: '下面哪一步会把控制权交还给事件循环？', en: 'Which of these steps hands control back to the event loop?' },
      choices: [
        { zh: 'asyncio.create_task(say_after(1, \'hello\'))', en: "asyncio.create_task(say_after(1, 'hello'))" },
        { zh: 'await say_after(1, \'inline\') 这一行本身', en: "The line await say_after(1, 'inline') by itself" },
        { zh: 'say_after 里的 await asyncio.sleep(delay)', en: 'await asyncio.sleep(delay) inside say_after' },
      ],
      answer: 2,
      why: {
        zh: '只有“必须等”的 await 才会让出控制权：sleep 要等计时器，当前任务就挂起。create_task 只是排队；await 一个协程只是像函数调用一样进入它。另一个时机是任务运行结束。',
        en: 'Only an await that must wait gives up control: sleep has to wait for its timer, so the current task is suspended. create_task only queues a task, and awaiting a coroutine just enters it like a call. The other moment is a task finishing.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: 'Task-2 打印 "wakes up: hello" 时还是 tasks=3，紧接着 main 的那行却是 tasks=2。为什么？',
        en: 'Task-2 prints "wakes up: hello" with tasks=3, yet main\'s very next line says tasks=2. Why?',
      },
      choices: [
        { zh: 'Task-2 打印时还没结束；它 return 之后才离开任务列表，main 在下一轮循环才被唤醒', en: "Task-2 had not finished when it printed; it leaves the task list when it returns, and main is woken on the next loop iteration" },
        { zh: 'main 把 Task-2 取消了', en: 'main cancelled Task-2' },
        { zh: 'all_tasks() 的结果是随机的', en: 'all_tasks() gives random results' },
      ],
      answer: 0,
      why: {
        zh: '这正是原文伪代码里“把已完成的任务从任务列表中移除”那一步。Task-2 的协程 return 后它才算完成，完成时把唤醒 main 的回调排进队列；下一轮循环 main 继续执行，此时 Task-2 已经不在 all_tasks() 里。',
        en: "That is the pseudocode's \"remove finished tasks from the task list\" step. Task-2 is finished only once its coroutine returns; finishing queues main's wakeup, and when main resumes on the next iteration, Task-2 is no longer in all_tasks().",
      },
    },
  ],
})
