// A class for the guide's picture of the report: students of mixed strength take the full quiz
// through the classroom API, as their pages would (answers in the widget's ids, then the hand-in),
// and the teacher marks the written answers. Deterministic, so the picture is the same every run.
import type { Question, QuizResponse } from '../../quiz/types'
import { correctResponse } from '../../quiz/grade'
import { CLASS_SEED } from '../../quiz/live/quiz-views'
import { attemptOrder } from '../../quiz/order'
import { toShownResponse } from '../../quiz/present'

/** Nicknames of the sample class, in joining order. */
export const SAMPLE_NAMES = ['Li Na', 'Sam', 'Wei', 'Priya', 'Tom', 'Mei', 'Jonas', 'Aisha', 'Chen', 'Lucas', 'Yuki', 'Omar'] as const

/** A number from 0 to 1 that depends only on its inputs (a small integer hash). */
function unit(...values: number[]): number {
  let h = 2166136261
  for (const value of values) {
    h ^= value
    h = Math.imul(h, 16777619)
    h ^= h >>> 13
  }
  return ((h >>> 0) % 10_000) / 10_000
}

/** A written answer that earns part of the marks. */
const WEAK_ANSWER = 'China will win because it is bigger.'

/** A response that scores nothing (a written answer excepted): a wrong option, every item on the next one's partner, the reverse order, a number far off. */
export function wrongResponse(question: Question): QuizResponse {
  switch (question.kind) {
    case 'single': return { kind: 'single', optionId: question.options.find(o => !o.correct)!.id }
    case 'multiple': return { kind: 'multiple', optionIds: question.options.filter(o => !o.correct).map(o => o.id) }
    case 'true-false': return { kind: 'true-false', value: !question.answer }
    case 'matching': return { kind: 'matching', matches: Object.fromEntries(question.pairs.map((pair, i) => [pair.id, question.pairs[(i + 1) % question.pairs.length]!.id])) }
    case 'ordering': return { kind: 'ordering', order: [...question.answer].reverse() }
    case 'short': return { kind: 'short', text: 'no idea' }
    case 'numeric': return { kind: 'numeric', text: '0' }
    case 'open': return { kind: 'open', text: WEAK_ANSWER }
  }
}

/**
 * What sample student `i` (of `n`) answers to question `j` (as ordered for the class, CLASS_SEED): right more often for stronger students
 * and easier questions, so the report has spread, a hard question and a distractor to talk about.
 */
export function sampleResponse(question: Question, i: number, j: number, n: number): QuizResponse {
  const strength = 0.35 + 0.6 * (1 - i / Math.max(1, n - 1))
  const ease = 0.55 + 0.45 * unit(j, 7)
  const right = unit(i, j) < strength * ease + 0.15
  // An open question's right response is its marking guide's sample answer.
  return toShownResponse(question, CLASS_SEED, right ? correctResponse(question) : wrongResponse(question))
}

/** POSTs JSON and returns the reply, failing loudly on a refusal. */
async function post(url: string, body: unknown, headers: Record<string, string>): Promise<unknown> {
  const reply = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  if (!reply.ok)
    throw new Error(`POST ${new URL(url).pathname} answered ${reply.status}: ${await reply.text()}`)
  return reply.json()
}

/**
 * Joins the sample class on the server at `base`, answers the full quiz and hands it in for each
 * student (the last one does not hand in), then marks every written answer: half the guide's points
 * for a weak answer, all of them for a good one.
 */
export async function runSampleClass(base: string, bank: readonly Question[], teacherCode: string): Promise<void> {
  const n = SAMPLE_NAMES.length
  // As the students' pages show the quiz: the widget's ids are positions in this order.
  const quiz = attemptOrder(bank, CLASS_SEED)
  const teacher = { 'x-teacher-code': teacherCode }
  for (const [i, nickname] of SAMPLE_NAMES.entries()) {
    const { token } = await post(`${base}/api/join`, { nickname }, {}) as { token: string }
    const auth = { authorization: `Bearer ${token}` }
    for (const [j, question] of quiz.entries())
      await post(`${base}/api/quiz/answer`, { questionId: question.id, response: sampleResponse(question, i, j, n) }, auth)
    if (i < n - 1)
      await post(`${base}/api/quiz/hand-in`, {}, auth)
  }
  const reply = await fetch(`${base}/api/teacher/written`, { headers: teacher })
  const { answers } = await reply.json() as { answers: { studentId: string, questionId: string, answer: string, rubric: string[], max: number }[] }
  for (const written of answers) {
    const good = written.answer !== WEAK_ANSWER
    const rubric = written.rubric.map((_, k) => good || k === 0)
    const points = good ? written.max : Math.floor(written.max / 2)
    await post(`${base}/api/teacher/marks`, { studentId: written.studentId, questionId: written.questionId, points, rubric, comment: good ? '' : 'Give the evidence.' }, teacher)
  }
}
