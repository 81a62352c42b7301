import asyncio


class Job:
    """Orders by priority only: equal priorities leave heapq's own order visible."""

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later"), (2, "b"), (0, "first")]:
        pq.put_nowait(item)
    print(pq)
    while not pq.empty():
        print(await pq.get())

    lifo = asyncio.LifoQueue()
    for i in range(4):
        await lifo.put(i)
    print(lifo, [lifo.get_nowait() for _ in range(4)])

    jobs = asyncio.PriorityQueue()
    for i, priority in enumerate([2, 1, 2, 1, 2, 1, 2, 1, 0]):
        await jobs.put(Job(priority, f"j{i}"))
    print([jobs.get_nowait() for _ in range(jobs.qsize())])

    mixed = asyncio.PriorityQueue()
    mixed.put_nowait(1)
    mixed.put_nowait("one")


asyncio.run(main())
