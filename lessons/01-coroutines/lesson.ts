import { defineLesson } from '../../src/lessons/define.js'

export default defineLesson({
  id: '01-coroutines',
  title: { zh: '协程与 asyncio.run', en: 'Coroutines and asyncio.run' },
  topics: ['coroutine', 'asyncio.run'],
  sources: ['000_e06858303655a35c', '001_361b7303b1ac2a15', '003_dc5f40af9c7b7458'],
  total: 1,
  headlines: [
    {
      source: '000_e06858303655a35c',
      claim: { zh: 'hello，过一秒，world', en: 'hello, one second, then world' },
      proof: { from: 'hello', to: 'world', seconds: 1 },
    },
  ],
  quiz: [
    {
      kind: 'order',
      prompt: { zh: '把这几行输出按打印的先后排好。', en: 'Put these output lines in the order they are printed.' },
      lines: ['world', 'hello', 'coro is a coroutine object: True'],
    },
    {
      kind: 'time',
      prompt: { zh: '"world" 在第几秒打印出来？', en: 'At what time is "world" printed?' },
      line: 'world',
    },
    {
      kind: 'choice',
      prompt: { zh: '执行 coro = main() 这一行时，发生了什么？', en: 'What happens when the line coro = main() runs?' },
      choices: [
        { zh: 'main 的函数体开始执行，打印出 hello', en: "main's body starts running and prints hello" },
        { zh: '只得到一个协程对象，函数体一行都没有执行', en: 'A coroutine object is made; none of the body runs' },
        { zh: '启动了一个事件循环', en: 'An event loop is started' },
      ],
      answer: 1,
      why: {
        zh: '调用协程函数只会创建协程对象。hello 要等到 asyncio.run(coro) 运行它时才打印，所以排在两行 "is a coroutine object" 之后。',
        en: 'Calling a coroutine function only creates a coroutine object. hello is printed once asyncio.run(coro) runs it, which is why it comes after both "is a coroutine object" lines.',
      },
    },
    {
      kind: 'choice',
      prompt: { zh: '把 asyncio.run(coro) 改成 asyncio.run(main) 会怎样？', en: 'What happens if asyncio.run(coro) becomes asyncio.run(main)?' },
      choices: [
        { zh: '一样能运行，asyncio.run 会自己调用 main', en: 'It works the same: asyncio.run calls main for you' },
        { zh: '抛出 ValueError：asyncio.run 需要的是协程对象，而不是协程函数', en: 'ValueError: asyncio.run needs a coroutine object, not a coroutine function' },
        { zh: '什么都不打印，程序静静地结束', en: 'Nothing is printed and the program quietly ends' },
      ],
      answer: 1,
      why: {
        zh: 'asyncio.run 会先检查参数是不是协程对象，不是就报错：ValueError: a coroutine was expected, got <function main ...>。',
        en: 'asyncio.run first checks that it was given a coroutine object and otherwise raises ValueError: a coroutine was expected, got <function main ...>.',
      },
    },
  ],
})
