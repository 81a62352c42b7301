import asyncio


async def quitter():
    await asyncio.sleep(1)
    print("quitting")
    raise SystemExit(3)


async def bystander():
    try:
        await asyncio.sleep(10)
    finally:
        print("bystander finally")


async def main():
    asyncio.create_task(bystander())
    await quitter()


asyncio.run(main())
print("never")
