// The self-paced quiz as students use it: typing on a keyboard, the keyboard alone, two tabs, a
// browser that blocks site data, a network that goes away. Each test acts as a person does and reads
// what is on the screen.
import type { BrowserContext, Page } from 'playwright-chromium'
import type { Question } from '../quiz/types'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { QUESTION_KINDS } from '../quiz/kinds'
import { ANSWER_LIMITS } from '../quiz/limits'
import { shuffleBank } from '../quiz/shuffle'
import { CHROMIUM_ARGS } from '../scripts/lib/chromium'
import { chromiumPath, noBrowserReason, watchErrors } from './support/browser'
import { distDir } from './support/dirs'
import { focusedElement, press, tabTo } from './support/keyboard'
import { servedSite } from './support/site'

const SEED = '2'
const shown = shuffleBank(bank, SEED)
const PHONE = { width: 360, height: 740 }

/** The right answer to the question on screen, given with the keyboard alone. */
async function answerByKeyboard(page: Page, q: Question): Promise<void> {
  const form = page.getByRole('group', { name: q.prompt })
  switch (q.kind) {
    case 'single':
    case 'true-false': {
      const labels = q.kind === 'single' ? q.options.map(o => o.text) : ['True', 'False']
      const right = q.kind === 'single' ? q.options.findIndex(o => o.correct) : (q.answer ? 0 : 1)
      // Tab into the group lands on its first radio button; the arrow keys move and choose.
      await tabTo(page, form.getByRole('radio', { name: labels[0], exact: true }))
      if (right === 0)
        await press(page, 'Space')
      for (let i = 0; i < right; i++)
        await press(page, 'ArrowDown')
      break
    }
    case 'multiple':
      for (const option of q.options.filter(o => o.correct)) {
        await tabTo(page, form.getByRole('checkbox', { name: option.text, exact: true }))
        await press(page, 'Space')
      }
      break
    case 'matching':
      for (const pair of q.pairs) {
        await tabTo(page, form.getByRole('combobox', { name: pair.left, exact: true }))
        // Typing an option's words picks it in a closed list, as on any desktop.
        await page.keyboard.type(pair.right)
      }
      break
    case 'ordering': {
      let order = q.items.map(it => it.id)
      for (const [target, id] of q.answer.entries()) {
        const text = q.items.find(it => it.id === id)!.text
        while (order.indexOf(id) > target) {
          await tabTo(page, form.getByRole('button', { name: `Move up: ${text}`, exact: true }))
          await press(page, 'Enter')
          const at = order.indexOf(id)
          order = [...order.slice(0, at - 1), id, order[at - 1]!, ...order.slice(at + 1)]
        }
      }
      break
    }
    case 'short':
      await tabTo(page, form.getByRole('textbox', { name: 'Your answer' }))
      await page.keyboard.type(q.accepted[0]!)
      break
    case 'open':
      await tabTo(page, form.getByRole('textbox', { name: 'Your answer' }))
      await page.keyboard.type(q.sample.slice(0, 40))
      break
    case 'numeric':
      // With a comma as the decimal mark, as many students write it.
      await tabTo(page, form.getByRole('textbox', { name: q.unit ? `Your answer (${q.unit})` : 'Your answer' }))
      await page.keyboard.type(String(q.answer).replace('.', ','))
      break
  }
}

function blockedProfile(): string {
  // Chromium's own setting "Don't allow sites to save data" (cookies: block), in a fresh profile.
  const dir = mkdtempSync(join(tmpdir(), 'lesson-blocked-'))
  mkdirSync(join(dir, 'Default'))
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }))
  return dir
}

describe.skipIf(noBrowserReason)('the self-paced quiz, used as students use it', () => {
  const site = servedSite(distDir)
  const open = (context: BrowserContext, search = `?seed=${SEED}`): ReturnType<typeof site.openQuiz> => site.openQuiz(context, search)

  it('keeps every character typed into a short answer and into the name box, Chinese included', async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    const { page, errors } = await open(context)
    const name = page.getByRole('textbox', { name: /Your name/ })
    await name.click()
    await page.keyboard.type('王丽 Wang Li')
    expect(await name.inputValue()).toBe('王丽 Wang Li')

    const [first, second] = shown.flatMap((q, i) => (q.kind === 'short' ? [i] : []))
    for (let n = 0; n < first!; n++)
      await page.getByRole('button', { name: 'Next' }).click()
    const box = page.getByRole('textbox', { name: 'Your answer' })
    await box.click()
    const answer = (shown[first!] as { accepted: readonly string[] }).accepted[0]!
    await page.keyboard.type(answer)
    expect(await box.inputValue()).toBe(answer)
    // Enter in the box checks the answer, as in any form.
    await page.keyboard.press('Enter')
    expect(await page.locator('.quiz-verdict strong').textContent()).toBe('Correct')

    for (let n = first!; n < second!; n++)
      await page.getByRole('button', { name: 'Next' }).click()
    await box.click()
    await page.keyboard.type('live streaming, 直播')
    expect(await box.inputValue()).toBe('live streaming, 直播')
    expect(await page.getByRole('status').filter({ hasText: 'That is the limit' }).count()).toBe(0)
    // Text past the limit of an answer is not taken, and the page says why the keys do nothing.
    await box.pressSequentially('x'.repeat(ANSWER_LIMITS.shortAnswer))
    expect((await box.inputValue()).length).toBe(ANSWER_LIMITS.shortAnswer)
    const limit = page.getByRole('status').filter({ hasText: `That is the limit: ${ANSWER_LIMITS.shortAnswer} characters. Anything more is not kept.` })
    await expect.poll(() => limit.isVisible()).toBe(true)
    expect(await box.getAttribute('aria-describedby')).toBe(await limit.getAttribute('id'))

    await page.reload({ waitUntil: 'networkidle' })
    expect(await page.getByRole('textbox', { name: /Your name/ }).inputValue()).toBe('王丽 Wang Li')
    await context.close()
    expect(errors).toEqual([])
  })

  it('can be taken with the keyboard alone, every kind of question, and the focus never falls to the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await open(context)
    expect(new Set(shown.map(q => q.kind)).size).toBe(QUESTION_KINDS.length)
    for (const [n, q] of shown.entries()) {
      await page.getByRole('heading', { name: `Question ${n + 1} of ${shown.length}` }).waitFor()
      await answerByKeyboard(page, q)
      await tabTo(page, page.getByRole('button', { name: q.kind === 'open' ? 'Hand in' : 'Check', exact: true }))
      await press(page, 'Enter')
      const verdict = page.locator('.quiz-verdict')
      await verdict.waitFor()
      expect(await verdict.locator('strong').textContent(), `question ${n + 1}: ${q.id} (${q.kind})`).toBe(q.kind === 'open' ? 'Handed in' : 'Correct')
      // The verdict takes the focus, so a screen reader reads the feedback next.
      expect(await focusedElement(page)).toMatch(/^p/)
      await tabTo(page, page.getByRole('button', { name: n < shown.length - 1 ? 'Next' : 'See my results' }))
      await press(page, 'Enter')
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor()
    const total = bank.filter(q => q.kind !== 'open').reduce((sum, q) => sum + q.points, 0)
    expect(await page.getByText(`You scored ${total} of ${total} points (100%)`).count()).toBe(1)

    // "Start over", confirmed by keyboard, leaves the focus on "Question 1 of N", not on the page.
    await tabTo(page, page.getByRole('button', { name: 'Start over' }))
    await press(page, 'Enter')
    await tabTo(page, page.getByRole('button', { name: 'Yes, clear my answers' }))
    await press(page, 'Enter')
    await expect.poll(() => focusedElement(page)).toBe(`h2 "Question 1 of ${shown.length}"`)
    await context.close()
    expect(errors).toEqual([])
  })

  it('downloads the results of a student with a long Chinese name', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, acceptDownloads: true })
    const { page, errors } = await open(context)
    await page.getByRole('textbox', { name: /Your name/ }).click()
    await page.keyboard.type('王'.repeat(ANSWER_LIMITS.name + 20))
    expect(await page.getByRole('textbox', { name: /Your name/ }).inputValue()).toBe('王'.repeat(ANSWER_LIMITS.name))
    await expect.poll(() => page.getByRole('status').filter({ hasText: `That is the limit: ${ANSWER_LIMITS.name} characters.` }).isVisible()).toBe(true)
    for (let n = 0; n < shown.length - 1; n++)
      await page.getByRole('button', { name: 'Next' }).click()
    await page.getByRole('button', { name: 'See my results' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 10_000 }),
      page.getByRole('button', { name: /Download my results \(CSV/ }).click(),
    ])
    expect(new TextEncoder().encode(download.suggestedFilename()).length).toBeLessThanOrEqual(255)
    expect(await download.failure()).toBeNull()
    await context.close()
    expect(errors).toEqual([])
  })

  it('keeps one seed in the address', async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    const { page } = await open(context, '?seed=1&seed=2')
    await expect.poll(() => new URL(page.url()).search).toBe('?seed=2')
    await context.close()
  })

  it('lets two tabs on one attempt follow each other, and never loses a checked answer', async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    const { page: first, errors } = await open(context)
    const { page: second } = await open(context)
    const q = shown[0]!
    await answerByKeyboard(second, q)
    await second.getByRole('button', { name: 'Check', exact: true }).click()
    await second.locator('.quiz-verdict').waitFor()
    // The first tab shows the answer checked in the second, and says where it came from.
    await first.getByText('1 checked').waitFor()
    await first.getByRole('status').filter({ hasText: 'another tab' }).waitFor()
    // The first tab answers the next question; a reload of the second keeps both answers.
    await first.getByRole('button', { name: 'Next' }).click()
    await answerByKeyboard(first, shown[1]!)
    await first.getByRole('button', { name: 'Check', exact: true }).click()
    await first.locator('.quiz-verdict').waitFor()
    await second.reload({ waitUntil: 'networkidle' })
    await second.getByText('2 checked').waitFor()

    // A third tab with another order is another attempt: it wipes nothing.
    const { page: third } = await open(context, '?seed=other')
    await third.getByText('0 checked').waitFor()
    await first.reload({ waitUntil: 'networkidle' })
    await first.getByText('2 checked').waitFor()
    await context.close()
    expect(errors).toEqual([])
  })

  it('goes to the slides when the network is there, and stays on the quiz, saying why, when it has gone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await open(context)
    await answerByKeyboard(page, shown[0]!)
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await context.setOffline(true)
    await page.getByRole('link', { name: /^Revisit the slide/ }).click()
    await page.getByRole('status').filter({ hasText: 'No connection right now' }).waitFor()
    await page.getByRole('link', { name: 'Back to the slides' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'No connection right now' }).count()).toBe(2)
    expect(new URL(page.url()).pathname).toBe('/quiz')
    expect(await page.getByText('1 checked').count()).toBe(1)

    await context.setOffline(false)
    // Back online, the notices go: what they said no longer holds.
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'No connection right now' }).count()).toBe(0)
    await page.getByRole('link', { name: /^Revisit the slide/ }).click()
    await page.waitForURL(url => url.pathname === `/${shown[0]!.slide}`)
    await page.locator('.slidev-page:visible').first().waitFor()
    await page.goBack()
    await page.getByText('1 checked').waitFor()
    await context.close()
    expect(errors.filter(error => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([])
  })

  it('shows the deck and runs the quiz, without saving and saying so, where the browser blocks site data', async () => {
    const profile = blockedProfile()
    const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: [...CHROMIUM_ARGS], viewport: { width: 1280, height: 800 } })
    try {
      const page = context.pages()[0] ?? await context.newPage()
      const errors = watchErrors(page)
      await page.goto(`${site.url}/1`, { waitUntil: 'networkidle' })
      await page.locator('.slidev-page-1 h1').waitFor()
      // The browser did refuse: the page's stand-in for storage is in use.
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__lessonStorageBlocked)).toBe(true)
      await page.goto(`${site.url}/quiz?seed=${SEED}`, { waitUntil: 'networkidle' })
      await page.getByRole('status').filter({ hasText: 'does not let the page save your answers' }).waitFor()
      await answerByKeyboard(page, shown[0]!)
      await page.getByRole('button', { name: 'Check', exact: true }).click()
      expect(await page.locator('.quiz-verdict strong').textContent()).toBe('Correct')
      expect(errors).toEqual([])
    }
    finally {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })
})
