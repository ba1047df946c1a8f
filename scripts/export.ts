// `npm run export`: the deck as a PDF handout (or PNG images, or the speaker notes), made by Slidev's
// own exporter with a Chromium found on this machine instead of one Playwright would download. The
// export checks what it wrote (a page or an image per slide) and fails loudly when it falls short.
import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { ExpectedOutput } from './lib/export-check'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { parseRangeString } from '@slidev/parser/utils'
import { configuredSiteUrl, SITE_URL_ENV, siteUrlProblem } from '../config/site'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './lib/chromium'
import { readDeck, root, useQuotedFacts } from './lib/deck'
import { checkExport } from './lib/export-check'
import { countText, ProgressLine } from './lib/progress'
import { humanSize } from './lib/sizes'

export const EXPORT_USAGE = `Usage: npm run export [-- options]

  npm run export                  the slides as a PDF, one page per slide
                                  -> exports/chinese-tech-lesson.pdf
  npm run export:notes            the speaker notes as a PDF, for the teacher
                                  -> exports/chinese-tech-lesson-notes.pdf
  npm run export -- --format png  one PNG image per slide -> exports/chinese-tech-lesson/

Options:
  --site-url URL     the address where students open the lesson, printed with its QR code on the
                     last page (for this export only; config/site.ts sets it for good)
  --format pdf|png   what to write (default pdf)
  --output PATH      where to write it
  --range 1,3-5      only these slides
  --with-clicks      a page for every click step, not one per slide
  --dark             dark colours
  --timeout MS       how long to wait for the deck to load (default 60000)
  --notes            the speaker notes instead of the slides (same as npm run export:notes)
  -h, --help         show this help`

/** One export, as the command line asks for it. */
export interface ExportRequest {
  readonly notes: boolean
  readonly format: 'pdf' | 'png'
  readonly output?: string
  readonly range?: string
  readonly withClicks: boolean
  readonly dark: boolean
  readonly timeout?: number
  readonly siteUrl?: string
}

/** Reads the command line; throws an Error naming what is wrong. */
export function parseExportArgs(argv: readonly string[]): ExportRequest | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'notes': { type: 'boolean', default: false },
      'format': { type: 'string', default: 'pdf' },
      'output': { type: 'string' },
      'range': { type: 'string' },
      'with-clicks': { type: 'boolean', default: false },
      'dark': { type: 'boolean', default: false },
      'timeout': { type: 'string' },
      'site-url': { type: 'string' },
      'help': { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help)
    return 'help'
  if (values.format !== 'pdf' && values.format !== 'png')
    throw new Error(`--format must be pdf or png, not "${values.format}"`)
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout)
  if (timeout !== undefined && !(Number.isInteger(timeout) && timeout > 0))
    throw new Error(`--timeout must be a number of milliseconds, not "${values.timeout}"`)
  const siteUrl = values['site-url']
  const problem = siteUrl === undefined ? undefined : siteUrlProblem(siteUrl)
  if (problem)
    throw new Error(`--site-url: ${problem}`)
  return {
    notes: values.notes,
    format: values.format,
    output: values.output,
    range: values.range,
    withClicks: values['with-clicks'],
    dark: values.dark,
    timeout,
    siteUrl,
  }
}

/** The warning for a slides export with no site address, or undefined when one is set. */
export function missingSiteUrlWarning(request: ExportRequest, fromEnv: string | undefined): string | undefined {
  if (request.notes || configuredSiteUrl(request.siteUrl ?? fromEnv) !== '')
    return undefined
  return 'Note: no site address is set, so the last page says "your teacher will give you the address". '
    + 'To print the address and its QR code, set `url` in config/site.ts, or add `-- --site-url https://…/` for this export.'
}

/** The first line of an export: what it makes, from how many slides. */
export function exportHeading(request: ExportRequest, slides: number): string {
  const what = request.notes
    ? `the speaker notes of ${slides} slides`
    : `${slides} slide${slides === 1 ? '' : 's'} as ${request.format === 'pdf' ? 'a PDF' : 'PNG images'}${request.withClicks ? ', a page per click' : ''}`
  return `Exporting ${what} …`
}

/** The last line of an export that worked: the file (or folder) written, its pages or images, and its size. */
export function wroteLine(path: string, format: 'pdf' | 'png', pages: number, bytes: number): string {
  const unit = format === 'pdf' ? 'page' : 'image'
  return `Wrote ${path}: ${pages} ${unit}${pages === 1 ? '' : 's'}, ${humanSize(bytes)}.`
}

/** How long the exporter waits for the deck to load, unless `--timeout` says otherwise. */
export const DEFAULT_TIMEOUT = 60_000

/** What the exporter's browser page shows, read from the page while it works. */
export interface ExportPageState {
  /** The page's path: `/print` (every slide on one page), `/12` (one slide), `/presenter/print` (the notes). */
  readonly path: string
  /** Slides (or click steps) laid out for printing, and how many of them have finished loading. */
  readonly containers: number
  readonly rendered: number
  /** Whether everything the page is to print has been drawn: every slide laid out, or the notes. */
  readonly drawn: boolean
}

/**
 * The stages of an export, in order. Progress never goes back a stage: the page is still read while
 * the PNG images are saved, and its "40 of 40" must not overwrite "image 12 of 40".
 */
export const STAGES = ['starting', 'loading', 'rendering', 'saving'] as const

/** A line of progress: its text, its stage, whether it is a count and whether the count is complete. */
export interface ProgressStep {
  readonly text: string
  readonly stage: typeof STAGES[number]
  readonly count: boolean
  readonly final: boolean
}

const ONE_SLIDE = /^\/(\d+)$/
const ALL_ON_ONE_PAGE = new Set(['/print', '/presenter/print'])

/**
 * What to tell the teacher about the exporter's page: loading, then "Rendering slide n of N". `pages`
 * are the slide numbers exported; with clicks, a slide takes a page per click step.
 */
export function renderingStep(state: Omit<ExportPageState, 'drawn'>, pages: readonly number[], withClicks: boolean): ProgressStep | undefined {
  if (state.path === '/presenter/print')
    return { text: 'Laying out the speaker notes …', stage: 'rendering', count: false, final: false }
  if (state.path === '/print') {
    if (state.containers === 0)
      return { text: 'Loading the deck …', stage: 'loading', count: false, final: false }
    // The slides load side by side; the one "being rendered" is the first not yet done.
    const done = Math.min(state.rendered, state.containers)
    const current = Math.min(done + 1, state.containers)
    const text = `Rendering ${countText(current, state.containers, withClicks ? 'page' : 'slide')} …`
    return { text, stage: 'rendering', count: true, final: done === state.containers }
  }
  const at = pages.indexOf(Number(ONE_SLIDE.exec(state.path)?.[1]))
  if (at < 0)
    return undefined
  return { text: `Rendering ${countText(at + 1, pages.length, 'slide')} …`, stage: 'rendering', count: true, final: at + 1 === pages.length }
}

/** Shows steps on a progress line, never going back a stage. */
export function stepper(progress: ProgressLine): (step: ProgressStep) => void {
  let reached = 0
  return (step) => {
    const stage = STAGES.indexOf(step.stage)
    if (stage < reached)
      return
    reached = stage
    progress.show(step.text, step)
  }
}

/**
 * Reads the exporter's page. It runs in the browser, so it is self-contained, and names no inner
 * function (tsx would wrap a named one in a helper the browser does not have). A slide is drawn when
 * its layout is in place and no part of it is still loading.
 */
export function readExportPage(): ExportPageState {
  const path = location.pathname
  // A page of one slide is at /<its number>; the one-piece pages are /print and /presenter/print.
  const one = Number(path.slice(1))
  const single = Number.isInteger(one) && one > 0
  const slides = single
    ? [document.querySelector(`[data-slidev-no="${one}"]`)]
    : Array.from(document.querySelectorAll('.print-slide-container'))
  const rendered = slides.filter(slide => slide?.querySelector('.slidev-layout') && !slide.querySelector('.slidev-slide-loading')).length
  const drawn = path === '/presenter/print'
    ? document.querySelector('#page-root h2') !== null
    : slides.length > 0 && rendered === slides.length
  return { path, containers: single ? 0 : slides.length, rendered: single ? 0 : rendered, drawn }
}

/**
 * Waits until the page has drawn everything it is to print, and its fonts have loaded. Slidev's
 * exporter waits for the network to go quiet, which can come before the deck is drawn (or in the
 * middle of a reload); printing then gives blank pages, and saving images gives none.
 */
async function waitUntilDrawn(page: Page, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(`(${readExportPage.toString()})().drawn`, undefined, { timeout, polling: 100 })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
  }
  catch (error) {
    const state = await page.evaluate(readExportPage).catch(() => undefined)
    const seen = state && state.containers > 0 ? ` (${state.rendered} of ${state.containers} slides drawn)` : ''
    throw new Error(`the deck did not finish loading within ${Math.round(timeout / 1000)} s${seen}: ${(error as Error).message.split('\n')[0]}`)
  }
}

/**
 * Follows the exporter's browser page and shows how far it is, until it closes. Reading the page
 * never changes it; a read during a navigation simply fails and is skipped. Every page Slidev opens
 * is drawn in full before Slidev goes on, and again before it is printed.
 */
export function followExportPage(page: Page, show: (step: ProgressStep) => void, pages: readonly number[], withClicks: boolean, timeout: number): void {
  let reading = false
  const timer = setInterval(async () => {
    if (reading)
      return
    reading = true
    try {
      const step = renderingStep(await page.evaluate(readExportPage), pages, withClicks)
      if (step)
        show(step)
    }
    catch {}
    finally {
      reading = false
    }
  }, 250)
  page.on('close', () => clearInterval(timer))
  const goto = page.goto.bind(page)
  page.goto = async (url, options) => {
    const response = await goto(url, options)
    await waitUntilDrawn(page, timeout)
    return response
  }
  // A one-piece PDF (the whole deck, or the notes) is printed in one go, which takes a few seconds.
  const pdf = page.pdf.bind(page)
  page.pdf = async (options) => {
    await waitUntilDrawn(page, timeout)
    if (ALL_ON_ONE_PAGE.has(new URL(page.url()).pathname))
      show({ text: 'Writing the PDF …', stage: 'saving', count: false, final: false })
    return pdf(options)
  }
}

/**
 * Slidev's exporter draws its own progress bar (cli-progress) on a terminal. Ours replaces it: the
 * bar is silenced, and the count it keeps (the PNG images saved) is passed on.
 */
function silenceSlidevProgressBar(onCount: (done: number, total: number) => void): void {
  const fromSlidev = createRequire(createRequire(import.meta.url).resolve('@slidev/cli/package.json'))
  const { SingleBar } = fromSlidev('cli-progress') as { SingleBar: { prototype: Record<string, unknown> } }
  let total = 0
  Object.assign(SingleBar.prototype, {
    start: (all: number) => {
      total = all
    },
    update: (done: unknown) => {
      if (typeof done === 'number' && done > 0)
        onCount(done, total)
    },
    stop: () => {},
  })
}

const EXPORTER_CHUNK = /^export-[\w-]+\.mjs$/

/** Slidev's exporter module (`exportSlides`, `exportNotes`, `getExportOptions`): a chunk of @slidev/cli's dist. */
async function slidevExporter(): Promise<{
  exportSlides: (options: Record<string, unknown>) => Promise<string>
  exportNotes: (options: Record<string, unknown>) => Promise<string>
  getExportOptions: (args: Record<string, unknown>, options: unknown) => Record<string, unknown>
}> {
  const dist = join(dirname(createRequire(import.meta.url).resolve('@slidev/cli/package.json')), 'dist')
  const chunk = readdirSync(dist).find(name => EXPORTER_CHUNK.test(name))
  if (!chunk)
    throw new Error(`export: Slidev's exporter was not found in ${dist}; review scripts/export.ts after a Slidev upgrade`)
  return import(pathToFileURL(join(dist, chunk)).href)
}

/**
 * Gives Slidev's exporter our Chromium: it calls `chromium.launch()` from `playwright-chromium`.
 * Every page it opens is handed to `onPage`, which follows its progress.
 */
async function useOurChromium(executablePath: string, onPage: (page: Page) => void): Promise<void> {
  type LaunchOptions = { executablePath?: string, args?: string[] } & Record<string, unknown>
  // The tests set LESSON_BLOCK_NETWORK=1 to prove the export needs no internet: every host name but
  // localhost then fails to resolve inside the browser.
  const blockNetwork = process.env.LESSON_BLOCK_NETWORK === '1'
    ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']
    : []
  const { chromium } = await import('playwright-chromium')
  const launch = chromium.launch.bind(chromium) as (options?: LaunchOptions) => Promise<Browser>
  Object.assign(chromium, {
    launch: async (options: LaunchOptions = {}) => {
      const browser = await launch({
        ...options,
        executablePath,
        args: [...CHROMIUM_ARGS, ...blockNetwork, ...(options.args ?? [])],
      })
      const newContext = browser.newContext.bind(browser)
      browser.newContext = async (contextOptions) => {
        const context: BrowserContext = await newContext(contextOptions)
        const newPage = context.newPage.bind(context)
        context.newPage = async () => {
          const page = await newPage()
          onPage(page)
          return page
        }
        return context
      }
      return browser
    },
  })
}

const FULL_STOP = /\.$/
const SLOW = /timeout|did not finish loading/i

/** What to tell the teacher when the browser part of an export fails: what went wrong and what to try. */
export function exportFailure(error: unknown, timeout: number): string {
  const message = error instanceof Error ? error.message : String(error)
  const first = message.split('\n')[0]!.trim().replace(FULL_STOP, '')
  const slow = SLOW.test(message)
    ? ` The computer may be busy: try again, or give it longer with \`-- --timeout ${timeout * 2}\`.`
    : ' Run `npm run build` to see what is wrong with the deck.'
  return `export FAILED: ${first}.${slow}`
}

async function run(request: ExportRequest): Promise<number> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    return 1
  }
  const progress = new ProgressLine(process.stdout)
  let follow: (page: Page) => void = () => {}
  await useOurChromium(executablePath, page => follow(page))
  if (request.siteUrl)
    process.env[SITE_URL_ENV] = request.siteUrl
  const warning = missingSiteUrlWarning(request, process.env[SITE_URL_ENV])
  if (warning)
    console.log(warning)

  const deck = await readDeck()
  const pages = parseRangeString(deck.length, request.range)
  console.log(exportHeading(request, request.notes ? deck.length : pages.length))
  const show = stepper(progress)
  show({ text: 'Starting Slidev …', stage: 'starting', count: false, final: false })
  const { resolveOptions, createServer } = await import('@slidev/cli')
  // Slidev's CLI loads setup/preparser.ts itself; started from here, the deck needs it installed.
  useQuotedFacts()
  const { exportSlides, exportNotes, getExportOptions } = await slidevExporter()
  silenceSlidevProgressBar((done, total) => {
    // Slidev counts the PNG images it saves from the one-piece page; its other counts repeat ours.
    if (request.format === 'png' && request.range === undefined && !request.notes)
      show({ text: `Saving ${countText(done, total, 'image')} …`, stage: 'saving', count: true, final: done === total })
  })
  const timeout = request.timeout ?? DEFAULT_TIMEOUT
  follow = page => followExportPage(page, show, pages, request.withClicks, timeout)
  const options = await resolveOptions({ entry: join(root, 'slides.md') }, 'export')
  const baseName = String(options.data.config.exportFilename || 'slides-export')
  const server = await createServer(options, { server: { port: 12445 }, clearScreen: false, logLevel: 'error' })
  await server.listen()
  const address = server.httpServer?.address()
  const port = typeof address === 'object' && address ? address.port : 12445

  const startedAt = Date.now()
  let expected: ExpectedOutput
  try {
    if (request.notes) {
      const output = resolve(root, request.output ?? `${baseName}-notes`)
      await exportNotes({ port, output, timeout })
      expected = { format: 'pdf', path: output.endsWith('.pdf') ? output : `${output}.pdf`, pages: 1, atLeast: true, startedAt }
    }
    else {
      const exportOptions = getExportOptions({
        'entry': join(root, 'slides.md'),
        'output': request.output,
        'format': request.format,
        'range': request.range,
        'dark': request.dark,
        'with-clicks': request.withClicks,
        'timeout': timeout,
        // Slidev 52 prints every slide into a one-piece PDF whatever --range says; slide by slide,
        // it honours the range (and the check below would catch it if not).
        'per-slide': request.range !== undefined,
      }, options)
      const output = resolve(root, String(exportOptions.output))
      const path = request.format === 'pdf' && !output.endsWith('.pdf') ? `${output}.pdf` : output
      if (request.format === 'pdf' && existsSync(path))
        rmSync(path)
      await exportSlides({ port, ...exportOptions, output })
      expected = { format: request.format, path, pages: pages.length, atLeast: request.withClicks, startedAt }
    }
  }
  catch (error) {
    progress.end()
    console.error(exportFailure(error, timeout))
    return 1
  }
  finally {
    progress.end()
    await server.close()
  }

  const result = await checkExport(expected)
  const shown = relative(process.cwd(), expected.path)
  if (!result.ok) {
    console.error(`export FAILED: ${result.problem}. Run the export again; if it fails again, run \`npm run build\` to see what is wrong with the deck.`)
    return 1
  }
  console.log(wroteLine(shown.startsWith('..') ? expected.path : shown, expected.format, result.pages, result.bytes))
  return 0
}

async function main(argv: readonly string[]): Promise<number> {
  let request: ExportRequest | 'help'
  try {
    request = parseExportArgs(argv)
  }
  catch (error) {
    console.error(`export: ${(error as Error).message}\n\n${EXPORT_USAGE}`)
    return 2
  }
  if (request === 'help') {
    console.log(EXPORT_USAGE)
    return 0
  }
  return run(request)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  // Slidev's dev server and the browser keep handles open after the work is done: exit explicitly.
  process.exit(await main(process.argv.slice(2)))
}
