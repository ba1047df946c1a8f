// Seeded randomness: the same seed always gives the same order, so a page, a printed slide and a test
// agree on it, and nothing depends on the clock.

/** A seed: any string or number; the same seed always gives the same order. */
export type Seed = string | number

/** Turn a seed into a 32-bit integer (FNV-1a over the seed's text). */
export function seedToInt(seed: Seed): number {
  const text = String(seed)
  let hash = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The mulberry32 generator: a function that returns numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: Seed): () => number {
  let state = seedToInt(seed)
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A shuffled copy of `items` (Fisher–Yates driven by mulberry32); the input is not changed. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  const random = mulberry32(seed)
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const a = result[i] as T
    result[i] = result[j] as T
    result[j] = a
  }
  return result
}
