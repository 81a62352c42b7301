import asyncio


async def main():
    try:
        async with asyncio.timeout(1) as outer:
            try:
                async with asyncio.timeout(5) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner caught it (wrong)")
    except TimeoutError:
        print("outer expired:", outer.expired(), "inner expired:", inner.expired())
    print("cancelling:", asyncio.current_task().cancelling())

    try:
        async with asyncio.timeout(3) as outer:
            try:
                async with asyncio.timeout(1) as inner:
                    await asyncio.sleep(10)
            except TimeoutError:
                print("inner expired:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(1)
            print("still inside outer")
    except TimeoutError:
        print("outer caught it (wrong)")


asyncio.run(main())
