import asyncio

ticks = 0


async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1


async def quick():
    return 1


async def measure(label, make):
    start = ticks
    await make()
    print(label, ticks - start)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)

    done_task = asyncio.create_task(quick())
    await done_task

    async def use_timeout():
        async with asyncio.timeout(5):
            await quick()

    async def use_taskgroup():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quick())

    async def use_empty_taskgroup():
        async with asyncio.TaskGroup():
            pass

    async def use_shield():
        await asyncio.shield(quick())

    async def use_shield_done():
        await asyncio.shield(done_task)

    async def use_wait():
        await asyncio.wait([asyncio.create_task(quick())])

    async def use_wait_done():
        await asyncio.wait([done_task])

    async def use_as_completed():
        for f in asyncio.as_completed([quick()]):
            await f

    async def use_wait_for_done():
        await asyncio.wait_for(done_task, 5)

    await measure("timeout", use_timeout)
    await measure("taskgroup", use_taskgroup)
    await measure("empty taskgroup", use_empty_taskgroup)
    await measure("shield", use_shield)
    await measure("shield(done)", use_shield_done)
    await measure("wait", use_wait)
    await measure("wait(done)", use_wait_done)
    await measure("as_completed", use_as_completed)
    await measure("wait_for(done)", use_wait_for_done)
    t.cancel()


asyncio.run(main())
