import type { OutcomeStatus } from './attempt'
import type { Bank, Question, QuizResponse } from './types'
import { partById } from '../content/parts'
import { responseText } from './answer-text'
import { scoreAttempt } from './attempt'

/** One question's line in the downloaded results. */
export interface ResultRow {
  /** Its number in the order the student saw the questions. */
  readonly number: number
  readonly id: string
  /** The label of its part ("Part 2"). */
  readonly part: string
  readonly prompt: string
  /** The answer given, in words ("(no answer)" when none). */
  readonly answer: string
  /** The answer as the quiz stores it, for software that re-grades it. */
  readonly response: QuizResponse | null
  readonly points: number
  readonly max: number
  readonly status: OutcomeStatus
}

/** The results a student downloads: who, when, the score, and every question. */
export interface ResultsReport {
  /** When the results were downloaded, as an ISO 8601 date-time. */
  readonly date: string
  readonly name: string
  readonly seed: string
  /** The version of the bank the quiz was taken with ({@link bankVersion}), so a report can tell an old file. */
  readonly bank: string
  readonly total: number
  readonly max: number
  readonly percentage: number
  readonly byPart: readonly { readonly part: string, readonly score: number, readonly max: number, readonly percentage: number }[]
  readonly questions: readonly ResultRow[]
}

/** What {@link buildResults} needs; `date` comes from the clock at the page's edge, never from inside. */
export interface ResultsInput {
  /** The questions in the order the student saw them. */
  readonly questions: readonly Question[]
  readonly responses: Readonly<Record<string, QuizResponse>>
  readonly seed: string
  readonly name: string
  readonly date: Date
  /** {@link bankVersion} of the bank the questions come from. */
  readonly bank: string
}

/** Score the attempt and put every question's answer and points in one report. */
export function buildResults({ questions, responses, seed, name, date, bank: version }: ResultsInput): ResultsReport {
  const bank: Bank = questions
  const score = scoreAttempt(bank, responses)
  return {
    date: date.toISOString(),
    name: name.trim(),
    seed,
    bank: version,
    total: score.total,
    max: score.max,
    percentage: score.percentage,
    byPart: score.byPart.map(p => ({ part: partById(p.part).label, score: p.score, max: p.max, percentage: p.percentage })),
    questions: questions.map((q, i) => {
      const outcome = score.outcomes[i]
      return {
        number: i + 1,
        id: q.id,
        part: partById(q.part).label,
        prompt: q.prompt,
        answer: responseText(q, responses[q.id]),
        response: responses[q.id] ?? null,
        points: outcome?.score ?? 0,
        max: q.points,
        status: outcome?.status ?? 'unanswered',
      }
    }),
  }
}

/**
 * A short fingerprint of a bank (FNV-1a, 32 bits, as 8 hex digits) that changes when any question,
 * option, answer or point changes: a results file carries it, so a report can tell that a file
 * comes from another version of the quiz. Not a secret; just a label.
 */
export function bankVersion(questions: Bank): string {
  let hash = 0x811C9DC5
  for (const char of JSON.stringify(questions)) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled.
 * A text field that starts like a spreadsheet formula gets a leading apostrophe, so a typed answer
 * such as `=1+1` is shown, not run, when a teacher opens the file.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number')
    return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTE, '""')}"` : safe
}

/** The byte order mark that makes Excel read a CSV file as UTF-8 (Chinese text included). */
export const UTF8_BOM = '\uFEFF'

/** The CSV header row. */
export const CSV_HEADER = ['Date', 'Name', 'Number', 'Question ID', 'Part', 'Question', 'Answer', 'Points', 'Max points', 'Result'] as const

/** The Result column of a written answer the teacher marks; its Points are left blank for the teacher. */
export const TEACHER_MARKS = 'for the teacher to mark'

/**
 * The results as CSV: a UTF-8 BOM, a header, one row per question, then a `Total` row with the
 * automatic score and its percentage (written answers, which the teacher marks, are not in it).
 * Rows end in CRLF, as RFC 4180 and Excel expect.
 */
export function resultsCsv(report: ResultsReport): string {
  const rows: (string | number)[][] = [
    [...CSV_HEADER],
    ...report.questions.map(q => q.status === 'teacher'
      ? [report.date, report.name, q.number, q.id, q.part, q.prompt, q.answer, '', q.max, TEACHER_MARKS]
      : [report.date, report.name, q.number, q.id, q.part, q.prompt, q.answer, q.points, q.max, q.status]),
    [report.date, report.name, 'Total', '', '', '', '', report.total, report.max, `${report.percentage}%`],
  ]
  return `${UTF8_BOM}${rows.map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

/** The results as pretty-printed JSON. */
export function resultsJson(report: ResultsReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}

const UNSAFE_IN_FILE_NAME = /[^\p{L}\p{N}-]+/gu
const EDGE_HYPHENS = /^-+|-+$/g

/** The longest file name, in UTF-8 bytes, that every common file system takes (most allow 255). */
export const MAX_FILE_NAME_BYTES = 200

const encoder = new TextEncoder()

/** `text` cut, between characters, to at most `bytes` bytes of UTF-8. */
export function cutToBytes(text: string, bytes: number): string {
  let cut = ''
  let used = 0
  for (const char of text) {
    used += encoder.encode(char).length
    if (used > bytes)
      break
    cut += char
  }
  return cut
}

/**
 * A file name such as `quiz-results-wang-li-2026-03-02.csv`, at most {@link MAX_FILE_NAME_BYTES}
 * bytes: a browser silently cancels a download whose name is too long (76 Chinese characters do it).
 */
export function resultsFileName(report: ResultsReport, extension: 'csv' | 'json'): string {
  const tail = `-${report.date.slice(0, 10)}.${extension}`
  const head = 'quiz-results'
  const who = report.name.toLowerCase().replace(UNSAFE_IN_FILE_NAME, '-').replace(EDGE_HYPHENS, '')
  const room = MAX_FILE_NAME_BYTES - encoder.encode(`${head}-${tail}`).length
  const short = cutToBytes(who, room).replace(EDGE_HYPHENS, '')
  return `${head}${short ? `-${short}` : ''}${tail}`
}
