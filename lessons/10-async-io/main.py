# SIMULATED I/O: there is no network and no server here. fetch() plays
# an HTTP GET by waiting for the page's fixed latency (LATENCY below)
# with asyncio.sleep, so every run prints the same times. Real code
# sends the request with an async client such as aiohttp or httpx:
#     async with session.get(url) as resp:
#         body = await resp.text()
# and real network times vary from run to run. The waits overlap in
# exactly the same way.
import asyncio
import time

# Seconds the simulated server takes to answer each page
# (the article's /stuTable/ view sleeps 3 s before it answers).
LATENCY = {
    '/index': 0.5,
    '/stuTable/': 3.0,
    '/page/1': 1.0,
    '/page/2': 2.0,
    '/page/3': 1.5,
}
URLS = list(LATENCY)
start = 0.0  # when the current experiment began


def elapsed():
    return time.perf_counter() - start


async def fetch(url):
    await asyncio.sleep(LATENCY[url])  # simulated: request and answer
    print(f'  {url:<10} done at {elapsed():.1f} s')
    return f'<html of {url}>'


async def fetch_limited(url, sem):
    async with sem:  # waits here while both slots are taken
        print(f'  {url:<10} starts at {elapsed():.1f} s')
        return await fetch(url)


async def main():
    global start
    print('One page after another:')
    start = time.perf_counter()
    pages = []
    for url in URLS:
        pages.append(await fetch(url))
    print(f'{len(pages)} pages in {elapsed():.1f} s')

    print('All at once with gather:')
    start = time.perf_counter()
    pages = await asyncio.gather(*[fetch(url) for url in URLS])
    print(f'{len(pages)} pages in {elapsed():.1f} s')

    print('At most 2 at a time with Semaphore(2):')
    start = time.perf_counter()
    sem = asyncio.Semaphore(2)
    jobs = [fetch_limited(url, sem) for url in URLS]
    pages = await asyncio.gather(*jobs)
    print(f'{len(pages)} pages in {elapsed():.1f} s')


asyncio.run(main())
