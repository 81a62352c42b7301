import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    return f'{what} - {delay}'


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
    # two coroutines, gathered: each is wrapped in a task, and the results come back as one list
    ret = await asyncio.gather(say_after(1, 'hello'), say_after(2, 'world'))
    print(ret)

    # tasks made by hand, unpacked with *: results come back in argument order
    tasks = [asyncio.create_task(do_some_work(x)) for x in (4, 1, 2)]
    results = await asyncio.gather(*tasks)
    for result in results:
        print('Task ret:', result)

    # two 0.6 s jobs, gathered: they sleep at the same time
    start = time.perf_counter()
    results = await asyncio.gather(count(1), count(2))
    print(f'result: {results} in {time.perf_counter() - start:0.2} seconds')

    # return_exceptions=True: an exception takes its place in the list
    results = await asyncio.gather(count(1), fail(), count(3), return_exceptions=True)
    print(results)


asyncio.run(main())
