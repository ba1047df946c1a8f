// What the browser keeps of a student's quiz, when it is tested: another tab opening attempt after
// attempt while the first is still open, and a site whose storage is full. Each test acts as a person
// does and reads what is on the screen; any console error fails it.
import type { Page } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { KEPT_ATTEMPTS } from '../quiz/progress'
import { shuffleBank } from '../quiz/shuffle'
import { answerQuestion } from './support/answer'
import { noBrowserReason, watchErrors } from './support/browser'
import { distDir } from './support/dirs'
import { servedSite } from './support/site'

const SEED = 'tab1'
const shown = shuffleBank(bank, SEED)
const PHONE = { width: 360, height: 740 }

/** Answers and checks the first two questions rightly, as a student does. */
async function answerTwo(page: Page): Promise<void> {
  for (const n of [0, 1]) {
    if (n > 0)
      await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('heading', { name: `Question ${n + 1} of ${shown.length}` }).waitFor()
    await answerQuestion(page, shown[n]!, true, { by: 'click' })
    await page.getByRole('button', { name: shown[n]!.kind === 'open' ? 'Hand in' : 'Check', exact: true }).click()
    await page.locator('.quiz-verdict').waitFor()
  }
  await page.getByText('2 checked').waitFor()
}

/** The words of the page's status notices. */
async function notices(page: Page): Promise<string> {
  return (await page.getByRole('status').allTextContents()).join(' ').trim()
}

describe.skipIf(noBrowserReason)('what the browser keeps of the quiz', () => {
  const site = servedSite(distDir)

  it(`keeps the answers of a tab still open while another tab opens ${KEPT_ATTEMPTS + 1} newer attempts`, async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    const { page: first, errors } = await site.openQuiz(context, `?seed=${SEED}`)
    await answerTwo(first)

    const { page: second, errors: secondErrors } = await site.openQuiz(context, '?seed=new0')
    for (let i = 1; i <= KEPT_ATTEMPTS; i++) {
      await second.goto(`${site.url}/quiz?seed=new${i}`, { waitUntil: 'networkidle' })
      await second.getByText('0 checked').waitFor()
    }

    await first.bringToFront()
    await first.getByText('2 checked').waitFor()
    // Nothing was removed, so there is nothing to say.
    expect(await notices(first)).not.toMatch(/removed/)
    await first.reload({ waitUntil: 'networkidle' })
    await first.getByText('2 checked').waitFor()
    expect(await notices(first)).toBe('')
    await context.close()
    expect([...errors, ...secondErrors]).toEqual([])
  })

  it('says so when the attempt on screen is removed anyway, and saves its answers again', async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    const { page: first, errors } = await site.openQuiz(context, `?seed=${SEED}`)
    await answerTwo(first)
    // Another tab clears the site's data, as "Clear site data" or a cleaning extension would.
    const { page: second } = await site.openQuiz(context, '?seed=other')
    await second.evaluate(() => localStorage.clear())

    await first.bringToFront()
    // At once, not at the next heartbeat (every 30 s): the other tab's change is announced to this one.
    await first.getByRole('status').filter({ hasText: 'This attempt had been removed from this browser\'s storage' }).waitFor({ timeout: 5000 })
    expect(await notices(first)).toMatch(/Your answers on this page are saved again\.$/)
    await first.reload({ waitUntil: 'networkidle' })
    await first.getByText('2 checked').waitFor()
    await context.close()
    expect(errors).toEqual([])
  })

  it('shows the deck without a console error, and runs the quiz saying it cannot save, where the site\'s storage is full', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    // Before the page's own scripts: fill this site's storage to the last character.
    await context.addInitScript(() => {
      let size = 1 << 20
      for (let i = 0; size >= 1; i++) {
        try {
          localStorage.setItem(`filler:${i}`, 'x'.repeat(size))
        }
        catch {
          size = Math.floor(size / 2)
        }
      }
    })
    const page = await context.newPage()
    const errors = watchErrors(page)
    await page.goto(`${site.url}/1`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-page-1 h1').waitFor()
    // Turning slides writes Slidev's own settings.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/1')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => new URL(page.url()).pathname).toBe('/1')
    expect(errors, 'the deck').toEqual([])

    await page.goto(`${site.url}/quiz?seed=${SEED}`, { waitUntil: 'networkidle' })
    await page.getByRole('status').filter({ hasText: 'storage for this site is full, so the page cannot save your answers' }).waitFor()
    await answerQuestion(page, shown[0]!, true, { by: 'click' })
    await page.getByRole('button', { name: shown[0]!.kind === 'open' ? 'Hand in' : 'Check', exact: true }).click()
    expect(await page.locator('.quiz-verdict strong').textContent()).toMatch(/^(Correct|Handed in)$/)
    await context.close()
    expect(errors).toEqual([])
  })
})
