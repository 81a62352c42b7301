# A loop deadlocks after a thread has come and gone: the report names the stuck task and where
# each live thread waits (only the main thread, in its loop).
import asyncio
import threading

threading.Thread(target=lambda: None, name='quick').start()


async def main():
    await asyncio.get_running_loop().create_future()


asyncio.run(main())
