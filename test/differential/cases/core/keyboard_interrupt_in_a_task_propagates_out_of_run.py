import asyncio

interrupter_task = None


async def interrupter():
    await asyncio.sleep(1)
    raise KeyboardInterrupt


async def main():
    global interrupter_task
    interrupter_task = asyncio.create_task(interrupter())
    try:
        await asyncio.sleep(5)
    finally:
        print("main finally at", asyncio.get_running_loop().time())


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached the module")
print(repr(interrupter_task.exception()))
