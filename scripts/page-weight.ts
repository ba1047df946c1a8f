import type { Page } from 'playwright-chromium'

/** What a page downloaded while it was watched: bytes in all, and every request to another host. */
export interface Traffic {
  readonly foreign: string[]
  bytes: number
}

/**
 * Watches a page's network use from now on. The static server in scripts/serve.ts sends every file
 * with its Content-Length and without compression, so the sum is the full size. Requests to
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
