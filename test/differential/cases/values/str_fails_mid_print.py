import asyncio


class Sensor:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Sensor({self.name!r})"

    def __str__(self):
        if self.name == "broken":
            raise RuntimeError(f"cannot read {self.name}")
        return f"<{self.name}>"


async def main():
    sensors = [Sensor("temp"), Sensor("broken")]
    print(sensors)
    print("first:", sensors[0])
    await asyncio.sleep(0.5)
    print("reading", sensors[0], sensors[1], "never printed")


asyncio.run(main())
