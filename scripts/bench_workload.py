"""Workload W(n, k) of `npm run bench`, on CPython asyncio (run it under python/harness.py).

    python3 python/harness.py --max-iterations N scripts/bench_workload.py N_TASKS K_SLEEPS SEED

n tasks, each doing k sleeps of a pseudo-random delay between 0 and 1 s in whole milliseconds,
all gathered by `main`. Its twin is scripts/bench-embedded.ts: the delays come from the same LCG
(bench-delays.ts), a task step is counted where the coroutine resumes, and the last stdout line
is the same JSON record, whose `steps` and `virtual_time` let the bench check that both engines
ran the same workload.

Time is virtual under the harness (time.monotonic and time.perf_counter follow it), so the real
elapsed time is read from CLOCK_MONOTONIC directly.
"""

import asyncio
import json
import resource
import sys
import time

n = int(sys.argv[1])
k = int(sys.argv[2])
seed = int(sys.argv[3])

# Delays are indices into a table of the 1001 possible values: a million delays cost a list of
# references, not a million float objects (which would count against CPython's peak RSS).
TABLE = [ms / 1000 for ms in range(1001)]


def delays_ms(count, state):
    """The LCG of bench-delays.ts: x = (1664525 x + 1013904223) mod 2**32, ms = (x >> 16) % 1001."""
    out = [0] * count
    for i in range(count):
        state = (state * 1664525 + 1013904223) & 0xFFFFFFFF
        out[i] = TABLE[(state >> 16) % 1001]
    return out


delays = delays_ms(n * k, seed)
steps = 0
end_time = 0.0


async def worker(base):
    global steps
    steps += 1
    for j in range(base, base + k):
        await asyncio.sleep(delays[j])
        steps += 1


async def main():
    global steps, end_time
    steps += 1
    await asyncio.gather(*[worker(i * k) for i in range(n)])
    steps += 1
    end_time = asyncio.get_running_loop().time()


cpu_start = time.process_time()
start = time.clock_gettime(time.CLOCK_MONOTONIC)
asyncio.run(main())
seconds = time.clock_gettime(time.CLOCK_MONOTONIC) - start
cpu_seconds = time.process_time() - cpu_start
print(json.dumps({
    'engine': 'cpython',
    'n': n,
    'k': k,
    'steps': steps,
    'virtual_time': '%.6f' % end_time,
    'seconds': seconds,
    'cpu_seconds': cpu_seconds,
    'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
sys.stdout.flush()
