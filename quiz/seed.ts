const SEED_PATTERN = /^[\w-]{1,64}$/

/** Whether a value can be a quiz seed: 1–64 letters, digits, `_` or `-`, so it is safe in a URL. */
export function isSeed(value: unknown): value is string {
  return typeof value === 'string' && SEED_PATTERN.test(value)
}

/** The seed asked for in a page address's query (`?seed=1`), or undefined when there is none or it is not a valid seed. */
export function seedFromSearch(search: string): string | undefined {
  // With the seed given twice, the last one is the one a reader of the address sees and means.
  const seed = new URLSearchParams(search).getAll('seed').at(-1)
  return isSeed(seed) ? seed : undefined
}

/**
 * A fresh seed of six base-36 characters from `random` (numbers in [0, 1)); the page passes
 * `Math.random`, tests pass a fixed sequence.
 */
export function newSeed(random: () => number): string {
  let seed = ''
  for (let i = 0; i < 6; i++)
    seed += Math.floor(random() * 36).toString(36)
  return seed
}

/**
 * The page's address with exactly one `?seed=` naming the attempt: a repeated `seed` (`?seed=1&seed=2`)
 * is reduced to the one in force. Returns undefined when the address is already right.
 */
export function addressWithSeed(href: string, seed: string): string | undefined {
  const url = new URL(href)
  const seeds = url.searchParams.getAll('seed')
  if (seeds.length === 1 && seeds[0] === seed)
    return undefined
  url.searchParams.set('seed', seed)
  return url.href
}
