import type { FastifyInstance, InjectOptions } from 'fastify'
import type { Identity } from '../quiz/live/protocol'
import type { ClassQuiz } from '../quiz/live/quiz-protocol'
import type { ClassAppOptions } from './app'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { TEST_CODE, testClassOptions } from '../test/support/server'
import { buildApp } from './app'
import { JOURNAL_FILE } from './classroom'

const { single, multiple, short, open, numeric } = fixtures
const quiz = [single, multiple, short, open, numeric]
const teacher = { 'x-teacher-code': TEST_CODE }
const apps: FastifyInstance[] = []

afterEach(async () => {
  await Promise.all(apps.splice(0).map(app => app.close()))
})

function start(overrides: Partial<ClassAppOptions> = {}): { app: FastifyInstance, options: ClassAppOptions } {
  const options = testClassOptions({ quiz, ...overrides })
  const app = buildApp(options)
  apps.push(app)
  return { app, options }
}

async function call(app: FastifyInstance, options: InjectOptions): Promise<{ status: number, body: any, text: string }> {
  const res = await app.inject(options)
  let body: unknown
  try {
    body = res.json()
  }
  catch {}
  return { status: res.statusCode, body, text: res.body }
}

async function joinClass(app: FastifyInstance, nickname: string): Promise<Identity> {
  return (await call(app, { method: 'POST', url: '/api/join', payload: { nickname } })).body as Identity
}

const as = (who: Identity) => ({ authorization: `Bearer ${who.token}` })

async function quizOf(app: FastifyInstance, who: Identity): Promise<ClassQuiz> {
  const res = await call(app, { method: 'GET', url: '/api/quiz', headers: as(who) })
  expect(res.status).toBe(200)
  return res.body as ClassQuiz
}

/** The widget id of the option with this text, as the student's page sees it. */
function optionId(view: ClassQuiz, questionId: string, text: string): string {
  const question = view.questions.find(q => q.id === questionId)
  const shown = question?.shown as { options?: { id: string, text: string }[] } | undefined
  const found = shown?.options?.find(o => o.text === text)
  if (!found)
    throw new Error(`no option "${text}" in ${questionId}`)
  return found.id
}

function save(app: FastifyInstance, who: Identity, questionId: string, response: unknown) {
  return call(app, { method: 'POST', url: '/api/quiz/answer', headers: as(who), payload: { questionId, response } })
}

describe('the full quiz in class', () => {
  it('gives a student the questions without their answers, and takes answers in the widget\'s ids', async () => {
    const { app } = start()
    expect((await call(app, { method: 'GET', url: '/api/quiz' })).status).toBe(401)
    const li = await joinClass(app, 'Li')
    const view = await quizOf(app, li)
    expect(view.questions.map(q => q.id)).toEqual(quiz.map(q => q.id))
    const text = JSON.stringify(view)
    expect(text).not.toMatch(/"correct"|"accepted"|"rubric"|"sample"|"explanation"|"tolerance"/)
    for (const option of single.options)
      expect(text).not.toContain(`"id":"${option.id}"`)
    const baidu = optionId(view, single.id, 'Baidu')
    expect(await save(app, li, single.id, { kind: 'single', optionId: baidu })).toMatchObject({ status: 200, body: { saved: true, questionId: single.id } })
    expect((await quizOf(app, li)).answers[single.id]).toEqual({ kind: 'single', optionId: baidu })
  })

  it('grades on the server at the hand-in, and takes no answer after it', async () => {
    const { app } = start()
    const li = await joinClass(app, 'Li')
    const view = await quizOf(app, li)
    await save(app, li, single.id, { kind: 'single', optionId: optionId(view, single.id, 'Yahoo') })
    await save(app, li, numeric.id, { kind: 'numeric', text: '67,3' })
    await save(app, li, open.id, { kind: 'open', text: 'The fine of 2021.' })
    expect((await quizOf(app, li)).results).toBeUndefined()
    const handed = await call(app, { method: 'POST', url: '/api/quiz/hand-in', headers: as(li) })
    expect(handed.status).toBe(200)
    const results = (handed.body as ClassQuiz).results!
    expect(results.questions[single.id]).toMatchObject({ status: 'wrong', rightAnswer: 'Baidu', notes: ['Yahoo is American.'] })
    expect(results.questions[numeric.id]).toMatchObject({ status: 'correct' })
    expect(results.questions[open.id]).toMatchObject({ status: 'teacher' })
    expect(results).toMatchObject({ score: 1, toMark: open.points })
    expect(await save(app, li, short.id, { kind: 'short', text: 'demographic dividend' })).toMatchObject({ status: 409, body: { error: 'this quiz has been handed in; answers are not changed after' } })
    expect((await call(app, { method: 'POST', url: '/api/quiz/hand-in', headers: as(li) })).status).toBe(409)
  })

  it.each<[string, unknown, number, string]>([
    ['a question the quiz does not have', { questionId: 'nope', response: { kind: 'short', text: 'x' } }, 404, 'the quiz has no question "nope"'],
    ['an option id the question does not show', { questionId: single.id, response: { kind: 'single', optionId: 'o9' } }, 400, 'this answer does not fit the question "fx-single": no option "o9"'],
    ['a response of the wrong shape', { questionId: single.id, response: { kind: 'single' } }, 400, 'this answer does not fit the question "fx-single": a "single" response whose optionId is missing'],
    ['a short answer longer than its box', { questionId: short.id, response: { kind: 'short', text: 'x'.repeat(201) } }, 400, 'an answer to "fx-short" is at most 200 characters'],
    ['no question id', { response: { kind: 'short', text: 'x' } }, 400, 'questionId is missing'],
  ])('refuses %s with %i and a reason', async (_, payload, status, error) => {
    const { app } = start()
    const li = await joinClass(app, 'Li')
    expect(await call(app, { method: 'POST', url: '/api/quiz/answer', headers: as(li), payload: payload as object })).toMatchObject({ status, body: { error } })
  })

  it('journals every answer and the hand-in before replying, and has them again after a restart', async () => {
    const { app, options } = start()
    const li = await joinClass(app, 'Li')
    await save(app, li, short.id, { kind: 'short', text: 'demographic dividend' })
    await call(app, { method: 'POST', url: '/api/quiz/hand-in', headers: as(li) })
    const lines = readFileSync(join(options.classDir, JOURNAL_FILE), 'utf8').trim().split('\n').map(line => JSON.parse(line) as { type: string })
    expect(lines.map(l => l.type)).toEqual(['join', 'quiz-answer', 'hand-in'])
    await app.close()
    const again = buildApp({ ...options })
    apps.push(again)
    expect((await quizOf(again, li)).results).toMatchObject({ questions: { [short.id]: { status: 'correct' } } })
  })
})

describe('the teacher and the full quiz', () => {
  async function handedIn(app: FastifyInstance, nickname: string, written: string): Promise<Identity> {
    const who = await joinClass(app, nickname)
    await save(app, who, open.id, { kind: 'open', text: written })
    await call(app, { method: 'POST', url: '/api/quiz/hand-in', headers: as(who) })
    return who
  }

  it('lists the written answers with their marking guide, and marks them; a changed mark is kept and counted', async () => {
    const { app, options } = start()
    const li = await handedIn(app, 'Li', 'The 2021 fine tests it.')
    expect((await call(app, { method: 'GET', url: '/api/teacher/written' })).status).toBe(401)
    const written = (await call(app, { method: 'GET', url: '/api/teacher/written', headers: teacher })).body.answers
    expect(written).toEqual([expect.objectContaining({ studentId: li.studentId, name: 'Li', questionId: open.id, answer: 'The 2021 fine tests it.', rubric: open.rubric, max: 3, handedIn: true })])
    const marked = await call(app, { method: 'POST', url: '/api/teacher/marks', headers: teacher, payload: { studentId: li.studentId, questionId: open.id, points: 2, rubric: [true, true], comment: 'Good.' } })
    expect(marked).toMatchObject({ status: 200, body: { marked: true } })
    await call(app, { method: 'POST', url: '/api/teacher/marks', headers: teacher, payload: { studentId: li.studentId, questionId: open.id, points: 2.5, rubric: [true, true], comment: 'Better than I thought.' } })
    expect((await quizOf(app, li)).results).toMatchObject({ score: 2.5, toMark: 0, questions: { [open.id]: { notes: ['Your teacher: Better than I thought.'] } } })
    const marks = readFileSync(join(options.classDir, JOURNAL_FILE), 'utf8').trim().split('\n').map(l => JSON.parse(l) as { type: string, points?: number }).filter(l => l.type === 'mark')
    expect(marks.map(m => m.points)).toEqual([2, 2.5])
    expect(await call(app, { method: 'POST', url: '/api/teacher/marks', headers: teacher, payload: { studentId: li.studentId, questionId: open.id, points: 4, rubric: [true, true] } })).toMatchObject({ status: 400, body: { error: 'the mark is at most 3 points, not 4' } })
  })

  it('holds the feedback back until released when asked to', async () => {
    const { app } = start()
    expect(await call(app, { method: 'POST', url: '/api/teacher/quiz/feedback', headers: teacher, payload: { policy: 'on-release' } })).toMatchObject({ status: 200, body: { feedback: 'on-release' } })
    const li = await handedIn(app, 'Li', 'x')
    const view = await quizOf(app, li)
    expect(view.handedInAt).toBeDefined()
    expect(view.results).toBeUndefined()
    await call(app, { method: 'POST', url: '/api/teacher/quiz/release', headers: teacher })
    expect((await quizOf(app, li)).results).toBeDefined()
    expect((await call(app, { method: 'POST', url: '/api/teacher/quiz/feedback', headers: teacher, payload: { policy: 'later' } })).status).toBe(400)
  })

  it('reports what the class learned and writes it as CSV files, Excel-safe', async () => {
    const { app } = start()
    await handedIn(app, '=HYPERLINK("x")', 'x')
    const report = await call(app, { method: 'GET', url: '/api/teacher/report?source=quiz', headers: teacher })
    expect(report.status).toBe(200)
    expect(report.body.items.map((i: { key: string }) => i.key)).toEqual(quiz.map(q => `quiz:${q.id}`))
    expect(report.body.students).toHaveLength(1)
    for (const file of ['students.csv', 'answers.csv', 'gradebook.csv']) {
      const res = await call(app, { method: 'GET', url: `/api/teacher/report/${file}?source=quiz`, headers: teacher })
      expect(res.status, file).toBe(200)
      expect(res.text.startsWith('\uFEFF'), file).toBe(true)
      expect(res.text, file).toContain('"\'=HYPERLINK(""x"")"')
    }
    expect((await call(app, { method: 'GET', url: '/api/teacher/report?source=everything', headers: teacher })).status).toBe(400)
  })

  it('reports the live questions until someone hands in the full quiz, and the full quiz after, unless told', async () => {
    const { app } = start()
    const sourceNow = async (): Promise<string> => (await call(app, { method: 'GET', url: '/api/teacher/report', headers: teacher })).body.source
    expect(await sourceNow()).toBe('live')
    await handedIn(app, 'Li', 'x')
    expect(await sourceNow()).toBe('quiz')
    expect((await call(app, { method: 'GET', url: '/api/teacher/report?source=both', headers: teacher })).body.source).toBe('both')
    const file = await app.inject({ method: 'GET', url: '/api/teacher/report/gradebook.csv', headers: teacher })
    expect(file.headers['content-disposition']).toMatch(/-quiz-gradebook\.csv"$/)
  })
})
