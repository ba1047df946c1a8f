/**
 * Whether the deck at `url` can be loaded now: false at once when the browser knows it is offline,
 * else a quick HEAD request that must answer within three seconds.
 */
export async function deckReachable(url: string): Promise<boolean> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return false
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), 3000)
  try {
    return (await fetch(url, { method: 'HEAD', cache: 'no-store', signal: abort.signal })).ok
  }
  catch {
    return false
  }
  finally {
    clearTimeout(timer)
  }
}
