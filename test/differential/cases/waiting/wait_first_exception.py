import asyncio


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def main():
    t1 = asyncio.create_task(ok(1))
    t2 = asyncio.create_task(fail(2))
    t3 = asyncio.create_task(ok(4))
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print("done:", len(done), t1 in done, t2 in done)
    print("pending:", len(pending), t3 in pending)
    print(repr(t2.exception()))
    t3.cancel()
    done, pending = await asyncio.wait([t3])
    print("t3 cancelled:", t3.cancelled(), len(pending))


asyncio.run(main())
