import asyncio


async def with_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("cleaning up")
        await asyncio.sleep(0.5)
        print("cleaned up")


async def main():
    try:
        await asyncio.wait_for(with_cleanup(), timeout=2)
    except TimeoutError:
        print("TimeoutError")


asyncio.run(main())
