// The live quiz as a class uses it: the classroom server on loopback with the built site, the
// projector and the presenter view in one browser (the teacher's), two students on phones. Students
// type their nicknames, tap or use the keyboard; every check reads what is on the screen.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { StaticServer } from '../scripts/serve'
import type { RunningClassServer } from '../server/start'
import type { AxeFinding } from './support/browser'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { liveBank } from '../quiz/bank'
import { isLiveQuestion, publicQuestion, rightOptionIds } from '../quiz/live/protocol'
import { freePort } from '../scripts/class'
import { pageWeight } from '../scripts/lib/page-weight'
import { startStaticServer } from '../scripts/serve'
import { startClassServer } from '../server/start'
import { launchChromium, noBrowserReason, readQrCode, seriousAxeViolations, watchErrors } from './support/browser'
import { distDir, teacherDistDir } from './support/dirs'
import { focusedElement, press, tabTo } from './support/keyboard'

const CODE = 'K7MPQ4'
const OFFLINE = /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|Failed to fetch/
const PHONE = { width: 360, height: 740 }
const LAPTOP = { width: 1280, height: 720 }

function liveQuestion(id: string) {
  const question = liveBank.find(q => q.id === id)
  if (!question || !isLiveQuestion(question))
    throw new Error(`${id} is not a live question`)
  return { question, shown: publicQuestion(question), right: rightOptionIds(question) }
}

const first = liveQuestion('practice-local-winners')
const second = liveQuestion('practice-inke')

/** Starts a class on a free loopback port, serving `siteDir` (and the teacher's deck), in a new class folder. */
async function startClass(siteDir: string): Promise<{ server: RunningClassServer, classDir: string }> {
  const port = await freePort('127.0.0.1', 0)
  const classDir = join(mkdtempSync(join(tmpdir(), 'lesson-class-')), 'class')
  const server = await startClassServer({
    bank: liveBank,
    siteDir,
    teacherDeckDir: teacherDistDir,
    classDir,
    teacherCode: CODE,
    joinUrl: `http://127.0.0.1:${port}/join`,
    host: '127.0.0.1',
    port,
    onWarning: warning => console.warn(warning),
  })
  return { server, classDir }
}

/** An option's radio button on a phone, named as the phone shows it: "B · protection by …". */
function optionOn(page: Page, shown: ReturnType<typeof publicQuestion>, optionText: string) {
  const index = shown.options.findIndex(o => o.text === optionText)
  return page.getByRole('radio', { name: `${letter(index)} · ${optionText}`, exact: true })
}

/** The projector's row for an option: its count as shown, and whether it says "Right answer". */
async function boardRow(page: Page, text: string): Promise<{ count: string, right: boolean }> {
  const row = page.locator('.live-board li').filter({ hasText: text })
  return {
    count: ((await row.locator('.count').textContent()) ?? '').trim(),
    right: (await row.getByText('Right answer').count()) === 1,
  }
}

describe.skipIf(noBrowserReason)('the live quiz in a classroom', () => {
  let browser: Browser
  let server: RunningClassServer
  let classDir: string
  let teacher: BrowserContext
  let projector: Page
  let presenter: Page
  const phones: { context: BrowserContext, page: Page, errors: string[] }[] = []
  const teacherErrors: string[][] = []
  const axe: string[] = []

  async function audit(page: Page, state: string): Promise<void> {
    const found: AxeFinding[] = await seriousAxeViolations(page)
    axe.push(...found.map(v => `${state}: axe ${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`))
  }

  async function phone(): Promise<{ context: BrowserContext, page: Page, errors: string[] }> {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    const found = { context, page, errors: watchErrors(page) }
    phones.push(found)
    await page.goto(`${server.url}/join`, { waitUntil: 'networkidle' })
    return found
  }

  beforeAll(async () => {
    // The teacher's copy is a development build: Vue's warnings reach the console, where they fail the test.
    ({ server, classDir } = await startClass(teacherDistDir))
    browser = await launchChromium()
    teacher = await browser.newContext({ viewport: LAPTOP })
    projector = await teacher.newPage()
    presenter = await teacher.newPage()
    teacherErrors.push(watchErrors(projector), watchErrors(presenter))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(join(classDir, '..'), { recursive: true, force: true })
  })

  it('shows the join address, as text and as a QR code a phone reads, and counts the students who join', async () => {
    await projector.goto(`${server.url}/quick-checks`, { waitUntil: 'networkidle' })
    const joinUrl = `${server.url}/join`
    await projector.getByText(joinUrl, { exact: true }).waitFor()
    expect(await readQrCode(projector)).toBe(joinUrl)
    await projector.getByText('0 students have joined').waitFor()

    const li = await phone()
    await audit(li.page, 'join form')
    await li.page.getByLabel('Nickname (optional)').click()
    await li.page.keyboard.type('王丽 Li')
    await li.page.keyboard.press('Enter')
    await li.page.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
    // The name shows with the waiting screen at once, from the join's reply, not a moment later.
    expect(await li.page.getByText('You are 王丽 Li').count()).toBe(1)
    await audit(li.page, 'waiting')

    const anonymous = await phone()
    await anonymous.page.getByRole('button', { name: 'Join' }).click()
    await anonymous.page.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
    expect(await anonymous.page.getByText('You are Student 2').count()).toBe(1)

    await projector.getByText('2 students have joined').waitFor()
  })

  it('lets the teacher open a question from the presenter view; the phones answer, change their answer, and the projector counts them', async () => {
    // The teacher opens the presenter view on the slide: not signed in yet, so the sign-in form
    // comes first, then the same slide.
    await presenter.goto(`${server.url}/presenter/quick-check-1`, { waitUntil: 'networkidle' })
    await presenter.getByRole('heading', { name: 'Teacher sign-in' }).waitFor()
    await presenter.getByLabel(/teacher code/i).click()
    await presenter.keyboard.type(CODE)
    await presenter.keyboard.press('Enter')
    await presenter.waitForURL(/\/presenter\/quick-check-1/)
    const controls = presenter.getByRole('group', { name: 'Live question controls (teacher)' })
    await controls.getByRole('button', { name: 'Open', exact: true }).click()
    await projector.goto(`${server.url}/quick-check-1`, { waitUntil: 'networkidle' })
    await projector.getByText('Open: answer on your phone').waitFor()
    // The projector never shows the right answer before the reveal.
    expect(await projector.getByText('Right answer').count()).toBe(0)

    const [li, anonymous] = [phones[0]!, phones[1]!]
    const rightText = first.shown.options.find(o => first.right.includes(o.id))!.text
    const wrongTexts = first.shown.options.filter(o => !first.right.includes(o.id)).map(o => o.text)
    for (const { page } of phones)
      await page.getByRole('heading', { name: 'Answer now' }).waitFor()
    await audit(li.page, 'question open')

    // One order everywhere: the projector's rows and a phone's options read as the lesson's order,
    // the one the printed worksheet has too (pdf.test.ts reads the same list from the PDF).
    const lessonOrder = first.shown.options.map((o, i) => `${letter(i)} · ${o.text}`)
    const onProjector = await projector.locator('.live-board li').filter({ visible: true }).evaluateAll(rows => rows.map(row => `${row.querySelector('.mark')?.textContent?.trim()} · ${row.querySelector('.text')?.firstChild?.textContent?.trim()}`))
    const onPhone = (await li.page.locator('.quiz-choice').allTextContents()).map(text => text.replace(/\s+/g, ' ').trim())
    expect({ onProjector, onPhone }).toEqual({ onProjector: lessonOrder, onPhone: lessonOrder })

    // Li answers with the keyboard alone: Tab into the group, arrows to the right option, Enter sends.
    const texts = first.shown.options.map(o => o.text)
    await tabTo(li.page, optionOn(li.page, first.shown, texts[0]!))
    await press(li.page, 'Space')
    for (let i = 0; i < texts.indexOf(rightText); i++)
      await press(li.page, 'ArrowDown')
    await press(li.page, 'Enter')
    await li.page.getByText(`Received: ${letter(texts.indexOf(rightText))} · ${rightText}.`, { exact: false }).waitFor()

    // The other student taps a wrong option, sends it, then changes their mind.
    await optionOn(anonymous.page, first.shown, wrongTexts[0]!).tap()
    await anonymous.page.getByRole('button', { name: 'Send my answer' }).tap()
    await anonymous.page.getByText(`· ${wrongTexts[0]}. You can change it`, { exact: false }).waitFor()
    await optionOn(anonymous.page, first.shown, wrongTexts[1]!).tap()
    await anonymous.page.getByRole('button', { name: 'Send my new answer' }).tap()
    await anonymous.page.getByText(`· ${wrongTexts[1]}. You can change it`, { exact: false }).waitFor()
    // After a reload, the phone still says which answer the server holds.
    await anonymous.page.reload({ waitUntil: 'networkidle' })
    await anonymous.page.getByText(`Received: ${letter(texts.indexOf(wrongTexts[1]!))} · ${wrongTexts[1]}. You can change it`, { exact: false }).waitFor()

    await projector.getByText('2 of 2 answered').waitFor()
    expect(await boardRow(projector, rightText)).toEqual({ count: '1 (50%)', right: false })
    expect(await boardRow(projector, wrongTexts[0]!)).toEqual({ count: '0 (0%)', right: false })
    expect(await boardRow(projector, wrongTexts[1]!)).toEqual({ count: '1 (50%)', right: false })
  })

  it('closes, then reveals: the projector marks the right option and each phone says right or not, and why', async () => {
    const controls = presenter.getByRole('group', { name: 'Live question controls (teacher)' })
    await controls.getByRole('button', { name: 'Close', exact: true }).click()
    const [li, anonymous] = [phones[0]!, phones[1]!]
    for (const { page } of phones) {
      await page.getByRole('heading', { name: 'Answers are closed' }).waitFor()
      expect(await page.getByRole('radio').first().isDisabled()).toBe(true)
    }
    await controls.getByRole('button', { name: 'Reveal', exact: true }).click()
    const rightText = first.shown.options.find(o => first.right.includes(o.id))!.text
    await projector.getByText('Answer revealed').waitFor()
    expect((await boardRow(projector, rightText)).right).toBe(true)

    await li.page.getByRole('heading', { name: 'The answer' }).waitFor()
    expect(await li.page.getByText('Right!').count()).toBe(1)
    expect(await li.page.getByText(first.question.explanation).count()).toBe(1)
    await audit(li.page, 'revealed, right')
    await anonymous.page.getByText('Not this time.').waitFor()
    expect(await anonymous.page.getByText(first.question.explanation).count()).toBe(1)
    await audit(anonymous.page, 'revealed, wrong')
  })

  it('asks before a reset, keeps the answers as an earlier round, and undoes it, all by keyboard', async () => {
    const controls = presenter.getByRole('group', { name: 'Live question controls (teacher)' })
    const rightText = first.shown.options.find(o => first.right.includes(o.id))!.text
    const before = await boardRow(projector, rightText)
    // Reset asks first; the keyboard is taken to the answer.
    await tabTo(presenter, controls.getByRole('button', { name: 'Reset…', exact: true }))
    await presenter.keyboard.press('Enter')
    const confirm = presenter.getByRole('group', { name: /^Reset this question\?/ })
    await confirm.waitFor()
    await expect.poll(() => focusedElement(presenter)).toBe('button "Reset: new round"')
    // Changing one's mind keeps everything.
    await tabTo(presenter, confirm.getByRole('button', { name: 'Keep its answers' }))
    await presenter.keyboard.press('Enter')
    await controls.getByText('Not reset: the question keeps its answers.').waitFor()
    expect(await projector.getByText('Answer revealed').count()).toBe(1)
    // Now for real: a new round, the projector starts from nothing.
    await tabTo(presenter, controls.getByRole('button', { name: 'Reset…', exact: true }))
    await presenter.keyboard.press('Enter')
    await confirm.waitFor()
    await presenter.keyboard.press('Enter')
    await controls.getByText('Reset: a new round starts.', { exact: false }).waitFor()
    // The slide on screen (Slidev keeps its neighbours' boards in the page, hidden).
    await projector.getByText('Not open yet').filter({ visible: true }).waitFor()
    await projector.getByText(/^0 of \d+ answered$/).filter({ visible: true }).waitFor()
    // The teacher's page keeps the first round.
    const page = await teacher.newPage()
    await page.goto(`${server.url}/teacher`, { waitUntil: 'networkidle' })
    await page.getByText(/Round 1, reset at \d\d:\d\d: 2 answered, 50% right/).waitFor()
    await page.close()
    // Undo: the round before is back, on the projector and on the phones.
    await tabTo(presenter, controls.getByRole('button', { name: 'Undo reset', exact: true }))
    await presenter.keyboard.press('Enter')
    await controls.getByText('Reset undone: the answers of the round before are back.').waitFor()
    await projector.getByText('Answer revealed').waitFor()
    expect(await boardRow(projector, rightText)).toEqual(before)
    await phones[0]!.page.getByText('Right!').waitFor()
  })

  it('keeps a student\'s identity and answer across a reload', async () => {
    const li = phones[0]!
    await li.page.reload({ waitUntil: 'networkidle' })
    await li.page.getByRole('heading', { name: 'The answer' }).waitFor()
    expect(await li.page.getByText('You are 王丽 Li').count()).toBe(1)
    expect(await li.page.getByText('Right!').count()).toBe(1)
  })

  it('sends an answer given offline once the phone is back, and says so when it came too late', async () => {
    await presenter.goto(`${server.url}/presenter/quick-check-2`, { waitUntil: 'networkidle' })
    const controls = presenter.getByRole('group', { name: 'Live question controls (teacher)' })
    await controls.getByRole('button', { name: 'Open', exact: true }).click()
    await projector.goto(`${server.url}/quick-check-2`, { waitUntil: 'networkidle' })
    const [li, anonymous] = [phones[0]!, phones[1]!]
    await li.page.getByRole('heading', { name: 'Answer now' }).waitFor()
    await anonymous.page.getByRole('heading', { name: 'Answer now' }).waitFor()

    // Li's phone loses the network, answers anyway (wrongly), and gets it through when the network is back.
    const [a, b] = second.shown.options.filter(o => !second.right.includes(o.id))
    await li.context.setOffline(true)
    await optionOn(li.page, second.shown, a!.text).tap()
    await li.page.getByRole('button', { name: 'Send my answer' }).tap()
    await li.page.getByText(/^Not sent yet: there is no connection/).waitFor()
    await li.context.setOffline(false)
    await li.page.getByText(`Received: ${letter(second.shown.options.indexOf(a!))} · ${a!.text}.`, { exact: false }).waitFor({ timeout: 15_000 })
    await projector.getByText('1 of 2 answered').waitFor()

    // The other phone answers offline too late: the question closes before it is back.
    await anonymous.context.setOffline(true)
    await optionOn(anonymous.page, second.shown, b!.text).tap()
    await anonymous.page.getByRole('button', { name: 'Send my answer' }).tap()
    await anonymous.page.getByText(/^Not sent yet/).waitFor()
    await controls.getByRole('button', { name: 'Close', exact: true }).click()
    await projector.getByText('Closed', { exact: true }).waitFor()
    await anonymous.context.setOffline(false)
    await anonymous.page.getByText('Your answer was not received before the question closed.').waitFor({ timeout: 15_000 })
    await anonymous.page.getByRole('heading', { name: 'Answers are closed' }).waitFor()
    expect(await projector.getByText('1 of 2 answered').count()).toBe(1)
  })

  it('shows the teacher every question asked and every student\'s score, and downloads them as CSV', async () => {
    const page = await teacher.newPage()
    const seen = watchErrors(page)
    await page.goto(`${server.url}/teacher`, { waitUntil: 'networkidle' })
    await page.getByRole('heading', { name: 'Live questions' }).waitFor()
    await page.getByText('2 students joined; 2 questions asked.').waitFor()
    const students = page.getByRole('table', { name: 'Every student: answers, right answers and points' })
    expect(await students.getByRole('row', { name: /王丽 Li/ }).textContent()).toMatch(/王丽 Li\s*2\s*1\s*1 of 2/)
    expect(await students.getByRole('row', { name: /Student 2/ }).textContent()).toMatch(/Student 2\s*1\s*0\s*0 of 2/)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()])
    const csv = readFileSync((await download.path())!, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain(first.question.prompt)
    expect(csv).toContain('王丽 Li')
    // What the class learned, from the live answers: the first question, half the class right.
    await page.getByRole('radio', { name: 'The live questions' }).check()
    const live1 = page.getByRole('table', { name: /^Every question/ }).getByRole('row').filter({ hasText: first.question.prompt })
    await expect.poll(() => live1.locator('td.facility').textContent(), { timeout: 30_000 }).toContain('50%')
    await audit(page, 'teacher results')
    await page.close()
    expect(seen).toEqual([])
  })

  it('takes a question with several right answers as checkboxes, and marks every right one after the reveal', async () => {
    // Any single, multiple or true/false question of the bank can be asked live; this one has no slide.
    const multiple = liveBank.filter(isLiveQuestion).find(q => q.kind === 'multiple' && rightOptionIds(q).length >= 2)!
    const shown = publicQuestion(multiple)
    const right = rightOptionIds(multiple)
    const act = (action: string) => fetch(`${server.url}/api/teacher/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-teacher-code': CODE },
      body: JSON.stringify({ questionId: multiple.id }),
    })
    expect((await act('open')).status).toBe(200)
    const li = phones[0]!
    await li.page.getByRole('heading', { name: 'Answer now' }).waitFor()
    expect(await li.page.getByText('Choose every right answer.').count()).toBe(1)
    const boxes = li.page.getByRole('checkbox')
    expect(await boxes.count()).toBe(shown.options.length)
    // Li ticks every right option, then sends.
    for (const id of right) {
      const index = shown.options.findIndex(o => o.id === id)
      await li.page.getByRole('checkbox', { name: `${letter(index)} · ${shown.options[index]!.text}`, exact: true }).check()
    }
    await li.page.getByRole('button', { name: 'Send my answer' }).click()
    await li.page.getByText(/^Received: /).waitFor()
    expect((await act('reveal')).status).toBe(200)
    await li.page.getByText('Right!').waitFor()
    for (const id of right) {
      const index = shown.options.findIndex(o => o.id === id)
      expect(await li.page.getByRole('checkbox', { name: new RegExp(`^${letter(index)} · .*right answer`) }).count()).toBe(1)
    }
    expect((await act('reset')).status).toBe(200)
  })

  it('leaves no console error, no Vue warning and no serious axe violation on any page', async () => {
    // A phone that was offline on purpose logs its failed requests; nothing else may fail.
    const errors = [...teacherErrors.flat(), ...phones.flatMap(p => p.errors.filter(e => !OFFLINE.test(e)))]
    expect(errors).toEqual([])
    expect(axe).toEqual([])
  })

  it('sends a phone left open to the join page as soon as the teacher starts a new class', { timeout: 120_000 }, async () => {
    // Last: the class ends here. The phone stays open on the waiting screen meanwhile.
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    await page.goto(`${server.url}/join`, { waitUntil: 'networkidle' })
    await page.getByLabel('Nickname (optional)').pressSequentially('Mei')
    await page.getByRole('button', { name: 'Join', exact: true }).tap()
    await page.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
    // `npm run class -- --new`: the server stops, and a new class starts on the same address.
    const { port } = new URL(server.url)
    await server.close()
    rmSync(join(classDir, '..'), { recursive: true, force: true })
    classDir = join(mkdtempSync(join(tmpdir(), 'lesson-class-')), 'class')
    server = await startClassServer({ bank: liveBank, siteDir: teacherDistDir, teacherDeckDir: teacherDistDir, classDir, teacherCode: 'NEW234', joinUrl: `http://127.0.0.1:${port}/join`, host: '127.0.0.1', port: Number(port), maxStudents: 1 })
    // Within a generous limit for a loaded machine: the phone retries its stream every 2 s.
    await page.getByText('You are not in this class any more (the teacher started a new class, or took you off the list): join again.').waitFor({ timeout: 60_000 })
    // The nickname is still in the field: Mei only taps Join.
    expect(await page.getByLabel('Nickname (optional)').inputValue()).toBe('Mei')
    await page.getByRole('button', { name: 'Join', exact: true }).tap()
    await page.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
    expect(await page.getByText('You are Mei').count()).toBe(1)
    expect((await (await fetch(`${server.url}/api/info`)).json()).joined).toBe(1)
    // This class takes one student (--max-students 1): the next phone is told why it cannot join.
    const late = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })
    const latePage = await late.newPage()
    await latePage.goto(`${server.url}/join`, { waitUntil: 'networkidle' })
    await latePage.getByRole('button', { name: 'Join', exact: true }).tap()
    await latePage.getByRole('alert').filter({ hasText: 'Could not join: this class is full (1 student); ask your teacher.' }).waitFor()
    await late.close()
    // The teacher takes Mei off the list on /teacher: her phone goes to the join page at once.
    const desk = await browser.newPage({ viewport: LAPTOP })
    await desk.goto(`${server.url}/teacher`, { waitUntil: 'networkidle' })
    await desk.getByLabel('Teacher code').pressSequentially('NEW234')
    await desk.keyboard.press('Enter')
    await desk.getByRole('button', { name: 'Remove Mei…', exact: true }).click()
    await desk.getByRole('group', { name: 'Remove Mei?' }).getByRole('button', { name: 'Remove', exact: true }).click()
    await desk.getByText('Mei was removed from the class.').waitFor()
    await expect.poll(async () => (await (await fetch(`${server.url}/api/info`)).json()).joined, { timeout: 30_000 }).toBe(0)
    await page.getByText('You are not in this class any more', { exact: false }).waitFor({ timeout: 60_000 })
    await desk.close()
    await context.close()
  })
})

function letter(index: number): string {
  return String.fromCodePoint(65 + index)
}

describe.skipIf(noBrowserReason)('the live slides and the join page without a classroom server', () => {
  let browser: Browser
  let hosted: StaticServer

  beforeAll(async () => {
    hosted = await startStaticServer({ root: teacherDistDir })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await hosted?.close()
  })

  it('shows a quick check, its answer on the next click, and the join slide says to answer aloud', async () => {
    const page = await browser.newPage({ viewport: LAPTOP })
    const errors = watchErrors(page)
    await page.goto(`${hosted.url}/quick-checks`, { waitUntil: 'networkidle' })
    await page.getByText('Answer aloud or on paper').waitFor()
    expect(await page.locator('svg.qr').count()).toBe(0)
    await page.goto(`${hosted.url}/quick-check-1`, { waitUntil: 'networkidle' })
    const answer = page.locator('.quiz-slide-question .answer').filter({ visible: true })
    await answer.waitFor({ state: 'attached' })
    expect(await answer.isVisible() && await answer.evaluate(el => getComputedStyle(el).opacity !== '0')).toBe(false)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => answer.evaluate(el => getComputedStyle(el).opacity)).toBe('1')
    expect(await page.locator('.live-board').count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })

  it('tells a student on the join page that the live quiz is not running here, and links to the self-paced quiz', async () => {
    const page = await browser.newPage({ viewport: PHONE })
    const errors = watchErrors(page)
    await page.goto(`${hosted.url}/join`, { waitUntil: 'networkidle' })
    await page.getByText(/it is not running at this address/).waitFor()
    await page.getByRole('link', { name: 'Open the self-paced quiz' }).click()
    await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
    await page.close()
    expect(errors).toEqual([])
  })
})

describe.skipIf(noBrowserReason)('the join page on the room\'s network', () => {
  it('downloads at most 150 KB, compressed as the classroom server sends it, before the waiting screen', async () => {
    const { server, classDir } = await startClass(distDir)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage({ viewport: PHONE })
      await page.goto(`${server.url}/join`, { waitUntil: 'networkidle' })
      await page.getByRole('button', { name: 'Join' }).click()
      await page.getByRole('heading', { name: 'Waiting for the teacher' }).waitFor()
      await page.evaluate(() => document.fonts.ready)
      const weight = await pageWeight(page)
      console.info(`/join: ${(weight.sent / 1024).toFixed(0)} KiB sent (${(weight.decoded / 1024).toFixed(0)} KiB decoded) in ${weight.requests} requests`)
      expect(weight.sent).toBeLessThanOrEqual(150 * 1024)
    }
    finally {
      await browser.close()
      await server.close()
      rmSync(join(classDir, '..'), { recursive: true, force: true })
    }
  })
})
