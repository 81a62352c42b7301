import asyncio
import sys


async def noisy(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: stdout line")
    print(f"{name}: stderr line", file=sys.stderr)
    sys.stderr.write(f"{name}: partial ")
    await asyncio.sleep(0.25)
    sys.stderr.write("completed\n")


async def main():
    print("warming up", file=sys.stderr, end="... ")
    print("stdout is separate")
    await asyncio.gather(noisy("one", 0.5), noisy("two", 0.6))
    print("error:", ValueError("bad value"), file=sys.stderr)
    print("a", "b", sep="\n", file=sys.stderr)
    sys.stdout.write("done\n")
    sys.stderr.write("stderr left open")


asyncio.run(main())
