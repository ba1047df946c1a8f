import type { BrowserContext, Page } from 'playwright-chromium'
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { responseText } from '../quiz/answer-text'
import { bank } from '../quiz/bank'
import { correctResponse } from '../quiz/grade'
import { TEACHER_MARKS } from '../quiz/results-export'
import { shuffleBank } from '../quiz/shuffle'
import { answerQuestion } from './support/answer'
import { noBrowserReason, pageWeight, seriousAxeViolations, watchErrors, watchTraffic } from './support/browser'
import { parseCsv } from './support/csv'
import { distDir } from './support/dirs'
import { servedSite } from './support/site'

const FONT_FILE = /\.woff2?$/
const SEED = '1'
/** The questions in the order `/quiz?seed=1` shows them. */
const shown = shuffleBank(bank, SEED)
// The score the page gives, and the points of the written answers the teacher marks instead.
const AUTOMATIC_POINTS = bank.filter(q => q.kind !== 'open').reduce((sum, q) => sum + q.points, 0)
const TEACHER_POINTS = bank.filter(q => q.kind === 'open').reduce((sum, q) => sum + q.points, 0)
const PHONE = { width: 360, height: 740 }

/** Answers question `n` (0-based) of the shown order, checks it and waits for the verdict in words. */
async function answerAndCheck(page: Page, n: number, right: boolean): Promise<void> {
  const q = shown[n]!
  await expect.poll(() => page.getByRole('heading', { name: `Question ${n + 1} of ${shown.length}` }).count()).toBe(1)
  await expect.poll(() => page.getByRole('group', { name: q.prompt }).count()).toBe(1)
  await answerQuestion(page, q, right, { by: 'click' })
  await page.getByRole('button', { name: q.kind === 'open' ? 'Hand in' : 'Check', exact: true }).click()
  const verdict = q.kind === 'open' ? 'Handed in' : right ? 'Correct' : 'Incorrect'
  await page.locator('.quiz-verdict').waitFor({ timeout: 5000 }).catch(async (error: Error) => {
    throw new Error(`question ${n + 1} (${q.id}): no verdict after Check. ${error.message}\n${await page.locator('main').textContent()}`)
  })
  expect(await page.locator('.quiz-verdict strong').textContent(), `question ${n + 1}: ${q.id}`).toBe(verdict)
}

async function next(page: Page, n: number): Promise<void> {
  if (n < shown.length - 1)
    await page.getByRole('button', { name: 'Next' }).click()
  else
    await page.getByRole('button', { name: 'See my results' }).click()
}

/** Widths that would need horizontal scrolling: the document's, and the page's own scroll box. */
function horizontalOverflow(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const box = document.querySelector('.quiz-page')
    return [document.documentElement.scrollWidth, box ? box.scrollWidth - box.clientWidth + window.innerWidth : 0]
  })
}

describe.skipIf(noBrowserReason)('the self-paced quiz page in a real browser', () => {
  const site = servedSite(distDir)
  const open = (context: BrowserContext, search = `?seed=${SEED}`): ReturnType<typeof site.openQuiz> => site.openQuiz(context, search)

  it('is a page of its own, not a slide, with at most 400 KB downloaded uncompressed, all from the same host', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const traffic = watchTraffic(page, new URL(site.url).origin)
    await page.goto(`${site.url}/quiz?seed=${SEED}`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready)
    await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
    const weight = await pageWeight(page)
    expect(await page.getByRole('main').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
    expect(await page.locator('.slidev-page, #slide-content').count()).toBe(0)
    await context.close()
    console.info(`/quiz downloaded ${(weight.decoded / 1024).toFixed(0)} KiB (${(weight.sent / 1024).toFixed(0)} KiB compressed)`)
    expect(traffic.foreign).toEqual([])
    expect(weight.decoded).toBeLessThanOrEqual(400 * 1000)
  })

  it('scores 100% when every answer is right, keeps the answers across a reload, and downloads matching results', async () => {
    const context = await site.browser.newContext({ viewport: PHONE, acceptDownloads: true })
    const { page, errors } = await open(context)
    const problems: string[] = []
    async function audit(state: string): Promise<void> {
      for (const v of await seriousAxeViolations(page))
        problems.push(`${state}: axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`)
    }
    await audit('start')

    const half = Math.floor(shown.length / 2)
    for (let n = 0; n < shown.length; n++) {
      if (n === half) {
        await page.reload({ waitUntil: 'networkidle' })
        await page.getByRole('heading', { name: `Question ${n + 1} of ${shown.length}` }).waitFor()
        expect(await page.getByText(`${half} checked`).count()).toBe(1)
        // The question before is still answered and checked after the reload.
        await page.getByRole('button', { name: 'Previous' }).click()
        await page.getByText('Correct', { exact: true }).waitFor()
        await page.getByRole('button', { name: 'Next' }).click()
      }
      await answerAndCheck(page, n, true)
      if (n === 0)
        await audit('first question checked')
      const [doc, box] = await horizontalOverflow(page)
      if (doc! > PHONE.width || box! > PHONE.width)
        problems.push(`question ${n + 1} (${shown[n]!.kind}) needs horizontal scrolling at 360px: ${doc}, ${box}`)
      await next(page, n)
    }

    await page.getByRole('heading', { name: 'Your results' }).waitFor()
    expect(await page.getByText(`You scored ${AUTOMATIC_POINTS} of ${AUTOMATIC_POINTS} points (100%)`).count()).toBe(1)
    expect(await page.getByText(`(${TEACHER_POINTS} points more)`).count()).toBe(1)
    expect(await page.getByText('None: every answer was right.').count()).toBe(1)
    await audit('results')

    const name = '王丽, "Li"'
    await page.getByRole('textbox', { name: /Your name/ }).pressSequentially(name)
    expect(await page.getByRole('textbox', { name: /Your name/ }).inputValue()).toBe(name)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download my results \(CSV/ }).click(),
    ])
    const text = await readFile((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(text.slice(1))
    expect(rows[0]).toEqual(['Date', 'Name', 'Number', 'Question ID', 'Part', 'Question', 'Answer', 'Points', 'Max points', 'Result'])
    const body = rows.slice(1, -1)
    expect(body.map(r => r[3])).toEqual(shown.map(q => q.id))
    for (const [i, q] of shown.entries()) {
      const row = body[i]!
      expect(row[1]).toBe(name)
      expect(row[5]).toBe(q.prompt)
      if (q.kind === 'open') {
        expect(row[6]).toBe(q.sample.slice(0, 60))
        expect([row[7], row[8], row[9]]).toEqual(['', String(q.points), TEACHER_MARKS])
        continue
      }
      expect(row[6]).toBe(responseText(q, correctResponse(q)))
      expect([row[7], row[8], row[9]]).toEqual([String(q.points), String(q.points), 'correct'])
    }
    expect(rows.at(-1)!.slice(2)).toEqual(['Total', '', '', '', '', String(AUTOMATIC_POINTS), String(AUTOMATIC_POINTS), '100%'])
    expect(Number.isNaN(Date.parse(rows[1]![0]!))).toBe(false)

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Download my results \(JSON/ }).click(),
    ])
    const report = JSON.parse(await readFile((await json.path())!, 'utf8')) as { name: string, percentage: number, questions: unknown[] }
    expect([report.name, report.percentage, report.questions.length]).toEqual([name, 100, shown.length])

    await context.close()
    expect(errors).toEqual([])
    expect(problems).toEqual([])
  })

  it('scores 0% when every answer is wrong, and reviews every question, with the network gone once loaded', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await open(context)
    // A classroom's connection may drop mid-quiz: everything the quiz needs must already be loaded.
    // Only font pieces for characters not yet shown may fail; the browser then uses a system font.
    await context.setOffline(true)
    const failed: string[] = []
    page.on('requestfailed', request => failed.push(request.url()))
    for (let n = 0; n < shown.length; n++) {
      await answerAndCheck(page, n, false)
      await next(page, n)
    }
    await page.getByRole('heading', { name: 'Your results' }).waitFor()
    expect(await page.getByText(`You scored 0 of ${AUTOMATIC_POINTS} points (0%)`).count()).toBe(1)
    // Every question to review, but the written answer: that one is the teacher's to mark.
    expect(await page.locator('.quiz-review > li').count()).toBe(shown.filter(q => q.kind !== 'open').length)
    await context.close()
    expect(failed.filter(url => !FONT_FILE.test(url))).toEqual([])
    // Those font pieces fail as ERR_INTERNET_DISCONNECTED, or as ERR_FAILED once the lesson's service
    // worker has taken over the page and has no copy of them: the line above says which files failed.
    expect(errors.filter(error => !error.includes('ERR_INTERNET_DISCONNECTED') && !error.includes('net::ERR_FAILED'))).toEqual([])
  })

  it('gives the teacher\'s page, on a copy without the classroom server, the way to start one, and asks that copy nothing it lacks', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const asked: string[] = []
    page.on('request', request => asked.push(new URL(request.url()).pathname))
    await page.goto(`${site.url}/teacher`, { waitUntil: 'networkidle' })
    await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('npm run class')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect.poll(() => asked.filter(path => path === '/api/info').length).toBe(2)
    await page.waitForLoadState('networkidle')
    await context.close()
    expect(asked.filter(path => path.startsWith('/api/teacher'))).toEqual([])
    expect(errors).toEqual([])
  })

  it('discards damaged saved progress with a notice instead of a blank page', async () => {
    const context = await site.browser.newContext({ viewport: PHONE })
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('chinese-tech-lesson:quiz:v2:last', 'x')
        localStorage.setItem('chinese-tech-lesson:quiz:v2:attempt:x', '{"version":2,"bank":')
        sessionStorage.setItem('seeded', '1')
      }
    })
    const { page, errors } = await open(context, '')
    await expect.poll(async () => page.getByRole('status').filter({ hasText: 'could not be used' }).count()).toBe(1)
    await page.getByRole('heading', { name: `Question 1 of ${shown.length}` }).waitFor()
    await context.close()
    expect(errors).toEqual([])
  })
})
