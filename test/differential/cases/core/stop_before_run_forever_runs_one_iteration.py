import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "first callback")
loop.stop()
loop.call_soon(print, "second callback")
loop.run_forever()
print("run_forever returned")
loop.run_until_complete(asyncio.sleep(0))
print("done")
loop.close()
