// `npm run screenshots`: renders the pictures the README and the guides show, from the site as
// `npm run build` makes it, so they stay current with the deck. It builds a student copy and a
// teacher copy (`--presenter`) into a temporary folder, serves them, and photographs them with the
// Chromium the export uses: slides at the deck's canvas size (980×552), the presenter view at 1280×720
// scaled to 960×540, the quiz on a 360 px phone, and the live quiz's chart on the projector after a few
// phones (simulated through the classroom API) have answered, and the class report on /teacher after a
// sample class has handed in the full quiz (scripts/lib/sample-class.ts).
//
//   npm run screenshots                       -> docs/images/*.png
//   npm run screenshots -- --site /tmp/dist   reuse a build (and /tmp/dist-teacher) instead of building
import type { Buffer } from 'node:buffer'
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { SingleQuestion } from '../quiz/types'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { PNG } from 'pngjs'
import { bank, liveBank } from '../quiz/bank'
import { isLiveQuestion, publicQuestion, rightOptionIds } from '../quiz/live/protocol'
import { shuffleBank } from '../quiz/shuffle'
import { startClassServer } from '../server/start'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './lib/chromium'
import { readDeck, root } from './lib/deck'
import { runSampleClass } from './lib/sample-class'
import { humanSize } from './lib/sizes'
import { startStaticServer } from './serve'

export const SCREENSHOTS_USAGE = `Usage: npm run screenshots [-- options]

Builds the site into a temporary folder and renders the pictures of the README and the guides
into docs/images/.

Options:
  --out DIR     write the pictures to DIR instead of docs/images
  --site DIR    use this built site (and DIR-teacher, built with --presenter) instead of building
  -h, --help    show this help`

/** The pictures, by file name, with what each shows (the documents' alt text can say the same). */
export const PICTURES = {
  'title-slide.png': 'The title slide',
  'comparison-table.png': 'A comparison table: US companies and the local winners of the internet era',
  'fact-check.png': 'A fact-check slide with every claim\'s verdict shown',
  'presenter-view.png': 'The presenter view: current and next slide, speaker notes and the timer',
  'quiz-phone.png': 'The self-paced quiz on a phone, after checking the first answer',
  'live-chart.png': 'The live quiz on the projector: a bar per option as the phones answer',
  'class-report.png': 'The class report on /teacher: the share of the class that reached each objective, as bars',
  'report-questions.png': 'The class report\'s questions: facility, discrimination, the options chosen, and why a question is flagged',
} as const

export type PictureName = keyof typeof PICTURES

/** One line per picture written: where, and how big. */
export function pictureLine(path: string, bytes: number): string {
  return `Wrote ${path}  (${humanSize(bytes)})`
}

/**
 * The same picture, smaller: Chromium writes RGBA with per-row filters, which the fine noise it
 * dithers gradients with (the title slide's background) makes large. RGB, unfiltered, fully
 * deflated is lossless and about a third smaller here (the title slide: 222 KB to 68 KB).
 */
export function smallerPng(png: Buffer): Buffer {
  const again = PNG.sync.write(PNG.sync.read(png), { colorType: 2, inputHasAlpha: true, filterType: 0, deflateLevel: 9, deflateStrategy: 0 })
  return again.length < png.length ? again : png
}

/**
 * Slides are photographed at the size of the deck's canvas (980 px wide, 16:9 rounded up to 552 px
 * high): what a 1280×720 screen shows, scaled down, with no gutter at the edges.
 */
const SLIDE = { viewport: { width: 980, height: 552 }, deviceScaleFactor: 1 }
/** The presenter view is laid out for a laptop (1280×720) and photographed at three quarters: 960×540. */
const LAPTOP = { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.75 }
/** The teacher's page on a laptop, tall enough for the objectives and the first questions, at three quarters. */
const REPORT = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 0.75 }
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }
/** A fixed moment, so the presenter view's clock (and so the picture) does not change from run to run. */
const FIXED_TIME = new Date('2026-03-02T10:05:00')
const TEACHER_CODE = 'SHOTS1'
/** What a class in a school sees on the projector: a laptop's address on the room's network. */
const SHOWN_JOIN_URL = 'http://192.168.1.20:3000/join'
const LIVE_QUESTION = 'practice-local-winners'

/** Waits until the page has its fonts and no transition is still running (Slidev fades between slides). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForFunction(() => document.getAnimations()
    .every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity))
  await page.waitForTimeout(200)
}

/** Opens a slide by its number or route alias and waits until it is on screen. */
async function openSlide(page: Page, url: string, no: number): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.locator(`.slidev-page-${no}`).waitFor()
  await settled(page)
}

/** Presses → until every click of slide `no` is shown, as a presenter would. */
async function revealClicks(page: Page, no: number): Promise<void> {
  const hidden = page.locator(`.slidev-page-${no} .slidev-vclick-hidden`)
  for (let left = await hidden.count(); left > 0; left = await hidden.count()) {
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(
      ([selector, before]) => document.querySelectorAll(selector as string).length < (before as number),
      [`.slidev-page-${no} .slidev-vclick-hidden`, left] as const,
    )
  }
  await settled(page)
}

/**
 * The first seed whose quiz opens with a single-choice question, and that question: the picture shows
 * one being checked, whatever kinds the bank gains.
 */
function seedOpeningWithChoice(): { seed: string, question: SingleQuestion } {
  for (let i = 1; i < 100; i++) {
    const first = shuffleBank(bank, String(i))[0]
    if (first?.kind === 'single')
      return { seed: String(i), question: first }
  }
  throw new Error('screenshots: no seed from 1 to 99 opens the quiz with a single-choice question')
}

/** POSTs JSON to the classroom API and returns the reply, failing loudly on a refusal. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<unknown> {
  const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  if (!reply.ok)
    throw new Error(`screenshots: POST ${new URL(url).pathname} answered ${reply.status}: ${await reply.text()}`)
  return reply.json()
}

/** The sites to photograph: built now into a temporary folder, or given with --site. */
interface Sites {
  readonly site: string
  readonly teacherSite: string
  readonly cleanUp: () => void
}

function buildSites(given: string | undefined): Sites | undefined {
  if (given)
    return { site: resolve(given), teacherSite: `${resolve(given)}-teacher`, cleanUp: () => {} }
  const tmp = mkdtempSync(join(tmpdir(), 'lesson-screenshots-'))
  const cleanUp = (): void => rmSync(tmp, { recursive: true, force: true })
  const sites = { site: join(tmp, 'dist'), teacherSite: join(tmp, 'dist-teacher'), cleanUp }
  for (const [out, presenter] of [[sites.site, false], [sites.teacherSite, true]] as const) {
    console.log(`Building the ${presenter ? 'teacher\'s copy' : 'site'} …`)
    const built = spawnSync('npx', ['tsx', 'scripts/build.ts', '--out', out, ...(presenter ? ['--presenter'] : [])], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (built.status !== 0) {
      console.error(`${built.stdout}${built.stderr}\nscreenshots: the build failed; its output is above.`)
      cleanUp()
      return undefined
    }
  }
  return sites
}

/** Photographs every picture into `outDir`; returns the files written. */
async function photograph(browser: Browser, sites: Sites, outDir: string): Promise<string[]> {
  const deck = await readDeck()
  const slideNo = (alias: string): number => {
    const found = deck.find(s => s.frontmatter.routeAlias === alias)
    if (!found)
      throw new Error(`screenshots: no slide has routeAlias "${alias}"`)
    return found.no
  }
  const written: string[] = []
  const save = async (page: Page, name: PictureName): Promise<void> => {
    const path = join(outDir, name)
    const png = smallerPng(await page.screenshot({ animations: 'disabled', caret: 'hide' }))
    writeFileSync(path, png)
    written.push(path)
    console.log(pictureLine(relative(process.cwd(), path), png.length))
  }
  const withContext = async (options: Parameters<Browser['newContext']>[0], use: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> => {
    const context = await browser.newContext({ ...options, reducedMotion: 'reduce' })
    const page = await context.newPage()
    await page.clock.setFixedTime(FIXED_TIME)
    try {
      await use(page, context)
    }
    finally {
      await context.close()
    }
  }

  const hosted = await startStaticServer({ root: sites.site })
  const teacher = await startStaticServer({ root: sites.teacherSite })
  try {
    await withContext(SLIDE, async (page) => {
      await openSlide(page, `${hosted.url}/1`, 1)
      await save(page, 'title-slide.png')
      await openSlide(page, `${hosted.url}/internet-era`, slideNo('internet-era'))
      await revealClicks(page, slideNo('internet-era'))
      await save(page, 'comparison-table.png')
      await openSlide(page, `${hosted.url}/fact-checks`, slideNo('fact-checks'))
      await revealClicks(page, slideNo('fact-checks'))
      await save(page, 'fact-check.png')
    })
    await withContext(LAPTOP, async (page) => {
      await page.goto(`${teacher.url}/presenter/internet-era`, { waitUntil: 'networkidle' })
      await page.locator('.slidev-presenter').waitFor()
      // Two clicks in: the notes follow the clicks, and the next slide shows the next row.
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.getByText('2/4').waitFor()
      await settled(page)
      await save(page, 'presenter-view.png')
    })
    await withContext(PHONE, async (page) => {
      const { seed, question } = seedOpeningWithChoice()
      await page.goto(`${hosted.url}/quiz?seed=${seed}`, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1, name: 'Comprehension quiz' }).waitFor()
      await page.getByRole('radio', { name: question.options.find(o => o.correct)!.text, exact: true }).check()
      await page.getByRole('button', { name: 'Check', exact: true }).click()
      await page.locator('.quiz-verdict').waitFor()
      await settled(page)
      await save(page, 'quiz-phone.png')
    })
  }
  finally {
    await hosted.close()
    await teacher.close()
  }

  // The live quiz: a class on loopback, five phones answering through the API, the projector in the browser.
  const classDir = mkdtempSync(join(tmpdir(), 'lesson-screenshots-class-'))
  const server = await startClassServer({
    bank: liveBank,
    siteDir: sites.site,
    teacherDeckDir: sites.teacherSite,
    classDir,
    teacherCode: TEACHER_CODE,
    joinUrl: SHOWN_JOIN_URL,
    onWarning: warning => console.warn(`Warning: ${warning}`),
  })
  try {
    const question = liveBank.find(q => q.id === LIVE_QUESTION)
    if (!question || !isLiveQuestion(question))
      throw new Error(`screenshots: ${LIVE_QUESTION} is not a live question`)
    const options = publicQuestion(question).options
    const right = rightOptionIds(question)
    const wrong = options.filter(o => !right.includes(o.id))
    // Three right, two wrong: a chart with something to discuss.
    const picks = [right[0]!, right[0]!, wrong[0]!.id, right[0]!, wrong[1]!.id]
    await post(`${server.url}/api/teacher/open`, { questionId: LIVE_QUESTION }, { 'x-teacher-code': TEACHER_CODE })
    for (const [i, optionId] of picks.entries()) {
      const { token } = await post(`${server.url}/api/join`, { nickname: `Student ${i + 1}` }) as { token: string }
      await post(`${server.url}/api/answer`, { questionId: LIVE_QUESTION, response: { kind: 'single', optionId } }, { authorization: `Bearer ${token}` })
    }
    await withContext(SLIDE, async (page) => {
      await openSlide(page, `${server.url}/quick-check-1`, slideNo('quick-check-1'))
      await page.getByText(`${picks.length} of ${picks.length} answered`).waitFor()
      await settled(page)
      await save(page, 'live-chart.png')
    })
  }
  finally {
    await server.close()
    rmSync(classDir, { recursive: true, force: true })
  }

  // The report: a sample class hands the full quiz in through the API; the teacher signs in on /teacher.
  const reportDir = mkdtempSync(join(tmpdir(), 'lesson-screenshots-report-'))
  const reportServer = await startClassServer({
    bank: liveBank,
    quiz: bank,
    siteDir: sites.site,
    classDir: reportDir,
    teacherCode: TEACHER_CODE,
    joinUrl: SHOWN_JOIN_URL,
    onWarning: warning => console.warn(`Warning: ${warning}`),
  })
  try {
    await runSampleClass(reportServer.url, bank, TEACHER_CODE)
    await withContext(REPORT, async (page) => {
      await page.goto(`${reportServer.url}/teacher`, { waitUntil: 'networkidle' })
      await page.getByLabel('Teacher code').pressSequentially(TEACHER_CODE)
      await page.keyboard.press('Enter')
      const report = page.getByRole('heading', { name: 'What the class learned' })
      await report.waitFor()
      await settled(page)
      await save(page, 'class-report.png')
      await page.getByRole('region', { name: 'What the class learned' }).getByRole('heading', { name: 'Questions', exact: true }).evaluate(h => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 16))
      await settled(page)
      await save(page, 'report-questions.png')
    })
  }
  finally {
    await reportServer.close()
    rmSync(reportDir, { recursive: true, force: true })
  }
  return written
}

async function main(argv: readonly string[]): Promise<number> {
  let values: { out: string, site?: string, help: boolean }
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        out: { type: 'string', default: 'docs/images' },
        site: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  }
  catch (error) {
    console.error(`screenshots: ${(error as Error).message}\n\n${SCREENSHOTS_USAGE}`)
    return 2
  }
  if (values.help) {
    console.log(SCREENSHOTS_USAGE)
    return 0
  }
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    return 1
  }
  const sites = buildSites(values.site)
  if (!sites)
    return 1
  const outDir = resolve(values.out)
  mkdirSync(outDir, { recursive: true })
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
  try {
    const written = await photograph(browser, sites, outDir)
    console.log(`${written.length} pictures in ${relative(process.cwd(), outDir) || '.'}/.`)
    return 0
  }
  catch (error) {
    console.error(`screenshots FAILED: ${(error as Error).message}`)
    return 1
  }
  finally {
    await browser.close()
    sites.cleanUp()
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  process.exit(await main(process.argv.slice(2)))
