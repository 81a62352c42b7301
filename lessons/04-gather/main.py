import asyncio
import time


async def do_some_work(x):
    print('waiting:', x)
    await asyncio.sleep(x)
    print('done:', x)
    return f'Done after {x}s'


async def count(k):
    await asyncio.sleep(0.6)
    return k


async def fail():
    await asyncio.sleep(0.3)
    raise ValueError('job failed')


async def main():
    # tasks made by hand, unpacked with *: results come back in argument order
    tasks = [asyncio.create_task(do_some_work(x)) for x in (4, 1, 2)]
    results = await asyncio.gather(*tasks)
    for result in results:
        print('Task ret:', result)

    # plain coroutines: gather wraps each one in a task for you
    start = time.perf_counter()
    results = await asyncio.gather(count(1), count(2))
    print(f'result: {results} in {time.perf_counter() - start:0.2} seconds')

    # return_exceptions=True: an exception takes its place in the list
    results = await asyncio.gather(count(1), fail(), count(3), return_exceptions=True)
    print(results)


asyncio.run(main())
