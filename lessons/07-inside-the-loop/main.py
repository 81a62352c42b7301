import asyncio

START = 0.0


def log(what):
    # when, in which task, how many unfinished tasks the loop has, what happens
    now = asyncio.get_running_loop().time() - START
    me = asyncio.current_task().get_name()
    print(f'{now:.1f}s {me} tasks={len(asyncio.all_tasks())} {what}')


async def say_after(delay, what):
    log(f'runs, awaits sleep({delay}): must wait')
    await asyncio.sleep(delay)  # control goes back to the loop here
    log(f'wakes up: {what}')
    return what  # a task that ends here also hands control back


async def main():
    global START
    START = asyncio.get_running_loop().time()
    log('main starts')
    await say_after(1, 'inline')  # a plain await: no new task
    t1 = asyncio.create_task(say_after(1, 'hello'))
    t2 = asyncio.create_task(say_after(2, 'world'))
    log('created Task-2 and Task-3, not started')
    await asyncio.sleep(0)  # let the loop run one iteration
    log('one iteration later')
    r1 = await t1  # t1 is not done: main must wait
    log(f'woken by Task-2 finishing: {r1}')
    r2 = await t2
    log(f'woken by Task-3 finishing: {r2}')


asyncio.run(main())
