# differential: max-iterations=6
# A loop waits at most a day at once: 1 step + 3 one-day waits + the timer + the wakeup = 6 iterations,
# so the 7th (the shutdown) is over budget.
import asyncio


async def main():
    print("sleeping 3 days")
    await asyncio.sleep(3 * 86400 + 0.5)
    print("woke at", asyncio.get_running_loop().time())


asyncio.run(main())
