import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '09-threadsafe-loops',
  title: { zh: '跨线程喂任务：另一个线程里的事件循环', en: 'Threadsafe loops: an event loop in another thread' },
  topics: ['threads', 'run_coroutine_threadsafe', 'event-loop', 'blocking'],
  sources: ['004_6731580dbfcb4d9f'],
  total: 16,
  headlines: [
    {
      source: '004_6731580dbfcb4d9f',
      claim: { zh: '在另一个线程的循环里跑 6 秒和 4 秒的协程：约 6 秒', en: 'coroutines of 6 s and 4 s on a loop in a thread: about 6 s' },
      proof: { from: 'TIME: 0.0', to: 'coroutines: 6 4, TIME: 6.0', seconds: 6 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['More work 4', 'Done after 6s', 'More work 6', 'Done after 4s', 'Finished more work 6'],
    },
    {
      kind: 'time',
      prompt: {
        zh: '同样是 6 秒和 4 秒，换成阻塞的 more_work 之后，第二件活儿在第几秒才开始（"More work 4"）？',
        en: 'The same 6 s and 4 s as blocking more_work calls: at what time does the second one start ("More work 4")?',
      },
      line: 'More work 4',
    },
    {
      kind: 'time',
      prompt: { zh: '整个程序运行了几秒？', en: 'How many seconds does the whole program take?' },
    },
    {
      kind: 'choice',
      prompt: {
        zh: 'do_some_work(6) 和 do_some_work(4) 一共只用了 6 秒，而两个 more_work 却用了 10 秒。为什么？',
        en: 'do_some_work(6) and do_some_work(4) take 6 s together, yet the two more_work calls take 10 s. Why?',
      },
      choices: [
        {
          zh: 'await asyncio.sleep 把控制权交还给循环，两段等待可以重叠；time.sleep 卡住循环所在的线程，任务只能一个接一个地跑',
          en: 'await asyncio.sleep hands control back to the loop, so the waits overlap; time.sleep holds the loop’s thread, so the jobs run one after the other',
        },
        {
          zh: 'run_coroutine_threadsafe 会为每个协程新开一个线程，而普通函数只能共用一个线程',
          en: 'run_coroutine_threadsafe starts a new thread for each coroutine, while plain functions must share one thread',
        },
        { zh: '主线程在第 7 秒调用了 time.sleep(1)，拖慢了后台线程', en: "The main thread's time.sleep(1) slowed the loop's thread down" },
      ],
      answer: 0,
      why: {
        zh: '所有任务都跑在同一个线程的同一个事件循环里，run_coroutine_threadsafe 不会新开线程。do_some_work 在 await 处让出控制权，两个计时器一起走；more_work 里的 time.sleep 不让出，循环在这 6 秒里什么也做不了，第二个任务要到第 12 秒才开始。主线程的 time.sleep 只卡住主线程自己。',
        en: 'Every job runs on the one loop in the one extra thread: run_coroutine_threadsafe starts no thread. do_some_work gives control back at its await, so both timers run together; the time.sleep in more_work gives nothing back, the loop can do nothing for those 6 s, and the second job starts only at t=12. The main thread’s time.sleep blocks only the main thread.',
      },
    },
    {
      kind: 'choice',
      prompt: {
        zh: '文章里的版本没有最后三行（call_soon_threadsafe(new_loop.stop)、t.join()、new_loop.close()），线程也不是 daemon。它运行起来会怎样？',
        en: 'The article’s version has no last three lines (call_soon_threadsafe(new_loop.stop), t.join(), new_loop.close()), and its thread is not a daemon. What happens when it runs?',
      },
      choices: [
        {
          zh: '任务照常完成，但进程永远不会退出：run_forever 一直在非 daemon 线程里等着，解释器退出前要等所有非 daemon 线程结束',
          en: 'The jobs finish as usual, but the process never exits: run_forever keeps waiting in a non-daemon thread, and the interpreter waits for every non-daemon thread before it exits',
        },
        {
          zh: '主线程的代码一执行完，进程就退出，后台的任务被直接丢弃',
          en: 'The process exits as soon as the main thread’s code ends, dropping the jobs in the background',
        },
        {
          zh: '事件循环发现没有任务了，会自己停下来',
          en: 'The loop notices it has no tasks left and stops by itself',
        },
      ],
      answer: 0,
      why: {
        zh: 'run_forever 只有在 loop.stop() 被调用后才会返回，没有任务时它就空等。解释器在退出前会 join 所有非 daemon 线程，于是永远等下去，只能按 Ctrl+C。本工具运行这种程序时不会跟着卡住：到 t=6 再也没有线程能往下走，它就结束运行并报告死锁。',
        en: 'run_forever returns only after loop.stop() is called; with no tasks it simply idles. Before exiting, the interpreter joins every non-daemon thread, so it waits forever, until you press Ctrl+C. This tool does not hang on such a program: at t=6, when no thread can ever move again, it ends the run with a deadlock report.',
      },
    },
  ],
})
