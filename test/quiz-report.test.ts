// The practice quiz's results, from the students' downloads to the teacher's report: three students
// take the hosted quiz in Chromium and download their results (JSON); one takes it again later, one
// file is damaged on the way. The teacher runs `npm run -s quiz -- report <folder>` as the README
// says, and opens report.html in the browser: it says the results are self-reported, names the
// files left out, and shows the figures this test computes from the answers it gave.
import type { Page } from 'playwright-chromium'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { attemptOrder, LESSON_SEED } from '../quiz/order'
import { root } from '../scripts/lib/deck'
import { answerQuestion } from './support/answer'
import { noBrowserReason, seriousAxeViolations, watchErrors } from './support/browser'
import { distDir } from './support/dirs'
import { servedSite } from './support/site'

const work = mkdtempSync(join(tmpdir(), 'lesson-quiz-report-'))
mkdirSync(join(work, 'handed-in'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The quiz in the order the hosted page shows it by default: the lesson's. */
const quiz = attemptOrder(bank, LESSON_SEED)
/** How many questions each student answers before downloading (the rest count 0). */
const ANSWERED = 4

/** Whether student `k` answers question `i` rightly. */
function answersRight(k: number, i: number): boolean {
  return (i + k) % 3 !== 2
}

describe.skipIf(noBrowserReason)('the practice quiz\'s results files, reported', () => {
  const site = servedSite(distDir)

  /** A student takes the quiz as far as `ANSWERED` questions, then downloads their results as JSON. */
  async function takeAndDownload(name: string, k: number, file: string): Promise<string[]> {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
    const { page, errors } = await site.openQuiz(context, '')
    await page.getByRole('textbox', { name: /Your name/ }).click()
    await page.keyboard.type(name)
    for (const [i, q] of quiz.entries()) {
      await page.getByRole('heading', { name: `Question ${i + 1} of ${quiz.length}` }).waitFor()
      if (i < ANSWERED) {
        await answerQuestion(page, q, answersRight(k, i), { by: 'click', lettered: true })
        await page.getByRole('button', { name: q.kind === 'open' ? 'Hand in' : 'Check', exact: true }).click()
        await page.locator('.quiz-verdict').waitFor()
      }
      await page.getByRole('button', { name: i < quiz.length - 1 ? 'Next' : 'See my results' }).click()
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my results (JSON)' }).click(),
    ])
    await download.saveAs(join(work, 'handed-in', file))
    await context.close()
    return errors
  }

  /** The text of the report's row for question `n` (1-based): answered, facility and discrimination. */
  async function row(page: Page, n: number): Promise<string[]> {
    const cells = page.getByRole('row').filter({ has: page.locator('th strong', { hasText: new RegExp(`^Q${n}$`) }) }).getByRole('cell')
    return (await cells.allTextContents()).slice(0, 3).map(text => text.trim())
  }

  it('turns the students\' downloads into the class report, naming the files it leaves out', { timeout: 600_000 }, async () => {
    const errors = [
      ...await takeAndDownload('王丽 Li', 0, 'li.json'),
      ...await takeAndDownload('Bo', 1, 'bo.json'),
      ...await takeAndDownload('Chen', 2, 'chen.json'),
      // Bo takes it again, all of it wrong this time: the later file counts.
      ...await takeAndDownload('Bo', 2, 'bo-again.json'),
    ]
    expect(errors).toEqual([])
    // A file cut short on the way, as by a full USB stick.
    const damaged = join(work, 'handed-in', 'chen.json')
    writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 200))

    const out = join(work, 'report')
    const run = spawnSync('npm', ['run', '-s', 'quiz', '--', 'report', join(work, 'handed-in'), '--out', out], { cwd: root, encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stderr).toContain(`quiz: left out ${join(work, 'handed-in', 'bo.json')}: another file from Bo: the later one, ${join(work, 'handed-in', 'bo-again.json')}, counts`)
    expect(run.stderr).toContain(`quiz: left out ${damaged}: damaged: it is not JSON`)

    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const seen = watchErrors(page)
    await page.goto(pathToFileURL(join(out, 'report.html')).href)
    await page.getByRole('heading', { level: 1, name: 'What the class learned: the practice quiz' }).waitFor()
    expect(await page.getByText(/^Self-reported:/).count()).toBe(1)
    expect(await page.getByRole('listitem').filter({ hasText: 'chen.json: damaged' }).count()).toBe(1)
    // Li (student 0) and Bo's second attempt (answers as student 2) count; each question: 2 answered.
    const counted = [0, 2]
    for (let i = 0; i < ANSWERED; i++) {
      const q = quiz[i]!
      const right = counted.filter(k => answersRight(k, i)).length
      const facility = q.kind === 'open' ? '–' : `${Math.round(right / counted.length * 100)}%`
      expect(await row(page, i + 1), `Q${i + 1} ${q.id}`).toEqual([String(counted.length), facility, '–'])
    }
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: join(work, 'report.png'), fullPage: true })
    await context.close()
    expect(seen).toEqual([])
  })
})
