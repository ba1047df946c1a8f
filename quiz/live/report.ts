// What the class learned, from the live answers, the full quiz handed in, or both: per student
// (score, per part, per objective, handed in, time taken), per question (answered, facility,
// discrimination, the count of each option, flags), per objective (the share of the class that
// reached it, and the questions behind it), and the written answers left to mark. Pure: the teacher's
// page, the CSV files and `npm run class -- export` read the same report.
import type { ObjectiveId } from '../../content/objectives'
import type { PartId } from '../../content/parts'
import type { Question, QuizResponse } from '../types'
import type { LiveState } from './events'
import type { LiveResponse } from './protocol'
import type { ReportSource } from './report-protocol'
import { OBJECTIVE_IDS, objectiveById } from '../../content/objectives'
import { PART_IDS } from '../../content/parts'
import { discrimination, facility, flags } from '../analysis'
import { responseText } from '../answer-text'
import { grade } from '../grade'
import { letter } from '../letters'
import { chosenOptionIds, isLiveQuestion, publicQuestion, rightOptionIds, studentName } from './protocol'
import { markKey } from './quiz-state'
import { quizOrder, quizScores } from './quiz-views'
import { REACHED_AT_PERCENT, REPORT_SOURCES } from './report-protocol'
import { recordOf } from './state'

export { REPORT_SOURCES } from './report-protocol'
export type { ReportSource } from './report-protocol'

/** A student counts as having reached an objective with this share of its points or more. */
export const REACHED_AT = REACHED_AT_PERCENT / 100

/** A student whose overall share is below this is listed as needing help. */
export const NEEDS_HELP_BELOW = 0.5

/** A wrong option chosen by at least this share of those who answered is pointed out. */
const DISTRACTOR_AT = 0.4

/** One question of the report: a question of the full quiz, or one asked live. */
export interface ReportItem {
  /** `quiz:<id>` or `live:<id>`. */
  readonly key: string
  readonly id: string
  readonly source: 'quiz' | 'live'
  readonly kind: Question['kind']
  readonly prompt: string
  readonly part: PartId
  readonly objective: ObjectiveId
  readonly max: number
  /** Students with an answer. */
  readonly answered: number
  /** Mean points ÷ maximum, 0 to 1; null with no score yet. */
  readonly facility: number | null
  /** Correlation of the item's score with the rest of the test; null with fewer than 3 takers or no spread. */
  readonly discrimination: number | null
  /** For a choice question: each option, lettered as on the slides, with how many chose it. */
  readonly options: readonly { readonly id: string, readonly letter: string, readonly text: string, readonly right: boolean, readonly count: number }[]
  /** Why the teacher should look at it again, in words. */
  readonly flags: readonly string[]
}

/** One student's cell for one item: their answer, and the points (undefined while a written answer is unmarked). */
export interface ReportCell {
  readonly response: QuizResponse
  readonly text: string
  readonly score: number | undefined
  readonly max: number
  readonly result: 'correct' | 'partial' | 'wrong' | 'to mark'
  readonly comment: string
}

/** Points over a maximum. */
export interface Points {
  readonly score: number
  readonly max: number
}

/** One student's line of the report. */
export interface ReportStudent {
  readonly studentId: string
  readonly number: number
  readonly name: string
  readonly handedInAt: string | undefined
  /** Minutes from the first answer saved to the hand-in. */
  readonly minutes: number | undefined
  readonly total: Points
  readonly byPart: Readonly<Record<PartId, Points>>
  readonly byObjective: Readonly<Record<ObjectiveId, Points>>
  readonly reached: readonly ObjectiveId[]
  readonly needsHelp: boolean
  /** By item key. */
  readonly cells: Readonly<Record<string, ReportCell>>
}

/** One objective of the report: how many students reached it, and the items behind it. */
export interface ReportObjective {
  readonly id: ObjectiveId
  readonly label: string
  readonly reached: number
  readonly of: number
  readonly share: number | null
  readonly items: readonly string[]
}

/** What the class learned. */
export interface ClassReport {
  readonly source: ReportSource
  readonly items: readonly ReportItem[]
  readonly students: readonly ReportStudent[]
  readonly objectives: readonly ReportObjective[]
}

function cellOf(question: Question, response: QuizResponse, score: number | undefined, comment = ''): ReportCell {
  const result = score === undefined ? 'to mark' : score >= question.points ? 'correct' : score > 0 ? 'partial' : 'wrong'
  return { response, text: responseText(question, response), score, max: question.points, result, comment }
}

function autoScore(question: Question, response: QuizResponse): number {
  const graded = grade(question, response)
  return graded.ok ? graded.score : 0
}

/** The student a report is about, before any scoring. */
export interface ReportTaker {
  readonly studentId: string
  readonly number: number
  readonly name: string
  readonly handedInAt: string | undefined
  /** When their first answer was saved. */
  readonly startedAt: string | undefined
}

/** What a report is made from: the questions, the students, and their graded answers. */
export interface ReportInput {
  readonly source: ReportSource
  /** The questions (the bank's, in the order to list them), each under its key. */
  readonly items: readonly { readonly key: string, readonly question: Question, readonly source: 'quiz' | 'live' }[]
  readonly students: readonly ReportTaker[]
  /** Each student's cells, by student id and item key. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, ReportCell>>
  /** Who took each item, by item key: an item not taken counts for nobody. */
  readonly takers: ReadonlyMap<string, ReadonlySet<string>>
}

/** A student's graded answer to a question: `score` undefined while a written answer waits for the teacher. */
export function reportCell(question: Question, response: QuizResponse, score: number | undefined, comment = ''): ReportCell {
  return cellOf(question, response, score, comment)
}

/** What the report reads from a class: the live questions asked and the full quiz handed in, as `source` says. */
export function classReportInput(state: LiveState, source: ReportSource): ReportInput {
  const items: { key: string, question: Question, source: 'quiz' | 'live' }[] = []
  const cells = new Map<string, Map<string, ReportCell>>()
  const takers = new Map<string, Set<string>>()
  const put = (studentId: string, key: string, cell: ReportCell): void => {
    let mine = cells.get(studentId)
    if (!mine)
      cells.set(studentId, mine = new Map())
    mine.set(key, cell)
  }
  if (source !== 'quiz') {
    for (const question of state.questions.values()) {
      const record = recordOf(state, question.id)
      if (record.phase === 'waiting')
        continue
      const key = `live:${question.id}`
      items.push({ key, question, source: 'live' })
      // Live: those who answered took the question (the others may have been out of the room).
      takers.set(key, new Set(record.answers.keys()))
      for (const [studentId, response] of record.answers)
        put(studentId, key, cellOf(question, response, autoScore(question, response)))
    }
  }
  if (source !== 'live') {
    const handedIn = [...state.attempts].filter(([, a]) => a.handedInAt !== undefined).map(([id]) => id)
    for (const ordered of quizOrder(state).questions) {
      const question = state.quiz.get(ordered.id) ?? ordered
      const key = `quiz:${question.id}`
      items.push({ key, question, source: 'quiz' })
      // The full quiz: everyone who handed it in took every question (an unanswered one scores 0).
      takers.set(key, new Set(handedIn))
    }
    for (const studentId of handedIn) {
      for (const scored of quizScores(state, studentId)) {
        if (scored.response === undefined)
          continue
        const mark = state.marks.get(markKey(studentId, scored.question.id))
        put(studentId, `quiz:${scored.question.id}`, cellOf(scored.question, scored.response, scored.score, mark?.comment ?? ''))
      }
    }
  }
  const students = Array.from(state.students.values(), (student) => {
    const attempt = state.attempts.get(student.studentId)
    return {
      studentId: student.studentId,
      number: student.number,
      name: studentName(student.nickname, student.number),
      handedInAt: source === 'live' ? undefined : attempt?.handedInAt,
      startedAt: attempt?.firstAt,
    }
  })
  return { source, items, students, cells, takers }
}

function emptyPoints<K extends string>(keys: readonly K[]): Record<K, { score: number, max: number }> {
  return Object.fromEntries(keys.map(k => [k, { score: 0, max: 0 }])) as Record<K, { score: number, max: number }>
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** Whether `text` names a report source. */
export function isReportSource(text: string): text is ReportSource {
  return (REPORT_SOURCES as readonly string[]).includes(text)
}

/** The report a teacher means when they do not say: the full quiz once anyone has handed it in, else the live questions. */
export function defaultReportSource(state: LiveState): ReportSource {
  for (const attempt of state.attempts.values()) {
    if (attempt.handedInAt !== undefined)
      return 'quiz'
  }
  return 'live'
}

/** Reports already made, by state: a state never changes, so neither does its report. */
const madeReports = new WeakMap<LiveState, Map<ReportSource, ClassReport>>()

/**
 * The class report from `source`'s answers. Made once per state: the teacher's page asks again
 * every few seconds, and after the quiz nothing changes (about 200 ms at 500 students).
 */
export function classReport(state: LiveState, source: ReportSource): ClassReport {
  let made = madeReports.get(state)
  if (made === undefined) {
    made = new Map()
    madeReports.set(state, made)
  }
  let report = made.get(source)
  if (report === undefined) {
    report = buildReport(classReportInput(state, source))
    made.set(source, report)
  }
  return report
}

/** The report from its input: scores per student, figures per question and per objective. */
export function buildReport({ source, items, students: takersList, cells, takers }: ReportInput): ClassReport {
  const students: ReportStudent[] = []
  for (const student of takersList) {
    const mine = cells.get(student.studentId) ?? new Map<string, ReportCell>()
    const byPart = emptyPoints(PART_IDS)
    const byObjective = emptyPoints(OBJECTIVE_IDS)
    let score = 0
    let max = 0
    for (const { key, question } of items) {
      if (!takers.get(key)?.has(student.studentId))
        continue
      const cell = mine.get(key)
      // A written answer counts once marked; until then it is out of the total, as in the gradebook.
      if (cell?.score === undefined && cell !== undefined)
        continue
      const points = cell?.score ?? 0
      score += points
      max += question.points
      byPart[question.part].score += points
      byPart[question.part].max += question.points
      byObjective[question.objective].score += points
      byObjective[question.objective].max += question.points
    }
    const { handedInAt, startedAt } = student
    const minutes = handedInAt && startedAt ? Math.round((Date.parse(handedInAt) - Date.parse(startedAt)) / 60_000) : undefined
    const reached = OBJECTIVE_IDS.filter(id => byObjective[id].max > 0 && byObjective[id].score / byObjective[id].max >= REACHED_AT)
    students.push({
      studentId: student.studentId,
      number: student.number,
      name: student.name,
      handedInAt,
      minutes,
      total: { score: round2(score), max: round2(max) },
      byPart: Object.fromEntries(PART_IDS.map(p => [p, { score: round2(byPart[p].score), max: round2(byPart[p].max) }])) as Record<PartId, Points>,
      byObjective: Object.fromEntries(OBJECTIVE_IDS.map(o => [o, { score: round2(byObjective[o].score), max: round2(byObjective[o].max) }])) as Record<ObjectiveId, Points>,
      reached,
      needsHelp: max > 0 && score / max < NEEDS_HELP_BELOW,
      cells: Object.fromEntries(mine),
    })
  }
  const totals = new Map(students.map(s => [s.studentId, s.total.score]))
  const reportItems: ReportItem[] = items.map(({ key, question, source: itemSource }) => {
    const taking = [...(takers.get(key) ?? [])]
    const scored = taking.flatMap((studentId) => {
      const cell = cells.get(studentId)?.get(key)
      if (cell !== undefined && cell.score === undefined)
        return []
      return [{ score: cell?.score ?? 0, total: totals.get(studentId) ?? 0 }]
    })
    const facilityIndex = facility(scored.map(s => s.score), question.points)
    const discriminationIndex = discrimination(scored)
    const options = optionCounts(question, taking.flatMap(id => cells.get(id)?.get(key)?.response ?? []))
    const answered = taking.filter(id => cells.get(id)?.has(key)).length
    const distractor = options.filter(o => !o.right && answered > 0 && o.count / answered >= DISTRACTOR_AT).map(o => `${o.letter === o.text ? `"${o.text}"` : `${o.letter} ("${o.text}")`} caught ${Math.round(o.count / answered * 100)}% of the answers`)
    return {
      key,
      id: question.id,
      source: itemSource,
      kind: question.kind,
      prompt: question.prompt,
      part: question.part,
      objective: question.objective,
      max: question.points,
      answered,
      facility: facilityIndex,
      discrimination: discriminationIndex,
      options,
      flags: [...flags(facilityIndex, discriminationIndex), ...distractor],
    }
  })
  const objectives = OBJECTIVE_IDS.map((id) => {
    const assessed = students.filter(s => s.byObjective[id].max > 0)
    const reached = assessed.filter(s => s.reached.includes(id)).length
    const objective = objectiveById(id)
    return {
      id,
      label: `${objective.verb} ${objective.rest}`,
      reached,
      of: assessed.length,
      share: assessed.length === 0 ? null : reached / assessed.length,
      items: reportItems.filter(item => item.objective === id).map(item => item.key),
    }
  })
  return { source, items: reportItems, students, objectives }
}

/** Each option of a choice question, lettered as on the slides, with how many responses chose it. */
function optionCounts(question: Question, responses: readonly QuizResponse[]): ReportItem['options'] {
  if (!isLiveQuestion(question))
    return []
  const right = new Set(rightOptionIds(question))
  const counts = new Map<string, number>()
  for (const response of responses) {
    if (response.kind !== question.kind)
      continue
    for (const id of chosenOptionIds(response as LiveResponse))
      counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return publicQuestion(question).options.map((option, i) => ({
    id: option.id,
    letter: question.kind === 'true-false' ? option.text : letter(i),
    text: option.text,
    right: right.has(option.id),
    count: counts.get(option.id) ?? 0,
  }))
}
