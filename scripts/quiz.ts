// `npm run quiz -- <command>`: check the quiz bank, export it to Moodle (GIFT or Moodle XML), write
// the teacher's answer key, or report on the results files students hand in from the practice
// quiz. The work happens in `runQuiz`, a function of its arguments and a small file-system
// interface, so the tests can call it directly; `main` only wires it to the process. Nothing the
// user typed or a file held is printed unescaped, and nothing throws.
import type { HandedInFile, LeftOut } from '../quiz/self-reported'
import type { Bank } from '../quiz/types'
import type { ValidationIssue } from '../quiz/validate'
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { configuredSiteUrl, SITE_URL_ENV } from '../config/site'
import { bank as shippedBank } from '../quiz/bank'
import { toGift } from '../quiz/gift'
import { printable } from '../quiz/guards'
import { answerKey, DEV_DECK_URL } from '../quiz/key'
import { buildReport } from '../quiz/live/report'
import { toMoodleXml } from '../quiz/moodle-xml'
import { inLessonOrder } from '../quiz/order'
import { answersCsv, gradebookCsv, studentsCsv } from '../quiz/report-csv'
import { reportHtml } from '../quiz/report-html'
import { readHandIns } from '../quiz/self-reported'
import { formatIssue, validateBank } from '../quiz/validate'

export const USAGE = `Usage: npm run quiz -- <command> [options]

Commands:
  check [bank.json]   Validate the shipped bank, or a bank in a UTF-8 JSON file (an array
                      of questions). Prints one line per problem: id  field  message.
  gift [--out FILE]   Export the bank in Moodle GIFT format.
  xml [--out FILE]    Export the bank in Moodle XML format, which keeps each question's
                      points (GIFT cannot).
  key [--out FILE]    Write a Markdown answer key, grouped by part.
  report FILE|FOLDER... [--out DIR]
                      Read the results files students downloaded from the practice quiz
                      (quiz-results-….json, or every .json file in a folder) and write the
                      class report: report.html and three CSV files, marked self-reported,
                      in DIR (default: quiz-report). A damaged file, one from another
                      version of the quiz or a second file from the same student is named
                      and left out; the others still count.

Exports are written to FILE with --out, or else to standard output:
  npm run quiz -- gift --out quiz.gift
  npm run -s quiz -- gift > quiz.gift      (-s, or npm's own lines end up in the file)

Options:
  -o, --out FILE      Write the export to FILE.
  -h, --help          Show this help.

Exit codes: 0 success, 1 the bank has problems or the file is not a bank (report: no file
could be counted), 2 usage error or unreadable file.`

/** How many problems `check` lists before it only counts the rest. */
export const MAX_LISTED_ISSUES = 50

/** What a run of the CLI produced. */
export interface CliResult {
  readonly exitCode: 0 | 1 | 2
  readonly stdout: string
  readonly stderr: string
}

/** The file access the CLI needs; tests may pass their own. */
export interface CliFiles {
  readonly readBytes: (path: string) => Uint8Array
  readonly writeText: (path: string, text: string) => void
  /** The names in a folder, or undefined when `path` is not a folder. */
  readonly list?: (path: string) => string[] | undefined
  /** Makes a folder and its parents, if missing. */
  readonly makeDir?: (path: string) => void
}

const nodeFiles: CliFiles = {
  readBytes: path => readFileSync(path),
  writeText: (path, text) => writeFileSync(path, text, 'utf8'),
  list: path => (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(path) : undefined),
  makeDir: path => void mkdirSync(path, { recursive: true }),
}

const SENTENCE_END = /\.\s/

// The key links each question's slide in the hosted deck when the site's address is set
// (config/site.ts, or VITE_LESSON_SITE_URL), else in the deck on the laptop (npm run dev).
const EXPORTS = {
  gift: toGift,
  xml: toMoodleXml,
  key: (bank: Bank) => answerKey(bank, configuredSiteUrl(process.env[SITE_URL_ENV]) || DEV_DECK_URL),
} as const satisfies Record<string, (bank: Bank) => string>

function done(exitCode: CliResult['exitCode'], stdout = '', stderr = ''): CliResult {
  return { exitCode, stdout, stderr }
}

function usageError(message: string): CliResult {
  return done(2, '', `quiz: ${message}\n\n${USAGE}\n`)
}

/** An error's message, made printable (it may quote a file name or a file's content), its first sentence only if asked. */
function errorMessage(error: unknown, firstSentence = false): string {
  const message = error instanceof Error ? error.message : String(error)
  return printable(firstSentence ? message.split(SENTENCE_END)[0] ?? '' : message)
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * The offset of the first byte that is not UTF-8: where a lenient decoder first puts a U+FFFD
 * that the file did not itself hold (as EF BF BD).
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0
  for (const char of new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)) {
    if (char === '\uFFFD' && !(bytes[offset] === 0xEF && bytes[offset + 1] === 0xBF && bytes[offset + 2] === 0xBD))
      return offset
    offset += utf8Length(char)
  }
  return offset
}

/**
 * Whether the bytes are UTF-16 text (what Notepad and Excel save as "Unicode"): a UTF-16 byte
 * order mark, or a zero byte beside each of the first characters, as ASCII text has in UTF-16.
 */
export function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF))
    return true
  const start = bytes.subarray(0, 16)
  if (start.length < 4)
    return false
  const zerosAt = (parity: number): boolean => start.every((byte, i) => (i % 2 === parity) === (byte === 0))
  return zerosAt(0) || zerosAt(1)
}

/** What to tell a teacher whose file is UTF-16. */
export const UTF16_ADVICE = 'it is UTF-16 text ("Unicode" in Notepad and Excel), not UTF-8: save it again as UTF-8 and try again'

/** A file's bytes as text: UTF-8, a byte-order mark allowed; bytes that are not UTF-8 are an error, never replaced. */
export function decodeUtf8(bytes: Uint8Array): { readonly ok: true, readonly text: string } | { readonly ok: false, readonly offset: number } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  }
  catch {
    return { ok: false, offset: firstInvalidByte(bytes) }
  }
}

function problems(issues: readonly ValidationIssue[], label: string): CliResult {
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map(formatIssue)
  const more = issues.length > listed.length ? ` (the first ${listed.length} listed)` : ''
  return done(1, '', `${listed.join('\n')}\nquiz: ${issues.length} problem(s) in ${label}${more}\n`)
}

function check(file: string | undefined, files: CliFiles): CliResult {
  let input: unknown = shippedBank
  const label = file === undefined ? 'the shipped bank' : printable(file)
  if (file !== undefined) {
    let bytes: Uint8Array
    try {
      bytes = files.readBytes(file)
    }
    catch (error) {
      return done(2, '', `quiz: cannot read ${label}: ${errorMessage(error)}\n`)
    }
    if (isUtf16(bytes))
      return done(1, '', `quiz: ${label} cannot be read: ${UTF16_ADVICE}\n`)
    const decoded = decodeUtf8(bytes)
    if (!decoded.ok) {
      const byte = (bytes[decoded.offset] ?? 0).toString(16).padStart(2, '0')
      return done(1, '', `quiz: ${label} is not UTF-8 text: byte ${decoded.offset} (0x${byte}) does not start or continue a character\n`)
    }
    try {
      input = JSON.parse(decoded.text)
    }
    catch (error) {
      return done(1, '', `quiz: ${label} is not valid JSON (${errorMessage(error)})\n`)
    }
  }
  const result = validateBank(input)
  if (!result.ok) {
    const [first] = result.issues
    if (result.issues.length === 1 && first?.id === '(bank)')
      return done(1, '', `quiz: ${label} is not a quiz bank: ${first.message}\n`)
    return problems(result.issues, label)
  }
  const points = result.value.reduce((sum, q) => sum + q.points, 0)
  return done(0, `quiz: ${label} is valid: ${result.value.length} questions, ${points} points\n`)
}

function exportBank(render: (bank: Bank) => string, out: string | undefined, files: CliFiles): CliResult {
  const checked = validateBank(shippedBank)
  if (!checked.ok) {
    const { stderr } = problems(checked.issues, 'the shipped bank')
    return done(1, '', `${stderr}quiz: fix quiz/bank.ts before exporting\n`)
  }
  // In the lesson's order, so that an option's letter in Moodle (with its shuffling turned off) and in
  // the answer key is its letter on the slides.
  const text = render(checked.value.map(inLessonOrder))
  if (out === undefined)
    return done(0, text)
  try {
    files.writeText(out, text)
  }
  catch (error) {
    return done(2, '', `quiz: cannot write ${printable(out)}: ${errorMessage(error)}\n`)
  }
  return done(0, '', `quiz: wrote ${checked.value.length} questions to ${printable(out)}\n`)
}

/** The report's files, each marked as self-reported wherever it travels. */
const REPORT_FILES = {
  'self-reported-students.csv': studentsCsv,
  'self-reported-answers.csv': answersCsv,
  'self-reported-gradebook.csv': gradebookCsv,
} as const

/** The files to read: each one named, and every .json file of each folder named. */
function handInPaths(args: readonly string[], files: CliFiles): string[] {
  return args.flatMap((arg) => {
    const inFolder = files.list?.(arg)
    return inFolder === undefined ? [arg] : inFolder.filter(name => name.toLowerCase().endsWith('.json')).sort().map(name => join(arg, name))
  })
}

function report(args: readonly string[], out: string, files: CliFiles): CliResult {
  const read: HandedInFile[] = []
  const unreadable: LeftOut[] = []
  const paths = handInPaths(args, files)
  for (const path of paths) {
    let bytes: Uint8Array
    try {
      bytes = files.readBytes(path)
    }
    catch (error) {
      unreadable.push({ file: path, reason: `cannot be read (${errorMessage(error, true)})` })
      continue
    }
    const decoded = decodeUtf8(bytes)
    if (isUtf16(bytes))
      unreadable.push({ file: path, reason: `damaged: ${UTF16_ADVICE}` })
    else if (decoded.ok)
      read.push({ file: path, text: decoded.text })
    else
      unreadable.push({ file: path, reason: `damaged: byte ${decoded.offset} is not UTF-8 text` })
  }
  const { input, counted, leftOut: notCounted } = readHandIns(read, shippedBank)
  // Named in the order the files were given, whatever was wrong with each.
  const leftOut = [...unreadable, ...notCounted].sort((a, b) => paths.indexOf(a.file) - paths.indexOf(b.file))
  const named = leftOut.map(f => `quiz: left out ${printable(f.file)}: ${f.reason}\n`).join('')
  if (counted.length === 0)
    return done(1, '', `${named}quiz: no results file could be counted, so no report was written\n`)
  const classReport = buildReport(input)
  const texts: Record<string, string> = {
    'report.html': reportHtml(classReport, {
      title: 'What the class learned: the practice quiz',
      notice: 'Self-reported: each student downloaded these results from the practice quiz and handed in the file; the answers were graded again here, but a student could have changed them. For marks, use the classroom server or Moodle.',
      written: `From ${counted.length} ${counted.length === 1 ? 'file' : 'files'}, written ${new Date().toISOString().slice(0, 16).replace('T', ' ')} (UTC). Written answers are left for you to mark: they count in no total here.`,
      leftOut,
    }),
    ...Object.fromEntries(Object.entries(REPORT_FILES).map(([file, write]) => [file, write(classReport)])),
  }
  try {
    files.makeDir?.(out)
    for (const [file, text] of Object.entries(texts))
      files.writeText(join(out, file), text)
  }
  catch (error) {
    return done(2, '', `${named}quiz: cannot write the report to ${printable(out)}: ${errorMessage(error)}\n`)
  }
  const summary = `quiz: wrote ${Object.keys(texts).map(file => printable(join(out, file))).join(', ')}: ${counted.length} ${counted.length === 1 ? 'student' : 'students'}, self-reported${leftOut.length > 0 ? `; ${leftOut.length} ${leftOut.length === 1 ? 'file' : 'files'} left out` : ''}\n`
  return done(0, '', `${named}${summary}`)
}

function isExport(command: string): command is keyof typeof EXPORTS {
  return Object.hasOwn(EXPORTS, command)
}

/**
 * Run the CLI on `argv` (the arguments after the script name) and return what it would print and
 * its exit code. Never throws. When an export goes to standard output, standard output holds the
 * export and nothing else; every message goes to standard error.
 */
export function runQuiz(argv: readonly string[], files: CliFiles = nodeFiles): CliResult {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    })
  }
  catch (error) {
    // The first sentence of Node's message says what is wrong; the rest is advice about `--`.
    return usageError(errorMessage(error, true))
  }
  const { values: { out, help }, positionals: [command, ...rest] } = parsed
  if (help || command === 'help')
    return done(0, `${USAGE}\n`)
  if (command === undefined)
    return usageError('no command given')
  if (out === '')
    return usageError('--out needs a file name')
  if (command === 'check') {
    if (rest.length > 1)
      return usageError(`check takes at most one file, got: ${printable(rest.join(' '))}`)
    if (out !== undefined)
      return usageError('check writes no file; --out is for gift, xml and key')
    return check(rest[0], files)
  }
  if (command === 'report') {
    if (rest.length === 0)
      return usageError('report needs the results files (or a folder of them), such as handed-in/*.json')
    return report(rest, out ?? 'quiz-report', files)
  }
  if (!isExport(command))
    return usageError(`unknown command: ${printable(command)}`)
  if (rest.length > 0)
    return usageError(`unknown argument for ${command}: ${printable(rest.join(' '))}`)
  return exportBank(EXPORTS[command], out, files)
}

function main(): void {
  let result: CliResult
  try {
    result = runQuiz(process.argv.slice(2))
  }
  catch (error) {
    // runQuiz does not throw; should a bug make it, one line rather than a stack trace.
    result = done(2, '', `quiz: unexpected error: ${errorMessage(error)}\n`)
  }
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.exitCode
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main()
