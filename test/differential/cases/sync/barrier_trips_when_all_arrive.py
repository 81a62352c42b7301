import asyncio
import time


async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(f"{name} arrives at {time.monotonic():.1f}, n_waiting={barrier.n_waiting}")
    index = await barrier.wait()
    print(f"{name} passes at {time.monotonic():.1f} with index {index}")


async def stuck(barrier):
    try:
        async with barrier as index:
            print("never printed", index)
    except asyncio.BrokenBarrierError as e:
        print(f"stuck party: {e!r} at {time.monotonic():.1f}")


async def main():
    barrier = asyncio.Barrier(3)
    await asyncio.gather(party("a", barrier, 1), party("b", barrier, 3), party("c", barrier, 2))
    print(f"parties={barrier.parties}, n_waiting={barrier.n_waiting}, broken={barrier.broken}")
    t = asyncio.create_task(stuck(barrier))
    await asyncio.sleep(1)
    print(f"n_waiting={barrier.n_waiting}; aborting")
    await barrier.abort()
    await t
    print(f"broken={barrier.broken}")
    await barrier.wait()


asyncio.run(main())
