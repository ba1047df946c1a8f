import type { Page } from 'playwright-chromium'

/** What a page downloaded while it was watched: bytes in all, and every request to another host. */
export interface Traffic {
  readonly foreign: string[]
  bytes: number
}

/**
 * Watches a page's network use from now on: the bytes as sent (each response's Content-Length, so
 * compressed where the server compressed), and every request to another host. Requests to
 * `origin`, and `data:`/`blob:` URLs that never leave the page, are local; anything else is foreign.
 */
export function watchTraffic(page: Page, origin: string): Traffic {
  const traffic: Traffic = { foreign: [], bytes: 0 }
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      traffic.foreign.push(url)
  })
  // Read from the Content-Length header, synchronously: awaiting each body would let the page close
  // before the last ones are counted, and under-report.
  page.on('response', (response) => {
    traffic.bytes += Number(response.headers()['content-length'] ?? 0)
  })
  return traffic
}

/** What a page has loaded so far, by the browser's own count: as sent (compressed) and as used. */
export interface PageWeight {
  /** Bytes of the bodies as they came over the network (brotli or gzip when the server sent that). */
  readonly sent: number
  /** Bytes of the bodies once decoded: what a static host that does not compress would send. */
  readonly decoded: number
  readonly requests: number
}

/**
 * Sums the page's own resource timing entries (the document, scripts, styles, fonts, API replies
 * that have finished). Call it once the page is idle and its fonts are ready.
 */
export function pageWeight(page: Page): Promise<PageWeight> {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[]
    return {
      sent: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
      decoded: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
      requests: entries.length,
    }
  })
}

/** What the lesson's service worker keeps for the page: files and their bytes, decoded. */
export interface OfflineCopy {
  readonly files: number
  readonly bytes: number
}

/**
 * Waits (up to `timeoutMs`) until the service worker controls the page and keeps the page and
 * every file of assets/ it loaded, then counts what the worker's caches hold. Undefined when the
 * page never got there (no worker: plain http on a network address, or a `--presenter` copy).
 */
export async function offlineCopy(page: Page, timeoutMs = 30_000): Promise<OfflineCopy | undefined> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const copy = await page.evaluate(async () => {
      if (!navigator.serviceWorker?.controller)
        return undefined
      const loaded = performance.getEntriesByType('resource').map(entry => entry.name).filter(url => new URL(url).pathname.includes('/assets/'))
      const kept = new Map<string, number>()
      for (const name of await caches.keys()) {
        const cache = await caches.open(name)
        for (const request of await cache.keys())
          kept.set(request.url, (await (await cache.match(request))?.blob())?.size ?? 0)
      }
      const pageKept = [...kept.keys()].some(url => url.endsWith('/index.html'))
      if (!pageKept || !loaded.every(url => kept.has(url)))
        return undefined
      return { files: kept.size, bytes: [...kept.values()].reduce((sum, size) => sum + size, 0) }
    })
    if (copy !== undefined)
      return copy
    await page.waitForTimeout(250)
  }
  return undefined
}
