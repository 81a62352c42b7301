import asyncio


async def nested():
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        other.run_until_complete(fut)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()
    print(asyncio.get_running_loop() is not other)


asyncio.run(nested())
