import type { WorkboxPlugin } from 'workbox-core/types'
// The lesson's service worker: after one visit, the deck, /quiz and /join reload with no network.
// `npm run build` bundles this file, Workbox's runtime included (nothing is fetched from another
// host), into the site's sw.js, and Workbox's injectManifest writes the precache list into it
// (scripts/lib/service-worker.ts). What is kept, and what never is, is decided in offline-rules.ts.
//
// A newer build's worker installs beside this one and waits: the page shows "A newer version of the
// lesson is ready" (setup/offline.ts), and the worker takes over when the student clicks Reload.
import type { PrecacheEntry } from 'workbox-precaching'
import { clientsClaim } from 'workbox-core'
import { ExpirationPlugin } from 'workbox-expiration'
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { cacheNames, keepable, keptFor, NETWORK_TIMEOUT_SECONDS, offlineRoute, SKIP_WAITING } from './offline-rules'

/** The parts of the worker's global scope used here (the project's types are the page's, not a worker's). */
interface WorkerScope {
  readonly registration: { readonly scope: string }
  skipWaiting: () => Promise<void>
  addEventListener: (type: 'message', listener: (event: { readonly data: unknown }) => void) => void
}

const worker = globalThis as unknown as WorkerScope
const scope = new URL(worker.registration.scope)
const names = cacheNames(scope.href)

/** Shell of a page address: where its copy is kept, whatever the slide number or query. */
function shellOf(url: string): string {
  const route = offlineRoute(new URL(url), scope)
  return route.kind === 'page' ? route.shell : url
}

const keepWhole: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (keepable(response) ? response : null),
}

registerRoute(({ url }) => offlineRoute(url, scope).kind === 'page', new NetworkFirst({
  cacheName: names.pages,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    keepWhole,
    { cacheKeyWillBeUsed: async ({ request }) => shellOf(request.url) },
    // Never visited, but installed with the worker: the page's HTML at least, which says itself
    // what it cannot load.
    { handlerDidError: async ({ request }) => matchPrecache(shellOf(request.url)) },
  ],
}))

registerRoute(({ url, request }) => offlineRoute(url, scope).kind === 'asset' && keptFor(request.referrer, scope), new CacheFirst({
  cacheName: names.assets,
  plugins: [
    keepWhole,
    // Each build names its files anew: the oldest go once there are many, or when space runs out.
    new ExpirationPlugin({ maxEntries: 400, purgeOnQuotaError: true }),
  ],
}))

// After the routes above, so the precached pages are served network first too; this serves the icon.
// `self.__WB_MANIFEST` is written out whole: the build replaces that text with the precache list.
// eslint-disable-next-line no-restricted-globals
precacheAndRoute((self as unknown as { __WB_MANIFEST: Array<PrecacheEntry | string> }).__WB_MANIFEST, { cleanURLs: false, directoryIndex: '' })
cleanupOutdatedCaches()

// The first worker takes over the page that installed it, so what that page loads next is kept;
// a newer worker waits for the student's Reload.
clientsClaim()
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING)
    void worker.skipWaiting()
})
