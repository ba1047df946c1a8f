// The full quiz handed in to the classroom server, as a class takes it: five students on phones
// (360 px, touch) tap and type through every question of /quiz in class mode; one loses the network
// for a minute halfway and hands in once it is back, one reloads the page halfway. The teacher signs
// in on /teacher, holds the feedback until they release it, marks the written answers with the
// keyboard (changing one mark), and reads what the class learned. Every figure on the page is checked
// against figures this test computes from the answers it gave, and the three CSV files against the
// page. The site is the class-mode development build, so Vue's warnings reach the console and fail.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-chromium'
import type { ObjectiveId } from '../content/objectives'
import type { RunningClassServer } from '../server/start'
import type { AxeFinding } from './support/browser'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OBJECTIVE_IDS, objectiveById } from '../content/objectives'
import { bank, liveBank } from '../quiz/bank'
import { studentName } from '../quiz/live/protocol'
import { attemptOrder, LESSON_SEED } from '../quiz/order'
import { freePort } from '../scripts/class'
import { startClassServer } from '../server/start'
import { answerQuestion } from './support/answer'
import { launchChromium, noBrowserReason, readQrCode, seriousAxeViolations, watchErrors } from './support/browser'
import { csvRows } from './support/csv'
import { classDistDir, teacherDistDir } from './support/dirs'
import { focusedElement, press, tabTo } from './support/keyboard'

const CODE = 'K7MPQ4'
const PHONE = { width: 360, height: 740 }
const LAPTOP = { width: 1280, height: 900 }
const OFFLINE = /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|Failed to fetch/
/** Waits on the server, the network and a loaded machine: generous, never a fixed pause. */
const PATIENCE = 90_000

/** The quiz as every phone shows it: the lesson's order, options as on the slides. */
const quiz = attemptOrder(bank, LESSON_SEED)
const MAX = quiz.reduce((sum, q) => sum + q.points, 0)
const written = quiz.filter(q => q.kind === 'open')

const NICKNAMES = ['王丽 Li', 'Ana', 'Bo', 'Chen', 'Dara']
/** The student whose phone loses the network for a minute, from question OFFLINE_FROM to OFFLINE_TO. */
const OFFLINE_STUDENT = 1
const OFFLINE_FROM = 10
const OFFLINE_TO = 17
/** The student who reloads the page after answering this many questions. */
const RELOADING_STUDENT = 2
const RELOAD_AFTER = 19

/** Whether student `k` answers question `i` rightly: four in five for the first, none for the last. */
function answersRight(k: number, i: number): boolean {
  return (i + 2 * k) % 5 < 4 - k
}

/** The marking guide's points the teacher ticks for student `k`'s written answer. */
function ticks(k: number): number {
  return Math.max(0, 3 - k)
}

/** The first student's mark is changed afterwards: from 3 to 2.5. */
const CHANGED_MARK = 2.5

/** Student `k`'s points on question `i`, as the test gave the answers and the marks. */
function expectedScore(k: number, i: number): number {
  const q = quiz[i]!
  if (q.kind === 'open')
    return k === 0 ? CHANGED_MARK : ticks(k)
  return answersRight(k, i) ? q.points : 0
}

const scores = NICKNAMES.map((_, k) => quiz.map((_, i) => expectedScore(k, i)))
const totals = scores.map(row => row.reduce((sum, s) => sum + s, 0))

/** Points as a teacher reads them on a page: whole, or to one decimal. */
function tenths(value: number): string {
  return String(Math.round(value * 10) / 10)
}

/** Pearson's correlation, computed here on its own; null when either list does not vary. */
function pearson(xs: number[], ys: number[]): number | null {
  const mean = (list: number[]): number => list.reduce((sum, x) => sum + x, 0) / list.length
  const mx = mean(xs)
  const my = mean(ys)
  const sxy = xs.reduce((sum, x, j) => sum + (x - mx) * (ys[j]! - my), 0)
  const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0)
  const syy = ys.reduce((sum, y) => sum + (y - my) ** 2, 0)
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy)
}

/** What the page should show for question `i`: facility, discrimination (item against the rest of the test). */
function expectedItem(i: number): { facility: string, discrimination: string } {
  const item = scores.map(row => row[i]!)
  const facility = item.reduce((sum, s) => sum + s, 0) / item.length / quiz[i]!.points
  const discrimination = pearson(item, item.map((s, k) => totals[k]! - s))
  return { facility: `${Math.round(facility * 100)}%`, discrimination: discrimination === null ? '–' : discrimination.toFixed(2) }
}

/** What the page should show for an objective: how many reached 60% of its points. */
function expectedObjective(id: ObjectiveId): string {
  const reached = scores.filter((row) => {
    let score = 0
    let max = 0
    for (const [i, q] of quiz.entries()) {
      if (q.objective === id) {
        score += row[i]!
        max += q.points
      }
    }
    return max > 0 && score / max >= 0.6
  }).length
  return `${reached} of ${NICKNAMES.length} students (${Math.round(reached / NICKNAMES.length * 100)}%)`
}

/** Waits until a status line on the page says `text`; fails saying what the status lines said instead. */
async function waitForStatus(page: Page, text: string): Promise<void> {
  const lines = page.getByRole('status')
  try {
    await lines.filter({ hasText: text }).first().waitFor({ timeout: PATIENCE })
  }
  catch {
    throw new Error(`no status line says "${text}"; they say: ${JSON.stringify(await lines.allTextContents())}`)
  }
}

/** The page's requests to the classroom server as they end, newest last: time, status (or failure) and path. */
function watchApi(page: Page): string[] {
  const log: string[] = []
  const started = Date.now()
  const add = (line: string): void => {
    log.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${line}`)
    log.splice(0, log.length - 30)
  }
  const path = (url: string): string => new URL(url).pathname
  page.on('requestfinished', request => void request.response().then(r => add(`${r?.status() ?? '?'} ${request.method()} ${path(request.url())}`), () => {}))
  page.on('requestfailed', request => add(`failed (${request.failure()?.errorText}) ${request.method()} ${path(request.url())}`))
  return log
}

/** Waits until the page shows `what`; fails saying whose page it is, what it shows and its last requests. */
async function waitToShow(page: Page, what: Locator, who: string, requests: readonly string[]): Promise<void> {
  try {
    await what.waitFor({ timeout: PATIENCE })
  }
  catch {
    const shown = (await page.locator('body').ariaSnapshot()).slice(0, 2000)
    throw new Error(`${who}'s page does not show ${what}; it shows:\n${shown}\n\nits last requests:\n${requests.join('\n')}`)
  }
}

describe.skipIf(noBrowserReason)('the full quiz handed in to the classroom server', () => {
  let browser: Browser
  let server: RunningClassServer
  let classDir: string
  let teacherContext: BrowserContext
  let teacher: Page
  let teacherErrors: string[] = []
  const axe: string[] = []

  async function audit(page: Page, state: string): Promise<void> {
    const found: AxeFinding[] = await seriousAxeViolations(page)
    axe.push(...found.map(v => `${state}: axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`))
  }

  beforeAll(async () => {
    const port = await freePort('127.0.0.1', 0)
    classDir = join(mkdtempSync(join(tmpdir(), 'lesson-class-')), 'class')
    server = await startClassServer({
      bank: liveBank,
      quiz: bank,
      siteDir: classDistDir,
      teacherDeckDir: teacherDistDir,
      classDir,
      teacherCode: CODE,
      joinUrl: `http://127.0.0.1:${port}/join`,
      host: '127.0.0.1',
      port,
      onWarning: warning => console.warn(warning),
    })
    browser = await launchChromium()
    teacherContext = await browser.newContext({ viewport: LAPTOP, acceptDownloads: true })
    teacher = await teacherContext.newPage()
    teacherErrors = watchErrors(teacher)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (classDir)
      rmSync(join(classDir, '..'), { recursive: true, force: true })
  })

  /** One student on a phone: joins /quiz, answers every question by touch, and hands in. */
  async function student(k: number): Promise<{ page: Page, errors: string[], requests: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    const errors = watchErrors(page)
    const requests = watchApi(page)
    await page.goto(`${server.url}/quiz`, { waitUntil: 'networkidle' })
    if (k === 0)
      await audit(page, 'join')
    await page.getByLabel('Nickname (optional)').tap()
    await page.keyboard.type(NICKNAMES[k]!)
    await page.getByRole('button', { name: 'Join' }).tap()
    await page.getByText(`You are ${NICKNAMES[k]}`).waitFor({ timeout: PATIENCE })

    let offlineSince = 0
    for (const [i, q] of quiz.entries()) {
      await waitToShow(page, page.getByRole('heading', { name: `Question ${i + 1} of ${quiz.length}` }), NICKNAMES[k]!, requests)
      if (k === OFFLINE_STUDENT && i === OFFLINE_FROM) {
        await waitForStatus(page, 'Every answer you gave is saved.')
        await context.setOffline(true)
        offlineSince = Date.now()
      }
      const group = page.getByRole('group', { name: q.prompt })
      await group.waitFor()
      // Where the question starts on the page (not on the screen: a tap may scroll).
      const questionAt = (): Promise<number> => group.evaluate(el => el.getBoundingClientRect().top + el.closest('.quiz-page')!.scrollTop)
      const before = await questionAt()
      await answerQuestion(page, q, answersRight(k, i), { by: 'tap', lettered: true, written: `${NICKNAMES[k]}: Alibaba's fine in 2021 tested the law, so Part 2 held up only partly.` })
      if (k === OFFLINE_STUDENT && i === OFFLINE_FROM) {
        // The phone says the connection has gone, and the question stays where the finger is.
        await waitForStatus(page, 'No connection: 1 answer is kept on this device, sent when it is back.')
        expect(await questionAt()).toBe(before)
      }
      if (k === 0 && (i < 3 || q.kind === 'open' || q.kind === 'ordering'))
        await audit(page, `question ${i + 1} (${q.kind})`)
      if (k === OFFLINE_STUDENT && i === OFFLINE_TO) {
        // The phone says what is waiting, keeps working, and sends it all when the network is back.
        const waiting = OFFLINE_TO - OFFLINE_FROM + 1
        await waitForStatus(page, `No connection: ${waiting} answers are kept on this device, sent when it is back.`)
        await page.waitForTimeout(Math.max(0, 60_000 - (Date.now() - offlineSince)))
        await context.setOffline(false)
        await waitForStatus(page, 'Every answer you gave is saved.')
      }
      if (i < quiz.length - 1) {
        await page.getByRole('button', { name: 'Next' }).tap()
      }
      else {
        await page.getByRole('button', { name: 'Review and hand in' }).tap()
      }
      if (k === RELOADING_STUDENT && i === RELOAD_AFTER - 1) {
        await page.reload({ waitUntil: 'networkidle' })
        // Back where the student stopped, with every answer kept.
        await waitToShow(page, page.getByRole('heading', { name: `Question ${RELOAD_AFTER + 1} of ${quiz.length}` }), NICKNAMES[k]!, requests)
        await page.getByText(`${RELOAD_AFTER} answered`).waitFor()
      }
    }
    await waitToShow(page, page.getByRole('heading', { name: 'Hand in your quiz' }), NICKNAMES[k]!, requests)
    await page.getByText(`You answered ${quiz.length} of ${quiz.length} questions.`).waitFor()
    if (k === 0)
      await audit(page, 'hand in')
    await page.getByRole('button', { name: 'Hand in', exact: true }).tap()
    await page.getByRole('button', { name: 'Yes, hand in my quiz' }).tap()
    await waitToShow(page, page.getByRole('heading', { name: 'Handed in' }), NICKNAMES[k]!, requests)
    // The teacher holds the feedback: the phone says so, and shows no score.
    await page.getByRole('status').filter({ hasText: 'Your teacher gives the feedback to the class later' }).waitFor()
    expect(await page.getByText('You scored').count()).toBe(0)
    if (k === 0)
      await audit(page, 'handed in, waiting for the feedback')
    return { page, errors: k === OFFLINE_STUDENT ? errors.filter(e => !OFFLINE.test(e)) : errors, requests }
  }

  /** The teacher's form for marking one student's written answer. */
  function markingForm(k: number, prompt: string) {
    return teacher.getByRole('form', { name: `${studentName(NICKNAMES[k]!, k + 1)}: ${prompt}`, exact: true })
  }

  /** Downloads one of the report's CSV files by its link, and returns its rows. */
  async function download(file: string): Promise<string[][]> {
    const [saved] = await Promise.all([
      teacher.waitForEvent('download', { timeout: PATIENCE }),
      teacher.getByRole('link', { name: file, exact: true }).click(),
    ])
    return csvRows(await readFile((await saved.path())!, 'utf8'))
  }

  it('gives the class quiz\'s address on the last slide, says it ends with the lesson, and a phone that scans it joins', async () => {
    const context = await browser.newContext({ viewport: LAPTOP })
    const projector = await context.newPage()
    const errors = watchErrors(projector)
    await projector.goto(`${server.url}/take-the-quiz`, { waitUntil: 'networkidle' })
    const slide = projector.locator('.quiz-link')
    await slide.getByText('this address works only while the class runs').waitFor({ timeout: PATIENCE })
    const address = `${server.url}/quiz`
    expect(await readQrCode(projector)).toBe(address)
    expect(await slide.getByRole('link', { name: address, exact: true }).count()).toBe(1)
    await slide.getByText('For practice after class, your teacher will give you the address.').waitFor()
    expect(await seriousAxeViolations(projector)).toEqual([])
    expect(errors).toEqual([])

    const phone = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage()
    await phone.goto(address, { waitUntil: 'networkidle' })
    await phone.getByLabel('Nickname (optional)').waitFor({ timeout: PATIENCE })
    await phone.context().close()
    await context.close()
  })

  it('takes five students\' quizzes, marked and released by the teacher, and reports what the test computes', { timeout: 900_000 }, async () => {
    // The teacher signs in with the keyboard and keeps the feedback until they release it.
    await teacher.goto(`${server.url}/teacher`, { waitUntil: 'networkidle' })
    await tabTo(teacher, teacher.getByLabel('Teacher code'))
    await teacher.keyboard.type(CODE)
    // The form goes once the server has said yes; the focus then rests on the page's heading.
    await teacher.keyboard.press('Enter')
    await teacher.getByRole('heading', { name: 'What the class learned' }).waitFor({ timeout: PATIENCE })
    await expect.poll(() => focusedElement(teacher), { timeout: PATIENCE }).toBe('h1 "Your class"')
    await tabTo(teacher, teacher.getByRole('radio', { name: 'as soon as they hand it in' }), 100)
    await press(teacher, 'ArrowDown')
    await teacher.getByRole('button', { name: 'Release the feedback now' }).waitFor({ timeout: PATIENCE })

    // Five phones at once, as in a classroom.
    const phones = await Promise.all(NICKNAMES.map((_, k) => student(k)))

    // Every written answer reaches the teacher's page (it refreshes itself), and is marked by keyboard.
    await teacher.getByText(`${written.length * NICKNAMES.length} written answers, ${written.length * NICKNAMES.length} not marked yet.`).waitFor({ timeout: PATIENCE })
    await audit(teacher, 'teacher page, before marking')
    for (const q of written) {
      if (q.kind !== 'open')
        continue
      for (const k of NICKNAMES.keys()) {
        const form = markingForm(k, q.prompt)
        await form.getByText(`${NICKNAMES[k]}: Alibaba's fine`).waitFor()
        // The guide's quality levels sit beside the mark, from full marks down to 0.
        const levels = form.getByRole('list', { name: 'Quality levels, for the whole answer' }).getByRole('listitem')
        expect(await levels.allTextContents()).toEqual(q.levels.map(l => `${l.points} ${l.points === 1 ? 'point' : 'points'}: ${l.means}`))
        for (const point of q.rubric.slice(0, ticks(k))) {
          await tabTo(teacher, form.getByRole('checkbox', { name: point, exact: true }), 200)
          await press(teacher, 'Space')
        }
        await tabTo(teacher, form.getByRole('button', { name: 'Save mark' }), 200)
        await press(teacher, 'Enter')
        await form.getByRole('status').filter({ hasText: `Saved: ${ticks(k)} of ${q.points} points.` }).waitFor({ timeout: PATIENCE })
      }
      // A mark changed: typed over, with a decimal comma; the page says it changed.
      const first = markingForm(0, q.prompt)
      await tabTo(teacher, first.getByRole('textbox', { name: `Mark (0 to ${q.points})` }), 200)
      await press(teacher, 'ControlOrMeta+A')
      await teacher.keyboard.type(String(CHANGED_MARK).replace('.', ','))
      await press(teacher, 'Enter')
      await first.getByRole('status').filter({ hasText: `Saved: ${CHANGED_MARK} of ${q.points} points.` }).waitFor({ timeout: PATIENCE })
      await first.getByText(`marked ${CHANGED_MARK} of ${q.points}, changed 1 time`).waitFor({ timeout: PATIENCE })
    }
    await teacher.getByText(`${written.length * NICKNAMES.length} written answers, 0 not marked yet.`).waitFor({ timeout: PATIENCE })

    // Released: every phone shows its own score, without a reload.
    await tabTo(teacher, teacher.getByRole('button', { name: 'Release the feedback now' }), 200)
    await press(teacher, 'Enter')
    await teacher.getByText('Feedback released').waitFor()
    for (const [k, { page, requests }] of phones.entries())
      await waitToShow(page, page.getByText(`You scored ${tenths(totals[k]!)} of ${MAX} points.`), NICKNAMES[k]!, requests)
    await audit(phones[0]!.page, 'results')

    // What the class learned, as the page shows it, against the test's own figures.
    const shown: string[] = []
    const wanted: string[] = []
    const questionsTable = teacher.getByRole('table', { name: /^Every question/ })
    for (const [i, q] of quiz.entries()) {
      const row = questionsTable.getByRole('row').filter({ has: teacher.locator('th strong', { hasText: new RegExp(`^Q${i + 1}$`) }) })
      const { facility, discrimination } = expectedItem(i)
      shown.push(`Q${i + 1} ${q.id}: answered ${await row.locator('td').nth(0).textContent()}, facility ${(await row.locator('td.facility').textContent())?.trim()}, discrimination ${(await row.locator('td.discrimination').textContent())?.trim()}`)
      wanted.push(`Q${i + 1} ${q.id}: answered ${NICKNAMES.length}, facility ${facility}, discrimination ${discrimination}`)
    }
    for (const id of OBJECTIVE_IDS) {
      const { verb, rest } = objectiveById(id)
      const line = teacher.locator('.objectives li').filter({ hasText: `${verb} ${rest}` })
      shown.push(`${id}: ${(await line.locator('.objective-figure').textContent())?.trim()}`)
      wanted.push(`${id}: ${expectedObjective(id)}`)
    }
    const pageTotals: string[] = []
    const studentsTable = teacher.getByRole('table', { name: 'Every student: handed in, time taken, points, objectives reached' })
    for (const [k, nickname] of NICKNAMES.entries()) {
      const row = studentsTable.getByRole('row').filter({ has: teacher.getByRole('rowheader', { name: new RegExp(`^${nickname}`) }) })
      const header = row.getByRole('rowheader')
      const total = (await row.locator('td.total').textContent())?.trim() ?? ''
      pageTotals.push(total)
      // Under half the points, the page says the student needs help.
      shown.push(`${(await header.textContent())?.trim()}: ${total}`)
      wanted.push(`${nickname}${totals[k]! / MAX < 0.5 ? ' (needs help)' : ''}: ${tenths(totals[k]!)} of ${MAX} (${Math.round(totals[k]! / MAX * 100)}%)`)
    }
    expect(shown).toEqual(wanted)
    await audit(teacher, 'teacher page, marked and released')

    // The files say what the page says (students in the order they joined, which a race decided).
    const byName = (lines: string[]): string[] => [...lines].sort()
    const gradebook = await download('gradebook.csv')
    expect(gradebook[0]).toEqual(['Identifier', 'Total', 'Maximum'])
    // A file's points, written as the page writes them (to a tenth, with the percentage).
    const asOnPage = (total: string, max: string): string => `${tenths(Number(total))} of ${max} (${Math.round(Number(total) / Number(max) * 100)}%)`
    expect(byName(gradebook.slice(1).map(([name, total, max]) => `${name}: ${asOnPage(total!, max!)}`)))
      .toEqual(byName(NICKNAMES.map((name, k) => `${name}: ${pageTotals[k]}`)))
    const students = await download('students.csv')
    const points = students[0]!.indexOf('Points')
    expect(byName(students.slice(1).map(row => `${row[1]}: ${asOnPage(row[points]!, row[points + 1]!)}`)))
      .toEqual(byName(NICKNAMES.map((name, k) => `${name}: ${pageTotals[k]}`)))
    const answers = await download('answers.csv')
    const header = answers[0]!
    const cell = (row: string[], column: string): string => row[header.indexOf(column)]!
    expect(byName(answers.slice(1).map(row => `${cell(row, 'Name')} ${cell(row, 'Question ID')} ${cell(row, 'Points')}`)))
      .toEqual(byName(NICKNAMES.flatMap((name, k) => quiz.map((q, i) => `${name} ${q.id} ${expectedScore(k, i)}`))))

    expect(phones.flatMap(({ errors }) => errors)).toEqual([])
    expect(teacherErrors).toEqual([])
    expect(axe).toEqual([])
  })
})
