import asyncio
import sys


async def progress(name, steps):
    for i in range(steps):
        print(f"{name}{i}", end=" ", flush=True)
        await asyncio.sleep(0.5)
    print(f"[{name} done]")


async def main():
    print()
    print("a", "b", "c")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ", end=".\n")
    print("x", 1, 2.5, None, True, [1, "y"], sep=" | ")
    print("no newline yet", end="")
    await asyncio.sleep(1)
    print(" ... finished a second later")
    await asyncio.gather(progress("A", 3), progress("B", 2))
    n = sys.stdout.write("written directly\nand a partial ")
    print(n)
    print("multi\nline\n\ntext", end="!\n")
    print("sep None", "end None", sep=None, end=None)
    print(*range(5), sep="-")
    print("trailing without newline", end="")


asyncio.run(main())
