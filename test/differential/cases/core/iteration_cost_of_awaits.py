import asyncio

tick = 0


async def counter():
    global tick
    while True:
        print("tick", tick)
        tick += 1
        await asyncio.sleep(0)


async def inline():
    return "inline"


async def main():
    c = asyncio.create_task(counter())
    await asyncio.sleep(0)
    print("await coro():", await inline(), tick)
    print("await create_task():", await asyncio.create_task(inline()), tick)
    done = asyncio.get_running_loop().create_future()
    done.set_result("done future")
    print("await done future:", await done, tick)
    await asyncio.sleep(0)
    print("after sleep(0):", tick)
    c.cancel()


asyncio.run(main())
