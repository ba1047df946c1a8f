// What the lesson's service worker keeps for reloading with no network, decided in one place: the
// worker (setup/service-worker.ts) asks these functions about every request, the build
// (scripts/lib/service-worker.ts) reads the precache list, and the tests read both. Plain
// TypeScript, no browser API: the rules are tested in Node.
//
// The rules, in short: a page of the site (the deck's /, /3, …; /quiz, /join, /handout, /sources)
// is fetched from the network first and kept for when the network fails; a file of assets/ (named
// by its content, so it never changes) is kept the first time it is loaded; everything else goes
// to the network untouched. Never kept: the API (/api/…, answers, event streams, the class), the
// teacher's pages and the presenter's, and any reply the server marks `no-store`.

/** The service worker's file, at the root of the built site (its scope is the site's base). */
export const SERVICE_WORKER_FILE = 'sw.js'

/**
 * The files the worker downloads when it installs, beside the page: the three pages' HTML (a few
 * kilobytes) and the icon. The pages' scripts, styles and fonts are not: a phone that opens /join
 * must not download the deck in the background. They are kept as the pages load them.
 */
export const PRECACHED_FILES = ['index.html', 'quiz/index.html', 'join/index.html', 'favicon.svg'] as const

/**
 * The first segment of the paths whose pages and replies are never kept: the API (answers, the
 * class, event streams), the teacher's pages, and the deck's presenter, notes, overview and
 * printing routes, which are the teacher's.
 */
export const NEVER_KEPT = ['api', 'teacher', 'presenter', 'notes', 'notes-edit', 'overview', 'entry', 'export', 'print'] as const

/** The pages outside the deck that are a student's: each is one HTML file in a folder of its own. */
export const STUDENT_PAGES = ['quiz', 'join', 'handout', 'sources'] as const

/** Where Vite puts the files named by their content (scripts, styles, font pieces). */
export const HASHED_DIR = 'assets'

/** How long a page waits for the network before it is shown from the worker's copy. */
export const NETWORK_TIMEOUT_SECONDS = 4

/**
 * How the worker treats a request:
 * - `page`: network first, the reply kept under `shell` (the HTML file every address of that page
 *   gets from the server), so /quiz?seed=7 and /quiz are one copy, and /5 is the deck's;
 * - `asset`: from the worker's copy when it has one, else from the network, and kept;
 * - `network`: left alone.
 */
export type OfflineRoute
  = | { readonly kind: 'page', readonly shell: string }
    | { readonly kind: 'asset' }
    | { readonly kind: 'network' }

const NETWORK: OfflineRoute = { kind: 'network' }
const ASSET: OfflineRoute = { kind: 'asset' }
const EXTENSION = /\.[^/]+$/

/**
 * How the worker whose scope is `scope` (the site's base, `https://host/sub/path/`) treats `url`.
 * Anything outside the scope or on another host is the network's.
 */
export function offlineRoute(url: URL, scope: URL): OfflineRoute {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname))
    return NETWORK
  const rest = url.pathname.slice(scope.pathname.length)
  const segments = rest.split('/')
  const first = segments[0] ?? ''
  if ((NEVER_KEPT as readonly string[]).includes(first))
    return NETWORK
  if (first === HASHED_DIR)
    return segments.length > 1 && segments.at(-1) !== '' ? ASSET : NETWORK
  const last = segments.at(-1) ?? ''
  // An address that names a file (favicon.svg, 404.html, a .br copy) is not a page, except a
  // page's own index.html.
  if (EXTENSION.test(last) && last !== 'index.html')
    return NETWORK
  if ((STUDENT_PAGES as readonly string[]).includes(first))
    return { kind: 'page', shell: new URL(`${first}/index.html`, scope).href }
  // The deck: the server answers every other page address (/, /3, /1.5) with its index.html.
  if (segments.length > 2 || (segments.length === 2 && last !== '' && last !== 'index.html'))
    return NETWORK
  return { kind: 'page', shell: new URL('index.html', scope).href }
}

/**
 * Whether a request made by the page at `referrer` may be kept: not when a teacher's page asked
 * for it (what the teacher opens stays out of the browser's offline copy).
 */
export function keptFor(referrer: string, scope: URL): boolean {
  if (referrer === '' || referrer === 'about:client')
    return true
  let from: URL
  try {
    from = new URL(referrer)
  }
  catch {
    return true
  }
  if (from.origin !== scope.origin || !from.pathname.startsWith(scope.pathname))
    return true
  const first = from.pathname.slice(scope.pathname.length).split('/')[0] ?? ''
  return !(NEVER_KEPT as readonly string[]).includes(first)
}

const NO_STORE = /(?:^|,)\s*no-store\s*(?:,|$)/i

/** Whether a reply may be kept: a whole 200 reply the server does not mark `no-store`. */
export function keepable(response: { readonly status: number, readonly headers: { get: (name: string) => string | null } }): boolean {
  return response.status === 200 && !NO_STORE.test(response.headers.get('cache-control') ?? '')
}

/** The worker's caches, named after its scope, so two copies of the lesson on one host keep apart. */
export function cacheNames(scope: string): { readonly pages: string, readonly assets: string } {
  return { pages: `lesson-pages-${scope}`, assets: `lesson-assets-${scope}` }
}

/** The message the page sends a waiting worker when the student asks for the newer version. */
export const SKIP_WAITING = 'SKIP_WAITING'
