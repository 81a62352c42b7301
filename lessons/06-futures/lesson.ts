import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '06-futures',
  title: { zh: 'Future：等一个以后才有的结果', en: 'Futures: waiting for a result that comes later' },
  topics: ['future', 'task', 'ensure_future', 'create_task'],
  sources: ['001_361b7303b1ac2a15', '002_40e19c09442e2905'],
  total: 3,
  headlines: [
    {
      source: '001_361b7303b1ac2a15',
      claim: { zh: '另一个任务 3 秒后设置结果，打印 r: 10089', en: 'a result set by another task after 3 s prints r: 10089' },
      proof: { line: 'r: 10089', at: 3 },
    },
    {
      source: '001_361b7303b1ac2a15',
      claim: { zh: '没人设置结果的 future 会永远等下去（死锁）', en: 'a future nobody sets waits forever (a deadlock)' },
      proof: { ends: 'deadlock', at: 3 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['r: 10089', 'fut: <Future pending>', 'set_after: result set', "fut: <Future finished result='10089'>"],
    },
    {
      kind: 'time',
      prompt: { zh: '"r: 10089" 在第几秒打印出来？', en: 'At what time is "r: 10089" printed?' },
      line: 'r: 10089',
    },
    {
      kind: 'choice',
      prompt: {
        zh: '为什么 "set_after: result set" 比 "r: 10089" 先打印？',
        en: 'Why is "set_after: result set" printed before "r: 10089"?',
      },
      choices: [
        {
          zh: 'set_result 只是把唤醒 main 的回调排进事件循环；set_after 先跑完自己这一步，main 要等下一轮循环才继续',
          en: "set_result only queues main's wakeup on the event loop; set_after finishes its own step first, and main goes on in the next loop iteration",
        },
        { zh: 'main 要再等 3 秒才醒来', en: 'main wakes up 3 seconds later' },
        { zh: 'print 在不同任务里的输出顺序是随机的', en: 'Prints from different tasks come out in random order' },
      ],
      answer: 0,
      why: {
        zh: 'Future 完成时从不直接运行回调，而是用 call_soon 把它们排队。所以 set_after 的 print 先执行，main 在同一时刻（t=3）、下一轮循环里才从 await fut 处继续。',
        en: 'A future that completes never runs its callbacks directly: it queues them with call_soon. So set_after prints first, and main resumes from await fut at the same time (t=3), one loop iteration later.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: 'main 执行到 await never 之后会怎样？', en: 'What happens once main reaches await never?' },
      choices: [
        { zh: '过一会儿抛出 TimeoutError', en: 'After a while it raises TimeoutError' },
        { zh: '永远等下去：没有任何任务或计时器会去设置这个 Future，python3 main.py 只能用 Ctrl+C 停下', en: 'It waits forever: no task or timer will ever set that future, and python3 main.py has to be stopped with Ctrl+C' },
        { zh: 'await 立刻返回 None', en: 'The await returns None at once' },
      ],
      answer: 1,
      why: {
        zh: 'await 一个 Future 会一直等到有人调用 set_result、set_exception 或 cancel。这里谁都不会，事件循环里也没有计时器，所以程序卡死。本工具检测到这种情况，给出死锁报告：Task-1 main() 在等一个 Future。',
        en: 'Awaiting a future waits until someone calls set_result, set_exception or cancel. Nobody will here and the loop has no timer left, so the program hangs. The tool detects this and reports a deadlock: Task-1 main() waits on a Future.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: 'asyncio.ensure_future(setter) 返回什么？（setter 是一个 Task）', en: 'What does asyncio.ensure_future(setter) return? (setter is a Task)' },
      choices: [
        { zh: '一个包着 setter 的新 Task', en: 'A new Task wrapping setter' },
        { zh: 'setter 本身，原样返回', en: 'setter itself, unchanged' },
        { zh: '抛出 TypeError，因为它只接受协程', en: 'TypeError, because it only accepts coroutines' },
      ],
      answer: 1,
      why: {
        zh: 'ensure_future 收到 Future（Task 也是 Future）就原样返回，收到协程（或其他可等待对象）才包装成新的 Task。create_task 则只接受协程：create_task(fut) 会抛出 TypeError。',
        en: 'ensure_future returns a Future (and a Task is one) as it is, and wraps a coroutine (or any other awaitable) in a new Task. create_task accepts coroutines only: create_task(fut) raises TypeError.',
      },
    },
  ],
})
