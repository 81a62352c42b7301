import asyncio


async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print("inside, locked:", sem.locked())
    print("value back at 2")
    try:
        sem.release()
    except ValueError as e:
        print("caught:", repr(e))
    plain = asyncio.Semaphore(2)
    plain.release()
    print("a plain Semaphore goes past its start:", plain._value)
    await sem.acquire()
    sem.release()
    sem.release()


asyncio.run(main())
