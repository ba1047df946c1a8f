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
