import asyncio


async def early():
    print("early task ran its first step")
    await asyncio.sleep(0)
    print("early task second step")


loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.set_result("already done")
loop.call_soon(print, "queued callback")
loop.create_task(early())
print(loop.run_until_complete(fut))
print("between runs")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
