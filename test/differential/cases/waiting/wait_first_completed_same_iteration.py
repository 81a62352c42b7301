import asyncio


async def nap(delay, name):
    await asyncio.sleep(delay)
    print(name, "woke")
    return name


async def main():
    a = asyncio.create_task(nap(1, "a"))
    b = asyncio.create_task(nap(1, "b"))
    c = asyncio.create_task(nap(2, "c"))
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_COMPLETED)
    print("done:", len(done), a in done, b in done)
    print("pending:", len(pending), c in pending)
    await c


asyncio.run(main())
