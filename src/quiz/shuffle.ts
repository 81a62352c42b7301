/**
 * A deterministic shuffle: the same seed gives the same order on every run and every machine, so a
 * quiz can be replayed, scripted (`printf '2 1 3\n' | asyncio-lessons quiz 3`) and tested. Never
 * the answer itself: a shuffle that lands on the true order is rotated by one.
 */

/** FNV-1a, 32 bits: a seed from a string. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: a small, well-mixed generator of floats in [0, 1). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `items` in an order fixed by `seed`, different from the given order whenever two items differ. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items]
  const next = generator(hashSeed(seed))
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  if (out.length > 1 && out.every((item, i) => item === items[i])) out.push(out.shift()!)
  return out
}
