import type { Browser, Page } from 'playwright-chromium'
import type { ProgressStep } from '../scripts/export'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followExportPage } from '../scripts/export'
import { launchChromium, noBrowserReason } from './support/browser'

/**
 * A stand-in for Slidev's print page that, like a deck on a cold dev server, is quiet on the
 * network well before it is drawn: three slides appear loading, then laid out, `delay` ms later.
 * `window.redraw()` empties the page and draws it again, as a reload half-way does.
 */
function slowDeck(delay: number): string {
  return `<!doctype html><html><body><script>
    const slide = (no, done) => '<div class="print-slide-container" id="' + no + '"><div data-slidev-no="' + no + '">'
      + (done ? '<div class="slidev-layout"><h1>Slide ' + no + ' drawn</h1></div>' : '<div class="slidev-slide-loading"></div>') + '</div></div>'
    window.redraw = () => {
      document.body.innerHTML = ''
      setTimeout(() => { document.body.innerHTML = [1, 2, 3].map(no => slide(no, false)).join('') }, ${delay / 4})
      setTimeout(() => { document.body.innerHTML = [1, 2, 3].map(no => slide(no, true)).join('') }, ${delay})
    }
    window.redraw()
  </script></body></html>`
}

describe.skipIf(noBrowserReason)('the export, on a deck slow to draw', () => {
  let browser: Browser
  let page: Page
  const steps: ProgressStep[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
  })

  async function follow(delay: number, timeout: number): Promise<void> {
    page = await browser.newPage()
    await page.route('http://deck.test/**', route => route.fulfill({ contentType: 'text/html', body: slowDeck(delay) }))
    followExportPage(page, step => steps.push(step), [1, 2, 3], false, timeout)
  }

  const drawnSlides = (): Promise<number> => page.evaluate(() => document.querySelectorAll('.slidev-layout').length)

  it('goes on only when every slide is drawn, and prints only a drawn deck', async () => {
    await follow(1500, 10_000)
    await page.goto('http://deck.test/print?print=true', { waitUntil: 'load' })
    expect(await drawnSlides()).toBe(3)

    // The page empties and draws itself again (a reload half-way): printing waits for it.
    await page.evaluate(() => (window as unknown as { redraw: () => void }).redraw())
    const file = join(mkdtempSync(join(tmpdir(), 'lesson-slow-')), 'deck.pdf')
    await page.pdf({ path: file, width: '800px', height: '450px' })
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    expect(text).toContain('Slide 1 drawn')
    expect(text).toContain('Slide 3 drawn')
    await page.close()
  })

  it('fails with a sentence saying how far the deck got, when it is not drawn in time', async () => {
    await follow(8000, 3000)
    await expect(page.goto('http://deck.test/print?print=true', { waitUntil: 'load' }))
      .rejects
      .toThrow(/^the deck did not finish loading within 3 s \(0 of 3 slides drawn\)/)
    await page.close()
  })
})
