import { describe, expect, it } from 'vitest'
import { type Coro, Tuple, ValueError, async_def, asyncio, print, program, repr } from '../../src/scheduler/python.js'
import { runProgram } from '../../src/scheduler/program.js'
import type { Trace } from '../../src/scheduler/trace.js'
import { askPython, randomBits } from './python-oracle.js'

function outputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [e.text] : []))
}

function timedOutputOf(trace: Trace): string[] {
  return trace.events.flatMap((e) => (e.kind === 'output' ? [`${e.t} ${e.text}`] : []))
}

function run(main: () => Coro<unknown>): Trace {
  return runProgram(
    program(function* () {
      yield* asyncio.run(main())
    }),
  )
}

function outputOfMain(main: () => Coro<unknown>): string[] {
  const trace = run(main)
  expect(trace.outcome).toEqual({ kind: 'ok' })
  return outputOf(trace)
}

describe('Queue', () => {
  it('blocks put() while full and wakes putters in the order they came', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue<string>({ maxsize: 1 })
      yield* q.put('first')
      const putter = async_def(function* putter(item: string) {
        yield* q.put(item)
        print('put', item)
      })
      const tasks = ['a', 'b'].map((item) => asyncio.create_task(putter(item)))
      yield* asyncio.sleep(0)
      print(q.__str__())
      for (let i = 0; i < 3; i++) {
        yield* asyncio.sleep(1)
        print('got', yield* q.get())
      }
      yield* asyncio.gather(...tasks)
    })
    expect(timedOutputOf(run(main))).toEqual([
      "0 <Queue maxsize=1 _queue=['first'] _putters[2] tasks=1>",
      '1 got first',
      '1 put a',
      '2 got a',
      '2 put b',
      '3 got b',
    ])
  })

  it('wakes getters in the order they came', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue<number>()
      const getter = async_def(function* getter(name: string) {
        print(name, 'got', yield* q.get())
      })
      const tasks = ['a', 'b', 'c'].map((name) => asyncio.create_task(getter(name)))
      yield* asyncio.sleep(0)
      print(q.__str__())
      for (const n of [1, 2, 3]) yield* q.put(n)
      yield* asyncio.gather(...tasks)
    })
    expect(outputOfMain(main)).toEqual(['<Queue maxsize=0 _getters[3]>', 'a got 1', 'b got 2', 'c got 3'])
  })

  it('treats a maxsize of zero or less as unbounded', () => {
    const main = async_def(function* main() {
      for (const maxsize of [0, -1]) {
        const q = new asyncio.Queue(maxsize)
        for (let i = 0; i < 1000; i++) q.put_nowait(i)
        print(q.maxsize, q.full(), q.qsize())
      }
    })
    expect(outputOfMain(main)).toEqual(['0 False 1000', '-1 False 1000'])
  })

  it('raises QueueEmpty and QueueFull from the nowait methods', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue(1)
      q.put_nowait(1)
      try {
        q.put_nowait(2)
      } catch (e) {
        if (!(e instanceof asyncio.QueueFull)) throw e
        print(repr(e))
      }
      q.get_nowait()
      q.get_nowait()
    })
    const trace = run(main)
    expect(outputOf(trace)).toEqual(['QueueFull()'])
    expect(trace.outcome).toEqual({ kind: 'exception', t: 0, type: 'QueueEmpty', line: 'asyncio.queues.QueueEmpty' })
  })

  it('releases join() after the last task_done(), and refuses one task_done() too many', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue<number>()
      q.put_nowait(1)
      q.put_nowait(2)
      const worker = asyncio.create_task(
        async_def(function* worker() {
          for (;;) {
            const n = yield* q.get()
            yield* asyncio.sleep(n)
            print('done', n, q.__str__())
            q.task_done()
          }
        })(),
      )
      yield* q.join()
      print('joined')
      worker.cancel()
      try {
        q.task_done()
      } catch (e) {
        if (!(e instanceof ValueError)) throw e
        print(repr(e))
      }
    })
    expect(timedOutputOf(run(main))).toEqual([
      '1 done 1 <Queue maxsize=0 _queue=[2] tasks=2>',
      '3 done 2 <Queue maxsize=0 tasks=1>',
      '3 joined',
      "3 ValueError('task_done() called too many times')",
    ])
  })

  it('lets a getter woken and then cancelled pass the item to the next getter', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue<string>()
      const getter = async_def(function* getter(name: string) {
        print(name, 'got', yield* q.get())
      })
      const g1 = asyncio.create_task(getter('g1'))
      const g2 = asyncio.create_task(getter('g2'))
      yield* asyncio.sleep(0)
      q.put_nowait('x')
      g1.cancel()
      yield* asyncio.gather(g1, g2, { return_exceptions: true })
      print(g1.cancelled(), q.empty())
    })
    expect(outputOfMain(main)).toEqual(['g2 got x', 'True True'])
  })

  it('names its coroutines as CPython does', () => {
    const main = async_def(function* main() {
      const q = new asyncio.Queue(1)
      q.put_nowait(0)
      asyncio.create_task(new asyncio.PriorityQueue().get())
      asyncio.create_task(q.put(1))
      asyncio.create_task(q.join())
      yield* asyncio.sleep(0)
    })
    const trace = run(main)
    const created = trace.events.flatMap((e) => (e.kind === 'task' && e.event === 'created' ? [e.detail] : []))
    expect(created.slice(0, 4)).toEqual([
      'main',
      'Queue.get',
      'Queue.put',
      'Queue.join',
    ])
  })
})

describe('LifoQueue', () => {
  it('returns the most recent item first', () => {
    const main = async_def(function* main() {
      const q = new asyncio.LifoQueue<number>()
      for (const n of [1, 2, 3]) yield* q.put(n)
      print(q.__str__(), yield* q.get(), yield* q.get(), yield* q.get())
    })
    expect(outputOfMain(main)).toEqual(['<LifoQueue maxsize=0 _queue=[1, 2, 3] tasks=3> 3 2 1'])
  })
})

/** Compares by priority only, so equal priorities show the heap's own order, as in Python. */
class Job {
  constructor(
    readonly priority: number,
    readonly label: number,
  ) {}
  __lt__(other: Job): boolean {
    return this.priority < other.priority
  }
}

describe('PriorityQueue', () => {
  it('orders with Python comparisons: numbers, strings, tuples and lists element by element', () => {
    const main = async_def(function* main() {
      const q = new asyncio.PriorityQueue<unknown>()
      const items = [new Tuple(2, 'b'), new Tuple(1, 'z'), new Tuple(2, 'a'), new Tuple(1), new Tuple(1, 'z', 0), new Tuple(true, 'y')]
      for (const item of items) q.put_nowait(item)
      print(Array.from({ length: q.qsize() }, () => q.get_nowait()))
      for (const item of ['b', 'a', 'B', 'é', '\u{1F600}', '\uFFFD']) q.put_nowait(item)
      print(Array.from({ length: q.qsize() }, () => q.get_nowait()))
      for (const item of [[3], [1, 2], [1], 2.5, 2]) {
        q.put_nowait(typeof item === 'number' ? [item] : item)
      }
      print(Array.from({ length: q.qsize() }, () => q.get_nowait()))
    })
    expect(outputOfMain(main)).toEqual([
      "[(1,), (True, 'y'), (1, 'z'), (1, 'z', 0), (2, 'a'), (2, 'b')]",
      "['B', 'a', 'b', 'é', '\uFFFD', '\u{1F600}']",
      '[[1], [1, 2], [2], [2.5], [3]]',
    ])
  })

  it("raises Python's TypeError for items that do not order", () => {
    const cases: [unknown, unknown, string][] = [
      [1, 'one', "'<' not supported between instances of 'str' and 'int'"],
      [new Tuple(1, 2), new Tuple(1, 'x'), "'<' not supported between instances of 'str' and 'int'"],
      [null, null, "'<' not supported between instances of 'NoneType' and 'NoneType'"],
      [new Tuple(1), [1], "'<' not supported between instances of 'list' and 'tuple'"],
      [1.5, new Tuple(0), "'<' not supported between instances of 'tuple' and 'float'"],
    ]
    for (const [first, second, message] of cases) {
      const main = async_def(function* main() {
        const q = new asyncio.PriorityQueue<unknown>()
        q.put_nowait(first)
        q.put_nowait(second)
      })
      expect(run(main).outcome).toMatchObject({ kind: 'exception', line: `TypeError: ${message}` })
    }
  })

  it("pops equal priorities in heapq's order, matching CPython on random pushes and pops", () => {
    const next = randomBits(0x5eed1234abcdn)
    const programs: number[][] = []
    for (let p = 0; p < 40; p++) {
      const ops: number[] = [] // a priority to push, or -1 to pop
      let size = 0
      for (let i = 0; i < 60; i++) {
        if (size > 0 && next() % 3n === 0n) {
          ops.push(-1)
          size--
        } else {
          ops.push(Number(next() % 4n))
          size++
        }
      }
      programs.push(ops)
    }
    const expected = askPython<number[][]>(
      `import heapq
class Job:
    def __init__(self, priority, label):
        self.priority, self.label = priority, label
    def __lt__(self, other):
        return self.priority < other.priority
out = []
for ops in data:
    heap, popped = [], []
    for i, op in enumerate(ops):
        if op < 0:
            popped.append(heapq.heappop(heap).label)
        else:
            heapq.heappush(heap, Job(op, i))
    popped.extend(heapq.heappop(heap).label for _ in range(len(heap)))
    out.append(popped)
print(json.dumps(out))`,
      programs,
    )
    const actual: number[][] = []
    const main = async_def(function* main() {
      for (const ops of programs) {
        const q = new asyncio.PriorityQueue<Job>()
        const popped: number[] = []
        ops.forEach((op, i) => {
          if (op < 0) popped.push(q.get_nowait().label)
          else q.put_nowait(new Job(op, i))
        })
        while (!q.empty()) popped.push(q.get_nowait().label)
        actual.push(popped)
      }
      yield* asyncio.sleep(0)
    })
    expect(run(main).outcome).toEqual({ kind: 'ok' })
    expect(actual).toEqual(expected)
  })
})
