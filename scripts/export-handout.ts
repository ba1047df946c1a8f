// `npm run export:handout`: the student handout (apps/handout, the /handout page of the built site)
// as a PDF of one or two pages, printed by the Chromium on this machine. Builds the page into a
// temporary folder, serves it with Vite's own preview server on this computer only, prints it, and
// checks what it wrote.
//
//   npm run export:handout                                  -> exports/handout.pdf (A4)
//   npm run export:handout -- --paper letter --output FILE
//   npm run export:handout -- --site-url https://school.example/lesson/   (prints the quiz address)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { chromium } from 'playwright-chromium'
import { build, preview } from 'vite'
import { appsConfig } from '../apps/vite.config'
import { configuredSiteUrl, siteUrlProblem } from '../config/site'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './lib/chromium'
import { humanSize } from './lib/sizes'

export const HANDOUT_USAGE = `Usage: npm run export:handout [-- options]

Writes the student handout as a PDF (exports/handout.pdf): the article's reference and address,
the four reading steps with room to write, the key terms and the discussion questions. No answers.

Options:
  --paper a4|letter  the paper size (default a4)
  --output FILE      where to write it (default exports/handout.pdf)
  --site-url URL     the address where students open the lesson, to print the quiz's address
  -h, --help         show this help`

/** The handout must fit on this many printed pages. */
export const MAX_HANDOUT_PAGES = 2

/** One handout export, as the command line asks for it. */
export interface HandoutRequest {
  readonly paper: 'A4' | 'Letter'
  readonly output: string
  readonly siteUrl?: string
}

/** Reads the command line; throws an Error naming what is wrong. */
export function parseHandoutArgs(argv: readonly string[]): HandoutRequest | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'paper': { type: 'string', default: 'a4' },
      'output': { type: 'string', default: join('exports', 'handout.pdf') },
      'site-url': { type: 'string' },
      'help': { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help)
    return 'help'
  const paper = values.paper.toLowerCase()
  if (paper !== 'a4' && paper !== 'letter')
    throw new Error(`--paper must be a4 or letter, not "${values.paper}"`)
  const siteUrl = values['site-url']
  const problem = siteUrl === undefined ? undefined : siteUrlProblem(siteUrl)
  if (problem)
    throw new Error(`--site-url: ${problem}`)
  return { paper: paper === 'a4' ? 'A4' : 'Letter', output: values.output, siteUrl }
}

async function writeHandout(request: HandoutRequest, executablePath: string): Promise<number> {
  const site = mkdtempSync(join(tmpdir(), 'lesson-handout-'))
  try {
    const config = appsConfig({ outDir: site, pages: ['handout'], logLevel: 'error', siteUrl: request.siteUrl })
    await build(config)
    const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } })
    const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] })
    try {
      const page = await browser.newPage()
      const address = server.resolvedUrls?.local[0] ?? ''
      await page.goto(new URL('handout/', address).href, { waitUntil: 'networkidle' })
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.evaluate(() => document.fonts.ready)
      const output = resolve(request.output)
      mkdirSync(dirname(output), { recursive: true })
      await page.pdf({ path: output, format: request.paper, printBackground: true, preferCSSPageSize: true })
    }
    finally {
      await browser.close()
      await server.close()
    }
    return (await PDFDocument.load(readFileSync(resolve(request.output)))).getPageCount()
  }
  finally {
    rmSync(site, { recursive: true, force: true })
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let request: HandoutRequest | 'help'
  try {
    request = parseHandoutArgs(argv)
  }
  catch (error) {
    console.error(`export:handout: ${(error as Error).message}\n\n${HANDOUT_USAGE}`)
    return 2
  }
  if (request === 'help') {
    console.log(HANDOUT_USAGE)
    return 0
  }
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    return 1
  }
  console.log(`Printing the student handout (${request.paper}) …`)
  const pages = await writeHandout(request, executablePath)
  const shown = relative(process.cwd(), resolve(request.output))
  console.log(`Wrote ${shown.startsWith('..') ? resolve(request.output) : shown}: ${pages} page${pages === 1 ? '' : 's'}, ${humanSize(statSync(resolve(request.output)).size)}.`)
  if (pages > MAX_HANDOUT_PAGES) {
    console.error(`export:handout: the handout runs to ${pages} pages; it must fit on ${MAX_HANDOUT_PAGES}. Shorten components/handout/StudentHandout.vue or content/reading.ts.`)
    return 1
  }
  if (configuredSiteUrl(request.siteUrl) === '')
    console.log('It says "your teacher gives you the address of the quiz"; add -- --site-url https://… to print the address.')
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2))
