# A job that fails while nobody awaits its future: the exception is only reported when the
# future is collected ("Future exception was never retrieved").
import asyncio
import time


def fails():
    time.sleep(1)
    raise ValueError('lost')


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, fails)
    await asyncio.sleep(2)
    print('main ends at', loop.time())


asyncio.run(main())
print('after run at', time.monotonic())
