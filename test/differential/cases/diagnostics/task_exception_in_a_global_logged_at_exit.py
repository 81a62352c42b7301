import asyncio


async def boom(n):
    await asyncio.sleep(n)
    raise ValueError(f"boom {n}")


async def main():
    await asyncio.sleep(3)
    print("main done")


loop = asyncio.new_event_loop()
second = loop.create_task(boom(2))
first = loop.create_task(boom(1))
loop.run_until_complete(main())
print("after run_until_complete")
loop.close()
print("closed")
