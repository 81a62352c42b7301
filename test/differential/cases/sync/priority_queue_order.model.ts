import { Tuple, async_def, asyncio, print, program, repr } from '../../../../src/scheduler/python.js'

/** Orders by priority only: equal priorities leave heapq's own order visible. */
class Job {
  constructor(
    readonly priority: number,
    readonly name: string,
  ) {}

  __lt__(other: Job): boolean {
    return this.priority < other.priority
  }

  __repr__(): string {
    return `Job(${this.priority}, ${repr(this.name)})`
  }
}

const main = async_def(function* main() {
  const pq = new asyncio.PriorityQueue<Tuple>()
  for (const item of [
    new Tuple(3, 'low'),
    new Tuple(1, 'urgent'),
    new Tuple(2, 'normal'),
    new Tuple(1, 'also urgent'),
    new Tuple(5, 'later'),
    new Tuple(2, 'b'),
    new Tuple(0, 'first'),
  ]) {
    pq.put_nowait(item)
  }
  print(pq)
  while (!pq.empty()) print(yield* pq.get())

  const lifo = new asyncio.LifoQueue<number>()
  for (let i = 0; i < 4; i++) yield* lifo.put(i)
  print(lifo, [0, 1, 2, 3].map(() => lifo.get_nowait()))

  const jobs = new asyncio.PriorityQueue<Job>()
  for (const [i, priority] of [2, 1, 2, 1, 2, 1, 2, 1, 0].entries()) yield* jobs.put(new Job(priority, `j${i}`))
  print(Array.from({ length: jobs.qsize() }, () => jobs.get_nowait()))

  const mixed = new asyncio.PriorityQueue<number | string>()
  mixed.put_nowait(1)
  mixed.put_nowait('one')
})

export default program(function* () {
  yield* asyncio.run(main())
})
