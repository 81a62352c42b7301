import asyncio


async def main():
    print("main is", asyncio.current_task().get_name())


try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
