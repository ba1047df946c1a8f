import type { Browser, Page } from 'playwright-chromium'
import type { StaticServer } from '../scripts/serve'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../scripts/serve'
import { launchChromium, noBrowserReason, seriousAxeViolations, watchErrors, watchTraffic } from './support/browser'
import { distDir, normalizeText, readDeck } from './support/deck'

/** Elements of the current slide that stick out of the 16:9 canvas, by more than a pixel. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#slide-content')
    if (!canvas)
      return ['#slide-content not found']
    const box = canvas.getBoundingClientRect()
    const out: string[] = []
    for (const el of canvas.querySelectorAll<HTMLElement>('.slidev-page *')) {
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed')
        continue
      // Visually hidden text for screen readers (1 px, clipped) is meant to sit outside the layout.
      if (el.offsetWidth <= 1 && el.offsetHeight <= 1 && style.overflow === 'hidden')
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      const outside = r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1
      const clipped = el.scrollWidth > el.clientWidth + 1 && ['hidden', 'clip'].includes(style.overflowX)
      if (outside || clipped)
        out.push(`<${el.tagName.toLowerCase()} class="${el.className}">${(el.textContent ?? '').trim().slice(0, 50)}`)
    }
    return out
  })
}

describe.skipIf(noBrowserReason)('the built deck in a real browser', async () => {
  const deck = await readDeck()
  let server: StaticServer
  let browser: Browser

  beforeAll(async () => {
    server = await startStaticServer({ root: distDir })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('shows slide 1 with at most 1 MB downloaded, all from the same host', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const traffic = watchTraffic(page, new URL(server.url).origin)
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    await context.close()
    console.info(`slide 1 downloaded ${(traffic.bytes / 1024).toFixed(0)} KiB`)
    expect(traffic.foreign).toEqual([])
    expect(traffic.bytes).toBeLessThanOrEqual(1024 * 1024)
  })

  it('renders every slide with its title, no console error, nothing outside the canvas, and no serious axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const problems: string[] = []
    for (const slide of deck) {
      await page.goto(`${server.url}/${slide.no}`, { waitUntil: 'networkidle' })
      await page.locator(`.slidev-page-${slide.no}`).waitFor()
      await page.evaluate(() => document.fonts.ready)
      const text = await page.locator(`.slidev-page-${slide.no}`).textContent() ?? ''
      if (slide.title && !normalizeText(text).includes(slide.title))
        problems.push(`slide ${slide.no}: title "${slide.title}" not shown`)
      for (const el of await overflowingElements(page))
        problems.push(`slide ${slide.no} overflows: ${el}`)
      for (const v of await seriousAxeViolations(page))
        problems.push(`slide ${slide.no} axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`)
    }
    await context.close()
    expect(errors).toEqual([])
    expect(problems).toEqual([])
  })

  it('moves through the deck with the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // A slide's address is its routeAlias when it has one, else its number.
    const path = (no: number) => `/${deck[no - 1]!.frontmatter.routeAlias ?? no}`
    await page.goto(`${server.url}/1`, { waitUntil: 'networkidle' })
    await page.keyboard.press('ArrowRight')
    await page.waitForURL(url => url.pathname === path(2))
    await page.keyboard.press('End')
    await page.waitForURL(url => url.pathname === path(deck.length))
    await page.keyboard.press('Home')
    await page.waitForURL(url => url.pathname === path(1))
    await page.close()
  })

  it('opens the presenter view with the speaker notes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${server.url}/presenter/1`, { waitUntil: 'networkidle' })
    const firstNote = deck[0]!.note.trim().split(/\s+/).slice(0, 4).join(' ')
    await expect.poll(async () => normalizeText(await page.locator('body').textContent() ?? '')).toContain(firstNote)
    await page.close()
  })
})
