// `npm run build`: checks the quiz bank, then builds the lesson as a static site that a school can
// host for its students: the deck (`slidev build`), then the pages outside it (apps/: /quiz, /join,
// /teacher) into the same folder, then the service worker that lets the deck, /quiz and /join reload
// with no network (scripts/lib/service-worker.ts; not in the teacher's --presenter copy), then a
// brotli and a gzip copy of every text file for servers that send them. Prints a few lines a teacher can read; `--verbose` shows Vite's whole log.
//
//   npm run build                      -> dist/, without the presenter view and speaker notes
//   npm run build -- --presenter       -> dist/ with them, for a copy only the teacher opens
//   npm run build -- --out DIR --base /sub/path/
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build as viteBuild } from 'vite'
import { appsConfig } from '../apps/vite.config'
import { bank } from '../quiz/bank'
import { formatIssue, validateBank } from '../quiz/validate'
import { CLASS_MODE_ENV } from '../setup/class-mode'
import { OFFLINE_ENV } from '../setup/offline-build'
import { PRESENTER_ENV } from '../setup/presenter-opt-in'
import { compressSite } from './lib/compress'
import { root } from './lib/deck'
import { deckMathsTriggers, mathsWarning } from './lib/maths'
import { writeServiceWorker } from './lib/service-worker'
import { folderSize, humanSize } from './lib/sizes'

export const BUILD_USAGE = `Usage: npm run build [-- options]

Builds the lesson into a static site (dist/) that any web host can serve.

Options:
  --presenter      include the presenter view and the speaker notes (for a copy that only the
                   teacher opens: anyone who can open the site can read them)
  --class          build for the classroom server (npm run class does): the quiz is handed in to
                   the server, and nothing students load holds an answer
  --out DIR        write the site to DIR instead of dist/
  --base PATH      host the site under a sub-path, such as /lessons/chinese-tech/
  --verbose        show Vite's whole log
  -h, --help       show this help`

/** The options of one build, from the command line. */
export interface BuildOptions {
  readonly out: string
  readonly base?: string
  readonly presenter: boolean
  readonly verbose: boolean
  /** For the classroom server: no answer in what students load, the quiz handed in to the server. */
  readonly classMode: boolean
}

/** Reads the command line; throws a TypeError naming the bad option, as `parseArgs` does. */
export function parseBuildArgs(argv: readonly string[]): BuildOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      presenter: { type: 'boolean', default: false },
      class: { type: 'boolean', default: false },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help)
    return 'help'
  return { out: values.out, base: values.base, presenter: values.presenter, verbose: values.verbose, classMode: values.class }
}

// Vite's own warnings start with "(!)"; a build's output directory outside the project is expected.
const WARNING = /^\(!\)|\bwarn(?:ing)?\b/i
const EXPECTED = /outDir .* is not inside project root|--emptyOutDir/

/** The warnings worth showing a teacher from Vite's and Slidev's log. */
export function warningsIn(log: string): string[] {
  return log.split('\n').map(line => line.trim()).filter(line => WARNING.test(line) && !EXPECTED.test(line))
}

function slidevBin(): string {
  const require = createRequire(import.meta.url)
  const pkgPath = require.resolve('@slidev/cli/package.json')
  const { bin } = require(pkgPath) as { bin: Record<string, string> }
  return resolve(pkgPath, '..', bin.slidev!)
}

/**
 * Empties the output folder of an earlier build, so no stale file is served (Vite leaves a folder
 * outside the project alone). A folder that holds something else is refused, never deleted.
 */
export function prepareOutDir(out: string): string | undefined {
  if (!existsSync(out))
    return undefined
  const entries = readdirSync(out)
  if (entries.length > 0 && !entries.includes('index.html'))
    return `${out} is not empty and does not look like a built site; choose another --out folder`
  rmSync(out, { recursive: true, force: true })
  return undefined
}

/** Runs `slidev build` and resolves with its exit code and everything it printed. */
function runSlidevBuild(options: BuildOptions): Promise<{ code: number, log: string }> {
  const args = [slidevBin(), 'build', '--out', options.out]
  if (options.base)
    args.push('--base', options.base)
  if (!options.presenter)
    args.push('--without-notes')
  const env = {
    ...process.env,
    // Build what ships: a caller may ask for Vue's development build (the tests do, to see warnings).
    NODE_ENV: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    [PRESENTER_ENV]: options.presenter ? '1' : '0',
    [CLASS_MODE_ENV]: options.classMode ? '1' : '0',
    [OFFLINE_ENV]: options.presenter ? '0' : '1',
  }
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    const decoder = new TextDecoder()
    const take = (chunk: Uint8Array): void => {
      log += decoder.decode(chunk, { stream: true })
      if (options.verbose)
        process.stdout.write(chunk)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('close', code => done({ code: code ?? 1, log }))
  })
}

/** The pages outside the deck, built with Vite into the deck's folder; the error message if it failed. */
async function buildApps(options: BuildOptions, out: string): Promise<string | undefined> {
  try {
    await viteBuild(appsConfig({
      outDir: out,
      base: options.base,
      mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
      logLevel: options.verbose ? 'info' : 'warn',
      classMode: options.classMode,
      offline: !options.presenter,
    }))
    return undefined
  }
  catch (error) {
    return (error as Error).message
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let options: BuildOptions | 'help'
  try {
    options = parseBuildArgs(argv)
  }
  catch (error) {
    console.error(`build: ${(error as Error).message}\n\n${BUILD_USAGE}`)
    return 2
  }
  if (options === 'help') {
    console.log(BUILD_USAGE)
    return 0
  }

  const checked = validateBank(bank)
  if (!checked.ok) {
    console.error(checked.issues.map(formatIssue).join('\n'))
    console.error(`build: the quiz bank has ${checked.issues.length} problem(s); fix quiz/bank.ts first.`)
    return 1
  }

  const out = resolve(root, options.out)
  const refused = prepareOutDir(out)
  if (refused) {
    console.error(`build: ${refused}.`)
    return 2
  }
  const started = performance.now()
  console.log(`Building the lesson into ${options.out}/ …`)
  const { code, log } = await runSlidevBuild(options)
  if (code !== 0) {
    if (!options.verbose)
      console.error(log)
    console.error(`build: Slidev's build failed (exit code ${code}); its log is above.`)
    return 1
  }
  const appsFailed = await buildApps(options, out)
  if (appsFailed !== undefined) {
    console.error(`build: the quiz and live pages (apps/) failed to build: ${appsFailed}`)
    return 1
  }
  // The teacher's copy has no offline copy: nothing of the teacher's is kept in a browser.
  const offline = options.presenter ? undefined : await writeServiceWorker(out)
  await compressSite(out)
  const { bytes, files } = folderSize(out)
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  const shown = relative(process.cwd(), out)
  console.log(`Built ${shown.startsWith('..') ? out : shown}/: ${humanSize(bytes)} in ${files} files, in ${seconds} s.`)
  console.log(options.presenter
    ? 'Presenter view and speaker notes: INCLUDED. Anyone who can open this copy can read the notes; host it where only you can reach it.'
    : 'Presenter view and speaker notes: left out, so students can open this copy. (For your own copy: npm run build -- --presenter)')
  if (offline !== undefined)
    console.log(`Offline copy: sw.js (${humanSize(offline.workerBytes)}) keeps what each page loads; it downloads ${offline.precached.files} files (${humanSize(offline.precached.bytes)}) when it installs.`)
  for (const warning of [...(offline?.warnings ?? []), ...warningsIn(log), ...(await deckMathsTriggers()).map(mathsWarning)])
    console.log(`Warning: ${warning}`)
  console.log('Try it: npm run preview   ·   Host it: copy the folder to any web server (see README).')
  return 0
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  process.exitCode = await main(process.argv.slice(2))
