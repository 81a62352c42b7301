import asyncio


async def main():
    queue = asyncio.Queue(1)
    queue.put_nowait("x")
    try:
        queue.put_nowait("y")
    except asyncio.QueueFull as e:
        print("put_nowait on a full queue:", repr(e), isinstance(e, Exception))
    print(queue.get_nowait())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on an empty queue:", repr(e), str(e) == "")
    queue.get_nowait()


asyncio.run(main())
