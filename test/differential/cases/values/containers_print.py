import asyncio


async def fetch(n):
    await asyncio.sleep(n / 10)
    if n == 3:
        raise ValueError(f"bad item {n}")
    return {"id": n, "name": f"item-{n}", "tags": ("new",) if n % 2 else ()}


async def main():
    results = await asyncio.gather(*(fetch(n) for n in range(1, 5)), return_exceptions=True)
    print(results)
    for r in results:
        print(repr(r), str(r))
    print([1, "two", 3.5, None, True, [], (), {}, set()])
    print((1,), (1, 2), ("a", ("b",)))
    print({"k": [1, 2], 2: {"nested": "dict"}, (1, 2): "tuple key"})
    print({3, 1, 2}, set([10, 18, 2, 26]), {-1, -2, 100, 7})
    seen = set()
    for n in [40, 8, 16, 3, 64, 1]:
        seen.add(n)
    print(seen)
    print(["it's", 'say "hi"', "tab\there", "你好，世界", "new\nline"])
    print("你好", "it's", 'say "hi"')
    print(ValueError("boom"), [ValueError("boom"), KeyError("k"), asyncio.CancelledError()])


asyncio.run(main())
