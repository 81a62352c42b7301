import { async_def, async_with, asyncio, format, print, program, time } from '../../src/scheduler/python.js'

// SIMULATED I/O, as the header of main.py says: fetch() waits with asyncio.sleep where real
// code would send an HTTP request (aiohttp, httpx).

type Semaphore = InstanceType<typeof asyncio.Semaphore>

// Seconds the simulated server takes to answer each page
// (the article's /stuTable/ view sleeps 3 s before it answers).
const LATENCY: Record<string, number> = {
  '/index': 0.5,
  '/stuTable/': 3.0,
  '/page/1': 1.0,
  '/page/2': 2.0,
  '/page/3': 1.5,
}
const URLS = Object.keys(LATENCY)
let start = 0.0 // when the current experiment began

function elapsed(): number {
  return time.perf_counter() - start
}

const fetch = async_def(function* fetch(url: string) {
  yield* asyncio.sleep(LATENCY[url]!) // simulated: request and answer
  print(`  ${format(url, '<10')} done at ${format(elapsed(), '.1f')} s`)
  return `<html of ${url}>`
})

const fetch_limited = async_def(function* fetch_limited(url: string, sem: Semaphore) {
  return yield* async_with(sem, function* () {
    // waits here while both slots are taken
    print(`  ${format(url, '<10')} starts at ${format(elapsed(), '.1f')} s`)
    return yield* fetch(url)
  })
})

const main = async_def(function* main() {
  print('One page after another:')
  start = time.perf_counter()
  let pages: unknown[] = []
  for (const url of URLS) {
    pages.push(yield* fetch(url))
  }
  print(`${pages.length} pages in ${format(elapsed(), '.1f')} s`)

  print('All at once with gather:')
  start = time.perf_counter()
  pages = yield* asyncio.gather(...URLS.map((url) => fetch(url)))
  print(`${pages.length} pages in ${format(elapsed(), '.1f')} s`)

  print('At most 2 at a time with Semaphore(2):')
  start = time.perf_counter()
  const sem = new asyncio.Semaphore(2)
  const jobs = URLS.map((url) => fetch_limited(url, sem))
  pages = yield* asyncio.gather(...jobs)
  print(`${pages.length} pages in ${format(elapsed(), '.1f')} s`)
})

export default program(function* () {
  start = 0.0
  yield* asyncio.run(main())
})
