import asyncio

loop = asyncio.new_event_loop()


def tick(n):
    print("tick", n, loop.time())
    if n == 3:
        loop.stop()
        loop.call_soon(print, "queued after stop()")
        print("stop() returned; the batch goes on")
    else:
        loop.call_later(0.5, tick, n + 1)


loop.call_soon(tick, 1)
loop.run_forever()
print("run_forever returned at", loop.time(), loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("second run_forever returned")
loop.close()
