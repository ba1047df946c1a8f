// `npm run class`: runs a live class from this laptop over the room's network, with nothing from
// outside. Builds the site when it is out of date, serves the deck, the presenter view, the
// student pages and the live API from one process, and prints the addresses, a QR code for the
// students and the teacher code. Ctrl+C stops it with nothing lost.
//
//   npm run class                           -> continue the class of the last 4 hours, or start one
//   npm run class -- --new                  -> start a new class
//   npm run class -- export <class folder>  -> the results and the report as CSV, without a server
import type { ReportSource } from '../quiz/live/report'
import type { Bank } from '../quiz/types'
import type { RunningClassServer } from '../server/start'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { renderUnicodeCompact } from 'uqr'
import { bank, liveBank } from '../quiz/bank'
import { classReport, defaultReportSource, isReportSource, REPORT_SOURCES } from '../quiz/live/report'
import { teacherSummary } from '../quiz/live/views'
import { answersCsv, gradebookCsv, studentsCsv } from '../quiz/report-csv'
import { clockTime, createClassFolder, lockClassFolder, newTeacherCode, recentClassFolder, writeClassInfo } from '../server/class-folder'
import { answerCount, DEFAULT_MAX_STUDENTS, loadJournal } from '../server/classroom'
import { lanAddresses, listensOnNetwork } from '../server/network'
import { classResultsCsv } from '../server/results-csv'
import { startClassServer } from '../server/start'
import { root } from './lib/deck'

export const CLASS_USAGE = `Usage: npm run class [-- options]
       npm run class -- export <class folder> [--out DIR] [--source quiz|live|both]

Runs a live class: the deck on the projector, the quiz on the students' phones, over this
laptop's network, with no internet and no account. Builds the site first when it is out of date.

Options:
  --port NUMBER    the port (default 3000)
  --code CODE      the teacher code (default: a new random one, kept for the class; or the
                   environment variable LESSON_TEACHER_CODE)
  --new            start a new class instead of continuing the one of the last 4 hours
  --classes DIR    where class folders are kept (default classes/)
  --host ADDRESS   where to listen (default 0.0.0.0: every network of this laptop)
  --site DIR       serve this built site as it is, instead of building .class/site
  --max-students N the most students who can join (default ${DEFAULT_MAX_STUDENTS}); more are refused
                   with a message on their phone
  --teacher-site DIR
                   the deck with speaker notes for the teacher's browser (default: built
                   into .class/teacher; with --site, none unless given)
  -h, --help       show this help

export <class folder>  writes the class's files, as the teacher's page downloads them:
                   results.csv (the live questions), and the report's students.csv,
                   answers.csv and gradebook.csv
  --out DIR        the folder to write them in (default: the class folder)
  --source WHAT    the report's answers: quiz, live or both (default: quiz when anyone
                   handed in the full quiz, else live)`

/** The environment variable that fixes the teacher code. */
export const CODE_ENV = 'LESSON_TEACHER_CODE'

const DEFAULT_PORT = 3000

/** The options of a class, from the command line and the environment. */
export interface ClassOptions {
  readonly port: number
  readonly host: string
  readonly code: string | undefined
  readonly fresh: boolean
  readonly classesDir: string
  readonly siteDir: string | undefined
  readonly teacherSiteDir: string | undefined
  readonly maxStudents: number
}

/** Reads the command line; throws a TypeError naming the bad option, as `parseArgs` does. */
export function parseClassArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ClassOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'port': { type: 'string', default: String(DEFAULT_PORT) },
      'host': { type: 'string', default: '0.0.0.0' },
      'code': { type: 'string' },
      'new': { type: 'boolean', default: false },
      'classes': { type: 'string', default: 'classes' },
      'site': { type: 'string' },
      'teacher-site': { type: 'string' },
      'max-students': { type: 'string', default: String(DEFAULT_MAX_STUDENTS) },
      'help': { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help)
    return 'help'
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError(`--port must be a number from 0 to 65535, not "${values.port}"`)
  // An empty variable is no code, as if it were not set.
  const code = (values.code ?? (env[CODE_ENV] || undefined))?.trim()
  if (code !== undefined && (code.length < 4 || code.length > 32))
    throw new TypeError(`the teacher code must be 4 to 32 characters long (from ${values.code === undefined ? CODE_ENV : '--code'})`)
  const maxStudents = Number(values['max-students'])
  if (!Number.isInteger(maxStudents) || maxStudents < 1)
    throw new TypeError(`--max-students must be a whole number of at least 1, not "${values['max-students']}"`)
  return {
    maxStudents,
    port,
    host: values.host,
    code: code || undefined,
    fresh: values.new,
    classesDir: values.classes,
    siteDir: values.site,
    teacherSiteDir: values['teacher-site'],
  }
}

/**
 * What goes into the built site: the lesson and the code that builds it. Anything else in the
 * project folder (a Moodle file or an answer key written there, the class folders, the exports)
 * does not make the site out of date.
 */
export const BUILD_INPUTS = ['slides.md', 'pages', 'components', 'content', 'quiz', 'styles', 'setup', 'config', 'apps', 'public', 'scripts/build.ts', 'scripts/lib', 'vite.config.ts', 'package.json', 'package-lock.json'] as const
const TEST_FILE = /\.test(?:-d)?\.ts$/

function newestIn(path: string): number {
  let stats
  try {
    stats = statSync(path)
  }
  catch {
    return 0
  }
  if (!stats.isDirectory())
    return stats.mtimeMs
  return readdirSync(path, { withFileTypes: true })
    .filter(entry => !TEST_FILE.test(entry.name) && !entry.name.startsWith('.'))
    .reduce((newest, entry) => Math.max(newest, newestIn(join(path, entry.name))), 0)
}

/** When the lesson's build inputs ({@link BUILD_INPUTS}) last changed. */
export function sourcesChangedAt(project: string = root): number {
  return Math.max(...BUILD_INPUTS.map(input => newestIn(join(project, input))))
}

/** Whether the site built in `dir` is missing or older than the sources. */
export function isStale(dir: string, changedAt: number): boolean {
  const index = join(dir, 'index.html')
  return !existsSync(index) || statSync(index).mtimeMs < changedAt
}

/**
 * Builds the site into `dir`: for students, in class mode (no answer in what they load, the quiz
 * handed in to the server); for the teacher, with the presenter view. False if the build failed.
 */
function build(dir: string, presenter: boolean): boolean {
  const args = ['tsx', 'scripts/build.ts', '--out', dir, ...(presenter ? ['--presenter'] : ['--class'])]
  const started = Date.now()
  console.log(`Building ${presenter ? 'the teacher\'s deck (with speaker notes)' : 'the lesson for the class'}, as the lesson has changed (about a minute) …`)
  // The build's own lines are about hosting a copy, not about this class: shown only if it fails.
  const run = spawnSync('npx', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } })
  if (run.status !== 0) {
    console.error(`${run.stdout ?? ''}${run.stderr ?? ''}`)
    return false
  }
  console.log(`  built in ${Math.round((Date.now() - started) / 1000)} s.`)
  return true
}

/** "1 answer", "34 answers". */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

/** Resolves with the port if it is free on `host` (a free one if 0); rejects with EADDRINUSE if taken. */
export function freePort(host: string, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(port, host, () => {
      const { port: taken } = probe.address() as { port: number }
      probe.close(() => resolvePort(taken))
    })
  })
}

/** The address to show for this laptop: its network address when listening on the network, or `host`. */
export function shownHost(host: string, lan: readonly string[]): string {
  if (listensOnNetwork(host))
    return lan[0] ?? '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

/** What the teacher reads when the class is running. */
export interface BannerInput {
  readonly base: string
  readonly otherAddresses: readonly string[]
  readonly teacherCode: string
  readonly classDir: string
  readonly continued: string | undefined
  readonly presenter: boolean
  readonly onNetwork: boolean
}

/** The banner, as a person reads it: the addresses, the students' QR code, the teacher code, the folder. */
export function classBanner(input: BannerInput): string {
  const joinUrl = `${input.base}/join`
  const lines = [
    input.continued ?? 'A new class has started.',
    '',
    `  Projector (the deck):   ${input.base}/`,
    input.presenter
      ? `  Presenter view:         ${input.base}/teacher/sign-in?next=/presenter   (enter the teacher code once)`
      : '  Presenter view:         not served (no teacher deck given with --teacher-site)',
    `  Students join at:       ${joinUrl}`,
    `  The full quiz:          ${input.base}/quiz   (students hand it in here)`,
    `  Results and marking:    ${input.base}/teacher   (the teacher code)`,
    '',
    renderUnicodeCompact(joinUrl).split('\n').map(line => `    ${line}`).join('\n'),
    '',
    `  Teacher code:           ${input.teacherCode}`,
    `  Answers are saved in:   ${input.classDir}/`,
  ]
  if (input.otherAddresses.length > 0)
    lines.push(`  Also reachable at:      ${input.otherAddresses.map(a => `http://${a}:${new URL(input.base).port}/`).join('  ')}`)
  if (!input.onNetwork)
    lines.push('', 'Phones cannot reach this address: start with --host 0.0.0.0 (the default) for the room\'s network.')
  else if (input.base.includes('127.0.0.1'))
    lines.push('', 'This laptop has no network address phones can reach: join the room\'s Wi-Fi or start a hotspot, then run npm run class again.')
  lines.push('', 'Ctrl+C stops the class; every answer is already saved. Run npm run class again to continue it.')
  return lines.join('\n')
}

/** What `npm run class -- export` writes: the live results (as "Download CSV") and the class report's three files. */
const EXPORTED_FILES = ['results.csv', 'students.csv', 'answers.csv', 'gradebook.csv'] as const

const REPORT_SOURCE_WORDS: Record<ReportSource, string> = { quiz: 'the full quiz', live: 'the live questions', both: 'the live questions and the full quiz' }

/** Options of {@link exportClass}. */
export interface ExportOptions {
  /** The folder to write the files in; the class folder by default. */
  readonly out?: string
  /** Whose answers the report counts; the full quiz when anyone handed it in, else the live questions. */
  readonly source?: ReportSource
  /** The live questions and the full quiz the class was given (the lesson's by default). */
  readonly questions?: Bank
  readonly quiz?: Bank
}

/**
 * Writes a class folder's files, without a server: results.csv (GET /api/teacher/results.csv) and
 * the report's students.csv, answers.csv and gradebook.csv (GET /api/teacher/report/…); says what it wrote.
 */
export function exportClass(classDir: string, options: ExportOptions = {}): string {
  if (!existsSync(join(classDir, 'journal.jsonl')))
    throw new Error(`${classDir} has no journal.jsonl: is it a class folder (classes/<date-time>/)?`)
  const { state } = loadJournal(options.questions ?? liveBank, classDir, warning => console.error(`Warning: ${warning}`), options.quiz ?? bank)
  const source = options.source ?? defaultReportSource(state)
  const summary = teacherSummary(state)
  const report = classReport(state, source)
  const texts: Record<typeof EXPORTED_FILES[number], string> = {
    'results.csv': classResultsCsv(summary),
    'students.csv': studentsCsv(report),
    'answers.csv': answersCsv(report),
    'gradebook.csv': gradebookCsv(report),
  }
  const folder = options.out ?? classDir
  mkdirSync(folder, { recursive: true })
  for (const file of EXPORTED_FILES)
    writeFileSync(join(folder, file), texts[file])
  const handedIn = report.students.filter(s => s.handedInAt !== undefined).length
  return [
    `Wrote ${join(folder, 'results.csv')}: ${count(summary.students.length, 'student')}, ${count(summary.questions.length, 'question')} asked live.`,
    `Wrote ${EXPORTED_FILES.slice(1).map(file => join(folder, file)).join(', ')}: the report from ${REPORT_SOURCE_WORDS[source]}${source === 'live' ? '' : `, ${count(handedIn, 'hand-in')}`}.`,
  ].join('\n')
}

function exportMain(argv: readonly string[]): number {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], options: { out: { type: 'string' }, source: { type: 'string' } }, allowPositionals: true, strict: true })
  }
  catch (error) {
    console.error(`class export: ${(error as Error).message}\n\n${CLASS_USAGE}`)
    return 2
  }
  const [folder, ...extra] = parsed.positionals
  if (folder === undefined || extra.length > 0) {
    console.error(`class export: name one class folder, such as classes/2026-03-02-1005\n\n${CLASS_USAGE}`)
    return 2
  }
  const { source } = parsed.values
  if (source !== undefined && !isReportSource(source)) {
    console.error(`class export: --source must be one of ${REPORT_SOURCES.join(', ')}, not ${JSON.stringify(source)}\n\n${CLASS_USAGE}`)
    return 2
  }
  try {
    console.log(exportClass(folder, { out: parsed.values.out, source }))
    return 0
  }
  catch (error) {
    console.error(`class export: ${(error as Error).message}`)
    return 1
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'export')
    return exportMain(argv.slice(1))
  let options: ClassOptions | 'help'
  try {
    options = parseClassArgs(argv)
  }
  catch (error) {
    console.error(`class: ${(error as Error).message}\n\n${CLASS_USAGE}`)
    return 2
  }
  if (options === 'help') {
    console.log(CLASS_USAGE)
    return 0
  }

  // A busy port is found before a long build, not after.
  let port: number
  try {
    port = await freePort(options.host, options.port)
  }
  catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'EADDRINUSE')
      console.error(`class: port ${options.port} is already in use (another class or preview running?). Stop it, or choose another port: npm run class -- --port ${options.port + 1}`)
    else if (code === 'EADDRNOTAVAIL')
      console.error(`class: this computer has no address ${options.host}; use --host 0.0.0.0 or --host 127.0.0.1`)
    else
      console.error(`class: ${message}`)
    return 1
  }

  let siteDir = options.siteDir === undefined ? undefined : resolve(options.siteDir)
  let teacherDeckDir = options.teacherSiteDir === undefined ? undefined : resolve(options.teacherSiteDir)
  if (siteDir === undefined) {
    siteDir = join(root, '.class', 'site')
    teacherDeckDir ??= join(root, '.class', 'teacher')
    const changedAt = sourcesChangedAt()
    for (const [dir, presenter] of [[siteDir, false], [teacherDeckDir, true]] as const) {
      if (isStale(dir, changedAt) && !build(dir, presenter)) {
        console.error('class: the build failed (its output is above); fix it, then run npm run class again.')
        return 1
      }
    }
  }
  if (!existsSync(join(siteDir, 'index.html'))) {
    console.error(`class: ${siteDir} has no index.html; is it a built site?`)
    return 1
  }

  const now = new Date()
  const classesDir = resolve(options.classesDir)
  const recent = options.fresh ? undefined : recentClassFolder(classesDir, now)
  if (recent && !recent.info && options.code === undefined) {
    // Never start a new class in its place: the answers in its journal would look lost.
    const shown = relative(process.cwd(), recent.dir) || recent.dir
    console.error([
      `class: the class in ${shown}/ cannot be continued: ${recent.problem}.`,
      'Its answers are safe in its journal. To continue it, give a teacher code (its old one, or a new one); class.json is written again:',
      `  npm run class -- --code <the code>`,
      'or start a new class beside it:',
      `  npm run class -- --new`,
    ].join('\n'))
    return 1
  }
  const teacherCode = options.code ?? recent?.info?.teacherCode ?? newTeacherCode()
  const classDir = recent?.dir ?? createClassFolder(classesDir, now, teacherCode)
  if (recent && recent.info?.teacherCode !== teacherCode)
    writeClassInfo(classDir, { startedAt: recent.info?.startedAt ?? recent.lastUsed.toISOString(), teacherCode })

  const teacherDeck = teacherDeckDir !== undefined && existsSync(join(teacherDeckDir, 'index.html')) ? teacherDeckDir : undefined
  const lan = lanAddresses()
  const host = shownHost(options.host, lan)
  const base = `http://${host}:${port}`
  // One server per class folder: a second one would write the same journal, and split the class.
  const lock = lockClassFolder(classDir, base)
  if (!lock.ok) {
    console.error([
      `class: this class is already running, at ${lock.holder.url} (process ${lock.holder.pid}, started ${clockTime(new Date(lock.holder.startedAt))}).`,
      'Open that address; or stop that server first (Ctrl+C in its window, or',
      `  ${process.platform === 'win32' ? `taskkill /PID ${lock.holder.pid}` : `kill ${lock.holder.pid}`}`,
      '), then run npm run class again; or start a new class beside it: npm run class -- --new',
    ].join('\n'))
    return 1
  }
  let server: RunningClassServer
  try {
    server = await startClassServer({
      bank: liveBank,
      quiz: bank,
      siteDir,
      teacherDeckDir: teacherDeck,
      classDir,
      teacherCode,
      maxStudents: options.maxStudents,
      joinUrl: `${base}/join`,
      host: options.host,
      port,
      onWarning: warning => console.warn(`Warning: ${warning}`),
    })
  }
  catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    console.error(code === 'EADDRINUSE'
      ? `class: port ${port} is already in use (another class or preview running?). Stop it, or choose another port: npm run class -- --port ${port + 1}`
      : `class: ${message}`)
    lock.release()
    return 1
  }

  const state = server.app.classroom.state
  const shownDir = relative(process.cwd(), classDir).startsWith('..') ? classDir : relative(process.cwd(), classDir)
  console.log(classBanner({
    base,
    otherAddresses: listensOnNetwork(options.host) ? lan.slice(1) : [],
    teacherCode,
    classDir: shownDir,
    continued: recent
      ? `Continuing the class started at ${clockTime(new Date(recent.info?.startedAt ?? recent.lastUsed))} — ${count(answerCount(state), 'answer')} so far, ${count(state.students.size, 'student')} joined.`
      : undefined,
    presenter: teacherDeck !== undefined,
    onNetwork: listensOnNetwork(options.host),
  }))

  let stopping = false
  const stop = (): void => {
    if (stopping)
      return
    stopping = true
    console.log('\nStopping: ending the streams and saving the journal …')
    server.close().then(() => {
      lock.release()
      const after = server.app.classroom.state
      console.log(`Stopped. Saved in ${shownDir}/: ${count(answerCount(after), 'answer')} from ${count(after.students.size, 'student')}.`)
      process.exit(0)
    }, (error: Error) => {
      console.error(`class: could not stop cleanly: ${error.message}`)
      process.exit(1)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return -1
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const code = await main(process.argv.slice(2))
  // -1: the class is running; Ctrl+C stops it.
  if (code >= 0)
    process.exit(code)
}
