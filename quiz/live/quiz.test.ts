import type { LiveEvent, LiveState } from './events'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { correlation } from '../analysis'
import { grade } from '../grade'
import { quizResults, quizScores, scoredQuiz, studentQuizView } from './quiz-views'
import { classReport, REACHED_AT } from './report'
import { check, initialState, reduce } from './state'

const { single, multiple, trueFalse, short, open, numeric, matching } = fixtures
const quiz = [single, multiple, short, open, numeric, matching]
const live = [single, trueFalse]

let tick = 0
const at = (): string => new Date(Date.UTC(2026, 2, 2, 10, 0, tick++)).toISOString()
const join = (studentId: string, nickname = ''): LiveEvent => ({ type: 'join', at: at(), studentId, tokenHash: `hash-${studentId}`, nickname })
const answer = (studentId: string, questionId: string, response: unknown): LiveEvent => ({ type: 'quiz-answer', at: at(), studentId, questionId, response } as LiveEvent)
const handIn = (studentId: string): LiveEvent => ({ type: 'hand-in', at: at(), studentId })
const mark = (studentId: string, points: number, rubric: boolean[], comment = ''): LiveEvent => ({ type: 'mark', at: at(), studentId, questionId: open.id, points, rubric, comment })

/** The state after the events, each of which must be accepted. */
function run(...events: LiveEvent[]): LiveState {
  return events.reduce((state, event) => {
    const refusal = check(state, event)
    if (refusal)
      throw new Error(`refused ${event.type}: ${refusal.message}`)
    return reduce(state, event)
  }, initialState(live, quiz))
}

function refusal(state: LiveState, event: LiveEvent): string | undefined {
  return check(state, event)?.code
}

describe('the full quiz, handed in to the server', () => {
  it('keeps the last answer to each question, until the hand-in; after it, nothing changes', () => {
    const state = run(join('s1'), answer('s1', single.id, { kind: 'single', optionId: 'yahoo' }), answer('s1', single.id, { kind: 'single', optionId: 'baidu' }), handIn('s1'))
    expect(state.attempts.get('s1')?.answers.get(single.id)).toEqual({ kind: 'single', optionId: 'baidu' })
    expect(refusal(state, answer('s1', single.id, { kind: 'single', optionId: 'sohu' }))).toBe('handed-in')
    expect(refusal(state, handIn('s1'))).toBe('handed-in')
  })

  it.each<[string, LiveEvent, string]>([
    ['a student who has not joined', answer('nobody', single.id, { kind: 'single', optionId: 'baidu' }), 'unknown-student'],
    ['a question the quiz does not have', answer('s1', trueFalse.id, { kind: 'true-false', value: true }), 'unknown-question'],
    ['an option the question does not have', answer('s1', single.id, { kind: 'single', optionId: 'o1' }), 'bad-response'],
    ['a response of another kind', answer('s1', single.id, { kind: 'short', text: 'Baidu' }), 'bad-response'],
    ['a short answer longer than the box takes', answer('s1', short.id, { kind: 'short', text: 'x'.repeat(201) }), 'bad-response'],
  ])('refuses %s', (_, event, code) => {
    expect(refusal(run(join('s1')), event)).toBe(code)
  })

  it('takes a mark only of a written answer given, within its points and its marking guide', () => {
    const base = run(join('s1'), join('s2'), answer('s1', open.id, { kind: 'open', text: 'The 2021 fine.' }), handIn('s1'))
    expect(refusal(base, mark('s2', 1, [true, false]))).toBe('bad-mark')
    expect(refusal(base, mark('s1', 4, [true, true]))).toBe('bad-mark')
    expect(refusal(base, mark('s1', 1, [true]))).toBe('bad-mark')
    expect(refusal(base, { type: 'mark', at: at(), studentId: 's1', questionId: single.id, points: 1, rubric: [], comment: '' })).toBe('bad-mark')
    const marked = run(join('s1'), answer('s1', open.id, { kind: 'open', text: 'The 2021 fine.' }), handIn('s1'), mark('s1', 2, [true, true], 'Good.'), mark('s1', 1.5, [true, false], 'Half the second point.'))
    expect(marked.marks.get(`s1:${open.id}`)).toMatchObject({ points: 1.5, rubric: [true, false], comment: 'Half the second point.', changes: 1 })
  })

  it('shows a student the questions without their answers, and their own answers in the widget\'s ids', () => {
    const view = studentQuizView(run(join('s1', 'Li'), answer('s1', single.id, { kind: 'single', optionId: 'baidu' })), 's1')!
    expect(view.questions.map(q => q.id)).toEqual(quiz.map(q => q.id))
    expect(JSON.stringify(view.questions)).not.toMatch(/correct|accepted|rubric|sample|explanation|"baidu"/)
    expect(view.answers[single.id]).toMatchObject({ kind: 'single', optionId: expect.stringMatching(/^o\d$/) })
    expect(view.results).toBeUndefined()
    expect(view.you).toEqual({ studentId: 's1', nickname: 'Li', number: 1 })
  })

  it('gives the results after the hand-in, or only once released when the teacher says so', () => {
    const events = [join('s1'), answer('s1', single.id, { kind: 'single', optionId: 'baidu' }), handIn('s1')]
    expect(studentQuizView(run(...events), 's1')?.results).toMatchObject({ questions: { [single.id]: { status: 'correct' } } })
    const held = run({ type: 'feedback-policy', at: at(), policy: 'on-release' }, ...events)
    expect(studentQuizView(held, 's1')?.handedInAt).toBeDefined()
    expect(studentQuizView(held, 's1')?.results).toBeUndefined()
    expect(studentQuizView(reduce(held, { type: 'release', at: at() }), 's1')?.results).toBeDefined()
  })

  it('counts a written answer once the teacher marks it, and says how many points are left to mark', () => {
    const before = run(join('s1'), answer('s1', single.id, { kind: 'single', optionId: 'baidu' }), answer('s1', open.id, { kind: 'open', text: 'x' }), handIn('s1'))
    expect(quizResults(before, 's1')).toMatchObject({ score: 1, toMark: open.points })
    expect(quizResults(before, 's1').questions[open.id]?.status).toBe('teacher')
    const after = reduce(before, mark('s1', 2, [true, true], 'Clear.'))
    expect(quizResults(after, 's1')).toMatchObject({ score: 3, toMark: 0 })
    expect(quizResults(after, 's1').questions[open.id]).toMatchObject({ status: 'partial', points: { score: 2, max: 3 }, notes: ['Your teacher: Clear.'] })
  })
})

describe('classReport', () => {
  // Four students take the quiz: strong to weak, so the figures can be worked out here.
  const right = { single: { kind: 'single', optionId: 'baidu' }, multiple: { kind: 'multiple', optionIds: ['wechat', 'xiaomi', 'wifi'] }, short: { kind: 'short', text: 'demographic dividend' }, numeric: { kind: 'numeric', text: '67' } } as const
  const wrong = { single: { kind: 'single', optionId: 'yahoo' }, multiple: { kind: 'multiple', optionIds: ['taobao'] }, short: { kind: 'short', text: 'nope' }, numeric: { kind: 'numeric', text: '20' } } as const
  const plan: Record<string, (keyof typeof right)[]> = {
    s1: ['single', 'multiple', 'short', 'numeric'],
    s2: ['single', 'multiple', 'short'],
    s3: ['single'],
    s4: [],
  }
  const events: LiveEvent[] = []
  for (const [id, rights] of Object.entries(plan)) {
    events.push(join(id))
    for (const key of ['single', 'multiple', 'short', 'numeric'] as const)
      events.push(answer(id, fixtures[key].id, rights.includes(key) ? right[key] : wrong[key]))
    events.push(handIn(id))
  }
  const state = run(...events)
  const report = classReport(state, 'quiz')
  const questions = { single, multiple, short, numeric }

  it('makes the report of a state once, and a new one when the state changes', () => {
    expect(classReport(state, 'quiz')).toBe(report)
    expect(classReport(state, 'live')).not.toBe(report)
    const later = run(...events, join('s5'))
    expect(classReport(later, 'quiz')).not.toBe(report)
    expect(classReport(later, 'quiz').students).toHaveLength(report.students.length + 1)
  })

  it('gives each question the facility and discrimination worked out from the same answers', () => {
    const totals = Object.keys(plan).map(id => (['single', 'multiple', 'short', 'numeric'] as const).reduce((sum, key) => {
      const graded = grade(questions[key], plan[id]!.includes(key) ? right[key] : wrong[key])
      return sum + (graded.ok ? graded.score : 0)
    }, 0))
    for (const key of ['single', 'multiple', 'short', 'numeric'] as const) {
      const q = questions[key]
      const scores = Object.keys(plan).map(id => plan[id]!.includes(key) ? q.points : (grade(q, wrong[key]) as { score: number }).score)
      const item = report.items.find(i => i.key === `quiz:${q.id}`)!
      expect(item.answered).toBe(4)
      expect(item.facility, key).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / 4 / q.points, 10)
      const expected = correlation(scores, scores.map((s, i) => totals[i]! - s))
      if (expected === null)
        expect(item.discrimination, key).toBeNull()
      else
        expect(item.discrimination, key).toBeCloseTo(expected, 10)
    }
  })

  it('scores each answer for the report as the student\'s own results do, marks included', () => {
    const marked = run(...events, join('s9'), answer('s9', matching.id, { kind: 'matching', matches: {} }), answer('s9', open.id, { kind: 'open', text: 'x' }), handIn('s9'), mark('s9', 2, [true, true]))
    for (const id of ['s1', 's2', 's3', 's4', 's9'])
      expect(quizScores(marked, id).map(s => s.score), id).toEqual(scoredQuiz(marked, id).map(s => s.score))
  })

  it('counts each option of a choice question, lettered as on the slides, and points out a wrong one that caught many', () => {
    const item = report.items.find(i => i.key === `quiz:${single.id}`)!
    expect(item.options.map(o => [o.letter, o.text, o.right, o.count])).toEqual([['A', 'Baidu', true, 3], ['B', 'Sohu', false, 0], ['C', 'Yahoo', false, 1]])
    const hard = report.items.find(i => i.key === `quiz:${numeric.id}`)!
    expect(hard.flags).toContain('hard: the class earned 25% of its points (below 30%)')
    // Two of the four chose Taobao, a wrong option of the multiple-answer question.
    const caught = report.items.find(i => i.key === `quiz:${multiple.id}`)!
    const taobao = caught.options.find(o => o.id === 'taobao')!
    expect(taobao.count).toBe(2)
    expect(caught.flags).toContain(`${taobao.letter} ("${taobao.text}") caught 50% of the answers`)
  })

  it('gives each student the score, per part and per objective, and says who reached each objective', () => {
    const s1 = report.students.find(s => s.studentId === 's1')!
    expect(s1.total).toEqual({ score: 1 + 3 + 1 + 1, max: 1 + 3 + 1 + 1 + open.points + matching.points })
    const s4 = report.students.find(s => s.studentId === 's4')!
    expect(s4.needsHelp).toBe(true)
    const giveExamples = report.objectives.find(o => o.id === 'give-examples')!
    // Only the number question assesses "give examples" here; only s1 got it.
    expect(giveExamples).toMatchObject({ reached: 1, of: 4 })
    expect(s1.reached).toContain('give-examples')
    expect(REACHED_AT).toBe(0.6)
  })
})
