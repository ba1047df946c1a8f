// The lesson with no network, as a student meets it: a page visited once, then the network gone
// (the site's server stopped, so every request really fails, the service worker's too), then a
// reload. And a newer version put online while a page is open. Each test acts as a person does and
// reads what is on the screen; any console error fails it, except the refused requests of a page
// that asks the network for what only the network has.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { StaticServer } from '../scripts/serve'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { shuffleBank } from '../quiz/shuffle'
import { startStaticServer } from '../scripts/serve'
import { UPDATE_CHECK_MINUTES } from '../setup/offline'
import { answerQuestion } from './support/answer'
import { launchChromium, noBrowserReason, watchErrors } from './support/browser'
import { distDir } from './support/dirs'
import { tabTo } from './support/keyboard'

const SEED = 'offline'
const shown = shuffleBank(bank, SEED)
const PHONE = { width: 360, height: 740 }
/** The browser's own words for a request to a server that is not there. */
const REFUSED = /ERR_CONNECTION_REFUSED|Failed to fetch/
/** Minutes on a loaded two-core machine, never a fixed sleep: each wait ends when its condition holds. */
const PATIENCE = { timeout: 90_000 }

/**
 * Waits until the service worker controls the page and its copy holds the page (under `shell`, the
 * HTML file the server sends for that address) and every file of assets/ the page has loaded.
 */
async function keptForOffline(page: Page, shell: string): Promise<void> {
  // What the worker does not hold yet, in words a failure can show.
  const missing = (shellUrl: string): Promise<string[]> => page.evaluate(async (shellUrl) => {
    if (!navigator.serviceWorker.controller)
      return ['no service worker controls the page']
    const loaded = performance.getEntriesByType('resource').map(entry => entry.name).filter(url => new URL(url).pathname.startsWith('/assets/'))
    const urls = new Set<string>()
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        urls.add(request.url)
    }
    return [shellUrl, ...loaded].filter(url => !urls.has(url))
  }, shellUrl)
  // Polled from here: page.waitForFunction takes a promise for a truthy answer.
  await expect.poll(() => missing(new URL(shell, page.url()).href), { ...PATIENCE, interval: 250 }).toEqual([])
}

/** Answers and checks the first `count` questions rightly, clicking and typing, as a student does. */
async function answer(page: Page, count: number): Promise<void> {
  for (let n = 0; n < count; n++) {
    if (n > 0)
      await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('heading', { name: `Question ${n + 1} of ${shown.length}` }).waitFor()
    await answerQuestion(page, shown[n]!, true, { by: 'click' })
    await page.getByRole('button', { name: shown[n]!.kind === 'open' ? 'Hand in' : 'Check', exact: true }).click()
    await page.locator('.quiz-verdict').waitFor()
  }
  await page.getByText(`${count} checked`).waitFor()
}

describe.skipIf(noBrowserReason)('the lesson with no network, after one visit', () => {
  let browser: Browser
  let server: StaticServer | undefined
  let context: BrowserContext | undefined
  /** How often the browser has fetched the service worker's script from the server: each time it looks for a newer version. */
  let workerFetches = 0
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
  })

  /**
   * Serves `root`, opens `path` in a new context (with a clock the test moves, if asked), and
   * collects the page's errors from the start.
   */
  async function visit(root: string, path: string, viewport = PHONE, { clock = false } = {}): Promise<{ page: Page, errors: string[], url: string }> {
    workerFetches = 0
    server = await startStaticServer({ root, onRequest: (url) => {
      if (url === '/sw.js')
        workerFetches++
    } })
    context = await browser.newContext({ viewport })
    // A clock the test can move on, for what a page does after half an hour; it runs as usual till then.
    if (clock)
      await context.clock.install()
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
    return { page, errors, url: server.url }
  }

  /** Takes the network away: the site's server stops, so nothing from it can load any more. */
  async function networkGone(): Promise<void> {
    await server?.close()
    server = undefined
  }

  async function done(): Promise<void> {
    await context?.close()
    await server?.close()
    context = undefined
    server = undefined
  }

  it('reloads /quiz with no network, with both answers given', async () => {
    try {
      const { page, errors } = await visit(distDir, `/quiz?seed=${SEED}`)
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
      await answer(page, 2)
      await keptForOffline(page, '/quiz/index.html')

      await networkGone()
      await page.reload({ waitUntil: 'load' })
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
      await page.getByText('2 checked').waitFor()
      expect(await page.locator('.quiz-verdict strong').textContent()).toBe('Correct')
      expect(errors).toEqual([])
    }
    finally {
      await done()
    }
  })

  it('reloads slide 1 of the deck with no network', async () => {
    try {
      const { page, errors } = await visit(distDir, '/1', { width: 1280, height: 720 })
      const title = page.locator('.slidev-page-1 h1')
      await title.waitFor()
      const words = (await title.textContent())!.trim()
      expect(words).not.toBe('')
      await keptForOffline(page, '/index.html')

      await networkGone()
      await page.reload({ waitUntil: 'load' })
      await page.getByRole('heading', { level: 1, name: words }).waitFor()
      expect(errors).toEqual([])
    }
    finally {
      await done()
    }
  })

  it('reloads /join with no network: the live quiz\'s own screen says the classroom is not there', async () => {
    try {
      // On a web host, /join says the live quiz runs in the classroom; with no network it says the same.
      const { page, errors } = await visit(distDir, '/join')
      await page.getByText('it is not running at this address').waitFor()
      await keptForOffline(page, '/join/index.html')

      await networkGone()
      await page.reload({ waitUntil: 'load' })
      await page.getByRole('heading', { level: 1, name: 'Live quiz' }).waitFor(PATIENCE)
      await page.getByText('it is not running at this address').waitFor(PATIENCE)
      await page.getByRole('link', { name: 'Open the self-paced quiz' }).waitFor()
      // The page asks the network whether a class runs here; that request, and only it, is refused.
      expect(errors.filter(error => !REFUSED.test(error))).toEqual([])
    }
    finally {
      await done()
    }
  })

  it('offers a newer version put online while /quiz and the deck are open, with no reload, and keeps the answer through the update', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'lesson-offline-'))
    try {
      cpSync(distDir, copy, { recursive: true })
      const { page, errors } = await visit(copy, `/quiz?seed=${SEED}`, PHONE, { clock: true })
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
      await answer(page, 1)
      await keptForOffline(page, '/quiz/index.html')
      const notice = page.getByRole('status').filter({ hasText: 'A newer version of the lesson is ready' })
      expect(await notice.count()).toBe(0)
      // The same student has the deck open in another tab.
      const deck = await context!.newPage()
      const deckErrors = watchErrors(deck)
      const looked = workerFetches
      await deck.goto(`${server!.url}/1`, { waitUntil: 'networkidle' })
      // A page opened makes the browser look for a newer version, a few seconds later; that look is
      // over before the newer version goes online, so only the open pages' own look can find it.
      await expect.poll(() => workerFetches, PATIENCE).toBeGreaterThan(looked)

      // A newer build goes online: its service worker differs (here by a line; a real build by
      // the revisions of its pages). The host sends its own sw.js, not the old compressed copies.
      const worker = join(copy, 'sw.js')
      writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// a newer build\n`)
      rmSync(`${worker}.br`, { force: true })
      rmSync(`${worker}.gz`, { force: true })

      // Nobody reloads: half an hour on, the open pages ask for a newer version, and both tabs offer it.
      await context!.clock.fastForward(`${UPDATE_CHECK_MINUTES}:00`)
      await notice.waitFor(PATIENCE)
      await page.getByText('1 checked').waitFor()
      const deckNotice = deck.getByRole('status').filter({ hasText: 'A newer version of the lesson is ready' })
      await deckNotice.waitFor(PATIENCE)
      // Opened again, the deck still offers it.
      await deck.reload({ waitUntil: 'load' })
      await deckNotice.waitFor(PATIENCE)

      const reloaded = page.waitForEvent('load', PATIENCE)
      await tabTo(page, page.getByRole('button', { name: 'Reload' }), 200)
      await page.keyboard.press('Enter')
      await reloaded
      await page.getByText('1 checked').waitFor()
      expect(await notice.count()).toBe(0)
      expect(await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration()
        return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null }
      })).toEqual({ waiting: null, controlled: true })

      // In the deck's tab, the newer version is in charge already: its Reload just reloads.
      const deckReloaded = deck.waitForEvent('load', PATIENCE)
      await deck.getByRole('button', { name: 'Reload' }).click()
      await deckReloaded
      await deck.locator('.slidev-page-1 h1').waitFor()
      expect(await deckNotice.count()).toBe(0)
      expect([...errors, ...deckErrors]).toEqual([])
    }
    finally {
      await done()
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
