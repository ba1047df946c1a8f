// A built site served as a static host serves it, and a headless Chromium, for the browser tests of
// one describe block: started before its tests, stopped after them.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/serve'
import { afterAll, beforeAll } from 'vitest'
import { startStaticServer } from '../../scripts/serve'
import { launchChromium, watchErrors } from './browser'

/** The served site and the browser, once the block's `beforeAll` has started them. */
export interface ServedSite {
  /** The site's address: `http://127.0.0.1:<port>`. */
  readonly url: string
  readonly browser: Browser
  /** Opens the self-paced quiz (`/quiz` and `search`) and waits for its heading; the page's errors are collected from the start. */
  openQuiz: (context: BrowserContext, search: string) => Promise<{ page: Page, errors: string[] }>
}

/** Serves `root` and starts Chromium before the tests of the current describe block, and stops both after them. */
export function servedSite(root: string): ServedSite {
  let server: StaticServer | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    server = await startStaticServer({ root })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the site is not served yet: use it inside a test')
    return value
  }
  const site: ServedSite = {
    get url() {
      return started(server).url
    },
    get browser() {
      return started(browser)
    },
    async openQuiz(context, search) {
      const page = await context.newPage()
      const errors = watchErrors(page)
      await page.goto(`${site.url}/quiz${search}`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
      return { page, errors }
    },
  }
  return site
}
