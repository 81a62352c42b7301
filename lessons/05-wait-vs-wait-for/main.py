import asyncio


async def func(s):
    await asyncio.sleep(s)
    print('end', s)
    return s


async def foo(k=0):
    await asyncio.sleep(30)
    return k


async def main():
    # wait() on tasks that finished while main slept: it returns at once
    task_list = [asyncio.create_task(func(2)), asyncio.create_task(func(3))]
    await asyncio.sleep(5)
    done, pending = await asyncio.wait(task_list)
    print('wait():', len(done), 'done,', len(pending), 'pending')

    # wait_for: on timeout it cancels the task and raises TimeoutError
    task = asyncio.create_task(foo(k=1))
    try:
        await asyncio.wait_for(task, timeout=1)
    except TimeoutError:
        print('wait_for: TimeoutError')
    print('cancelled:', task.cancelled())

    # wait: on timeout it just returns; the task keeps running
    task = asyncio.create_task(foo(k=2))
    done, pending = await asyncio.wait([task], timeout=1)
    print('wait(timeout=1):', len(done), 'done,', len(pending), 'pending')
    print('cancelled:', task.cancelled())

    # return_when: stop waiting as soon as one of them finishes
    quick = asyncio.create_task(func(1))
    done, pending = await asyncio.wait([task, quick], return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED:', len(done), 'done,', len(pending), 'pending')
    task.cancel()  # wait() never cancels anything: that is our job


asyncio.run(main())
