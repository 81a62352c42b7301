import asyncio


async def job(k):
    await asyncio.sleep(1)
    return k


# 1. The old style (article 002): the policy's loop, run by hand
loop = asyncio.get_event_loop()  # no loop yet: 3.11 makes one, silently
tasks = [asyncio.ensure_future(job(k)) for k in range(1, 4)]  # no running loop needed
print('get_event_loop:', loop.run_until_complete(asyncio.gather(*tasks)))
loop.close()

# 2. An explicit loop: made, used and closed by you
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)  # only for code that calls get_event_loop()
print('new_event_loop:', loop.run_until_complete(job(4)))
loop.close()

# 3. The modern way: one call makes the loop, runs main, cleans up, closes
print('asyncio.run:', asyncio.run(job(5)))

# asyncio.run leaves no current loop behind, and no loop is running here
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    asyncio.create_task(job(6))  # article 002's mistake
except RuntimeError as e:
    print('RuntimeError:', e)
