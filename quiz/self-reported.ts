// The results files students download from the hosted practice quiz and hand in (quiz-results-….json),
// read back into the class report: each file checked on its own, so one damaged file, one from
// another version of the quiz or a second file from the same student is named and left out, and
// never stops the others. Answers are graded again here, against the bank, rather than trusting the
// points a file claims; the report is still self-reported, since a student could have edited it.
import type { ReportCell, ReportInput, ReportTaker } from './live/report'
import type { Bank, Question, QuizResponse } from './types'
import * as v from 'valibot'
import { grade, parseResponse } from './grade'
import { printable } from './guards'
import { reportCell } from './live/report'
import { attemptOrder, LESSON_SEED } from './order'
import { markedByTeacher } from './present'
import { bankVersion } from './results-export'

/** One handed-in file, as read from disk: its name (for messages) and its text. */
export interface HandedInFile {
  readonly file: string
  readonly text: string
}

/** A file the report leaves out, and why, in words a teacher can act on. */
export interface LeftOut {
  readonly file: string
  readonly reason: string
}

/** The report's input from the files, what each counted file was, and the files left out. */
export interface SelfReported {
  readonly input: ReportInput
  readonly counted: readonly { readonly file: string, readonly name: string }[]
  readonly leftOut: readonly LeftOut[]
}

/** What a results file must hold for the report: who, when, which bank, and each question's stored answer. */
const ResultsFileSchema = v.object({
  date: v.pipe(v.string(), v.isoTimestamp()),
  name: v.string(),
  seed: v.string(),
  bank: v.optional(v.string()),
  questions: v.array(v.object({ id: v.string(), response: v.nullable(v.unknown()) })),
})

type ResultsFile = v.InferOutput<typeof ResultsFileSchema>

/** The first problem with a file's content, as "field: message". */
function firstProblem(issues: readonly v.BaseIssue<unknown>[]): string {
  const [issue] = issues
  const path = issue?.path?.map(item => String(item.key)).join('.') ?? ''
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'not readable'}`
}

/** A name as a student types it, compared without case, spaces at the ends or Unicode form. */
function sameNameKey(name: string): string {
  return name.trim().normalize('NFC').toLocaleLowerCase()
}

type Read = { readonly ok: true, readonly results: ResultsFile, readonly answers: ReadonlyMap<string, QuizResponse> } | { readonly ok: false, readonly reason: string }

/** One file checked against the bank: its answers, or why it cannot count. */
function readOne(text: string, bank: Bank, version: string, byId: ReadonlyMap<string, Question>): Read {
  let json: unknown
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text)
  }
  catch {
    return { ok: false, reason: 'damaged: it is not JSON (was it opened and saved in another program?)' }
  }
  const parsed = v.safeParse(ResultsFileSchema, json)
  if (!parsed.success)
    return { ok: false, reason: `damaged: not a results file from the quiz (${printable(firstProblem(parsed.issues))})` }
  const results = parsed.output
  const ids = new Set(results.questions.map(q => q.id))
  const sameQuestions = ids.size === bank.length && bank.every(q => ids.has(q.id)) && results.questions.length === bank.length
  if ((results.bank !== undefined && results.bank !== version) || !sameQuestions)
    return { ok: false, reason: `from another version of the quiz${results.bank ? ` (version ${printable(results.bank)}; this one is ${version})` : ''}: ask the student to take this one again` }
  const answers = new Map<string, QuizResponse>()
  for (const { id, response } of results.questions) {
    if (response === null)
      continue
    const checked = parseResponse(byId.get(id)!, response)
    if (!checked.ok)
      return { ok: false, reason: `damaged: the answer to ${printable(id)} cannot be read (${printable(checked.error.message)})` }
    answers.set(id, checked.value)
  }
  return { ok: true, results, answers }
}

/** A student's graded answer, as the report shows it: written answers left for the teacher to mark. */
function cellFor(question: Question, response: QuizResponse): ReportCell {
  const graded = grade(question, response)
  const score = markedByTeacher(question.kind) || !graded.ok ? undefined : graded.score
  return reportCell(question, response, score)
}

/**
 * The class report's input from students' results files: every question of `bank` in the lesson's
 * order, one student per file that counts, the files left out and why. Of two files from the same
 * name, the later one counts.
 */
export function readHandIns(files: readonly HandedInFile[], bank: Bank): SelfReported {
  const version = bankVersion(bank)
  const byId = new Map(bank.map(q => [q.id, q]))
  const leftOut: LeftOut[] = []
  const good: { file: string, results: ResultsFile, answers: ReadonlyMap<string, QuizResponse> }[] = []
  for (const { file, text } of files) {
    const read = readOne(text, bank, version, byId)
    if (read.ok)
      good.push({ file, results: read.results, answers: read.answers })
    else
      leftOut.push({ file, reason: read.reason })
  }
  // One file per student: the latest of those with the same name (a file without a name stands alone).
  const latest = new Map<string, (typeof good)[number]>()
  for (const entry of good) {
    const key = sameNameKey(entry.results.name) || `file:${entry.file}`
    const before = latest.get(key)
    if (!before || Date.parse(entry.results.date) > Date.parse(before.results.date))
      latest.set(key, entry)
  }
  const kept = good.filter(entry => latest.get(sameNameKey(entry.results.name) || `file:${entry.file}`) === entry)
  for (const entry of good) {
    if (!kept.includes(entry)) {
      const counted = latest.get(sameNameKey(entry.results.name))!
      leftOut.push({ file: entry.file, reason: `another file from ${printable(entry.results.name.trim())}: the later one, ${printable(counted.file)}, counts` })
    }
  }
  const questions = attemptOrder(bank, LESSON_SEED)
  const items = questions.map(question => ({ key: `quiz:${question.id}`, question, source: 'quiz' as const }))
  const students: ReportTaker[] = kept.map((entry, i) => ({
    studentId: `file-${i + 1}`,
    number: i + 1,
    name: entry.results.name.trim() || `(no name: ${entry.file})`,
    handedInAt: entry.results.date,
    startedAt: undefined,
  }))
  const cells = new Map(kept.map((entry, i) => [
    `file-${i + 1}`,
    new Map(questions.flatMap((question) => {
      const response = entry.answers.get(question.id)
      return response ? [[`quiz:${question.id}`, cellFor(question, response)] as const] : []
    })),
  ]))
  const everyone = new Set(students.map(s => s.studentId))
  const takers = new Map(items.map(item => [item.key, everyone]))
  return {
    input: { source: 'quiz', items, students, cells, takers },
    counted: kept.map(entry => ({ file: entry.file, name: entry.results.name.trim() })),
    leftOut,
  }
}
