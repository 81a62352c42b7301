import asyncio


async def main():
    await asyncio.sleep(0)


asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(1, "slept on a new loop")), loop.time())
loop.close()
