/**
 * The benchmark's delays, shared by both engines: the same 32-bit LCG runs here and in
 * bench_workload.py, so W(n, k) sleeps the same milliseconds in the same order on each side.
 */

/** x = (1664525 x + 1013904223) mod 2**32 (Numerical Recipes); a delay is (x >> 16) % 1001 ms. */
export function delaysMs(count: number, seed: number): Uint16Array {
  const out = new Uint16Array(count)
  let state = seed >>> 0
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    out[i] = (state >>> 16) % 1001
  }
  return out
}

/** The delay in seconds, as Python computes it (`ms / 1000`): the same double on both sides. */
export const DELAY_SECONDS: readonly number[] = Array.from({ length: 1001 }, (_, ms) => ms / 1000)
