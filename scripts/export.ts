// `npm run export`: the deck as a PDF handout (or PNG images, or the speaker notes), made by Slidev's
// own exporter with a Chromium found on this machine instead of one Playwright would download. The
// export checks what it wrote (a page or an image per slide) and fails loudly when it falls short.
import type { ExpectedOutput } from './export-check'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { parseRangeString } from '@slidev/parser/utils'
import { configuredSiteUrl, SITE_URL_ENV, siteUrlProblem } from '../config/site'
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_HELP } from './chromium'
import { readDeck, root } from './deck'
import { checkExport } from './export-check'
import { humanSize } from './sizes'

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
  --timeout MS       how long to wait for a slide to load (default 30000)
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

/** Gives Slidev's exporter our Chromium: it calls `chromium.launch()` from `playwright-chromium`. */
async function useOurChromium(executablePath: string): Promise<void> {
  type LaunchOptions = { executablePath?: string, args?: string[] } & Record<string, unknown>
  // The tests set LESSON_BLOCK_NETWORK=1 to prove the export needs no internet: every host name but
  // localhost then fails to resolve inside the browser.
  const blockNetwork = process.env.LESSON_BLOCK_NETWORK === '1'
    ? ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1']
    : []
  const { chromium } = await import('playwright-chromium')
  const launch = chromium.launch.bind(chromium) as (options?: LaunchOptions) => Promise<unknown>
  Object.assign(chromium, {
    launch: (options: LaunchOptions = {}) => launch({
      ...options,
      executablePath,
      args: [...CHROMIUM_ARGS, ...blockNetwork, ...(options.args ?? [])],
    }),
  })
}

async function run(request: ExportRequest): Promise<number> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.error(NO_CHROMIUM_HELP)
    return 1
  }
  await useOurChromium(executablePath)
  if (request.siteUrl)
    process.env[SITE_URL_ENV] = request.siteUrl
  const warning = missingSiteUrlWarning(request, process.env[SITE_URL_ENV])
  if (warning)
    console.log(warning)

  const deck = await readDeck()
  const { resolveOptions, createServer } = await import('@slidev/cli')
  const { exportSlides, exportNotes, getExportOptions } = await slidevExporter()
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
      console.log(`Exporting the speaker notes of ${deck.length} slides …`)
      await exportNotes({ port, output, timeout: request.timeout ?? 30_000 })
      expected = { format: 'pdf', path: output.endsWith('.pdf') ? output : `${output}.pdf`, pages: 1, atLeast: true, startedAt }
    }
    else {
      const pages = parseRangeString(deck.length, request.range).length
      const exportOptions = getExportOptions({
        'entry': join(root, 'slides.md'),
        'output': request.output,
        'format': request.format,
        'range': request.range,
        'dark': request.dark,
        'with-clicks': request.withClicks,
        'timeout': request.timeout,
        // Slidev 52 prints every slide into a one-piece PDF whatever --range says; slide by slide,
        // it honours the range (and the check below would catch it if not).
        'per-slide': request.range !== undefined,
      }, options)
      const output = resolve(root, String(exportOptions.output))
      const path = request.format === 'pdf' && !output.endsWith('.pdf') ? `${output}.pdf` : output
      console.log(`Exporting ${pages} slide${pages === 1 ? '' : 's'} as ${request.format === 'pdf' ? 'a PDF' : 'PNG images'} …`)
      if (request.format === 'pdf' && existsSync(path))
        rmSync(path)
      await exportSlides({ port, ...exportOptions, output })
      expected = { format: request.format, path, pages, atLeast: request.withClicks, startedAt }
    }
  }
  finally {
    await server.close()
  }

  const result = await checkExport(expected)
  const shown = relative(process.cwd(), expected.path)
  if (!result.ok) {
    console.error(`export FAILED: ${result.problem}. Run the export again; if it fails again, run \`npm run build\` to see what is wrong with the deck.`)
    return 1
  }
  const unit = expected.format === 'pdf' ? 'page' : 'image'
  console.log(`Wrote ${shown.startsWith('..') ? expected.path : shown}: ${result.pages} ${unit}${result.pages === 1 ? '' : 's'}, ${humanSize(result.bytes)}.`)
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
