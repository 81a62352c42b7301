import asyncio


async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')


coro = main()  # calling a coroutine function runs none of its body yet
print('main is a coroutine object:', asyncio.iscoroutine(main))
print('coro is a coroutine object:', asyncio.iscoroutine(coro))
asyncio.run(coro)  # start an event loop and run coro to the end
