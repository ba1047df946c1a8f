import type { FastifyInstance, InjectOptions } from 'fastify'
import type { Identity, TeacherSummary } from '../quiz/live/protocol'
import type { ClassAppOptions } from './app'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { counterIds, TEST_CODE, testClassOptions, testClock } from '../test/support/server'
import { buildApp } from './app'
import { JOURNAL_FILE } from './classroom'
import { readJournal } from './journal'
import { BACKOFF_MS, MAX_FAILURES } from './teacher-gate'

const { single, multiple, trueFalse, short } = fixtures

const apps: FastifyInstance[] = []

afterEach(async () => {
  await Promise.all(apps.splice(0).map(app => app.close()))
})

function start(options: ClassAppOptions): FastifyInstance {
  const app = buildApp(options)
  apps.push(app)
  return app
}

async function call(app: FastifyInstance, options: InjectOptions): Promise<{ status: number, body: any, headers: Record<string, unknown> }> {
  const res = await app.inject(options)
  let body: unknown = res.body
  try {
    body = res.json()
  }
  catch {}
  return { status: res.statusCode, body, headers: res.headers }
}

async function joinClass(app: FastifyInstance, nickname?: string): Promise<Identity> {
  const res = await call(app, { method: 'POST', url: '/api/join', payload: nickname === undefined ? {} : { nickname } })
  expect(res.status).toBe(200)
  return res.body as Identity
}

const teacher = { 'x-teacher-code': TEST_CODE }

function act(app: FastifyInstance, action: string, questionId: string) {
  return call(app, { method: 'POST', url: `/api/teacher/${action}`, headers: teacher, payload: { questionId } })
}

function answer(app: FastifyInstance, who: Identity, questionId: string, response: unknown) {
  return call(app, { method: 'POST', url: '/api/answer', headers: { authorization: `Bearer ${who.token}` }, payload: { questionId, response } })
}

async function summary(app: FastifyInstance): Promise<TeacherSummary> {
  return (await call(app, { method: 'GET', url: '/api/teacher/summary', headers: teacher })).body as TeacherSummary
}

describe('joining', () => {
  it('gives a student an id, a token, the trimmed nickname and a number', async () => {
    const app = start(testClassOptions())
    expect(await joinClass(app, '  Wang Li ')).toEqual({ studentId: 'id-1', token: 'id-2', nickname: 'Wang Li', number: 1 })
    expect(await joinClass(app)).toMatchObject({ nickname: '', number: 2 })
    const empty = await call(app, { method: 'POST', url: '/api/join' })
    expect(empty.body).toMatchObject({ nickname: '', number: 3 })
  })

  it('gives the same identity back for the token (a reload keeps it)', async () => {
    const app = start(testClassOptions())
    const li = await joinClass(app, 'Li')
    expect((await call(app, { method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${li.token}` } })).body).toEqual(li)
  })

  it.each<[string, Record<string, string>]>([
    ['no token', {}],
    ['an unknown token', { authorization: 'Bearer made-up' }],
    ['a token in another scheme', { authorization: 'Basic abc' }],
  ])('refuses /api/me with %s (401)', async (_, headers) => {
    const app = start(testClassOptions())
    await joinClass(app)
    const res = await call(app, { method: 'GET', url: '/api/me', headers })
    expect(res.status).toBe(401)
    expect(res.body.error).toMatch(/token/)
  })

  it('refuses a nickname longer than 24 characters, keeping it out of the record', async () => {
    const options = testClassOptions()
    const app = start(options)
    const res = await call(app, { method: 'POST', url: '/api/join', payload: { nickname: 'x'.repeat(25) } })
    expect(res).toMatchObject({ status: 400, body: { error: 'nickname must be at most 24 characters' } })
    expect(existsSync(join(options.classDir, JOURNAL_FILE)) && readFileSync(join(options.classDir, JOURNAL_FILE), 'utf8')).toBeFalsy()
  })

  it('keeps nicknames distinct on the teacher\'s page: a second Alex is "Alex (2)", whatever the case or width', async () => {
    const app = start(testClassOptions())
    expect((await joinClass(app, 'Alex')).nickname).toBe('Alex')
    expect((await joinClass(app, 'Alex')).nickname).toBe('Alex (2)')
    expect((await joinClass(app, 'alex')).nickname).toBe('alex (3)')
    expect((await joinClass(app, 'Ａｌｅｘ')).nickname).toBe('Ａｌｅｘ (4)')
    const long = 'Maximilian Alexander Wu' // 23 characters: the number still fits within 24
    expect((await joinClass(app, long)).nickname).toBe(long)
    const second = await joinClass(app, long)
    expect(second.nickname).toBe('Maximilian Alexander (2)')
    expect([...second.nickname].length).toBeLessThanOrEqual(24)
    expect((await joinClass(app)).nickname).toBe('')
    expect((await joinClass(app)).nickname).toBe('')
    const summary = await call(app, { method: 'GET', url: '/api/teacher/summary', headers: { 'x-teacher-code': TEST_CODE } })
    const names = (summary.body as TeacherSummary).students.map(s => s.name)
    expect(new Set(names).size).toBe(names.length)
  })

  it('refuses a nickname that would mislead: direction marks, nothing visible, or another student\'s default name', async () => {
    const app = start(testClassOptions())
    const refused = async (nickname: string): Promise<string> => {
      const res = await call(app, { method: 'POST', url: '/api/join', payload: { nickname } })
      expect(res.status, JSON.stringify(nickname)).toBe(400)
      return (res.body as { error: string }).error
    }
    expect(await refused('\u202Eil')).toBe('nickname must not contain marks that change the direction of the text')
    expect(await refused('Li\u2066x')).toBe('nickname must not contain marks that change the direction of the text')
    expect(await refused('\u200B\u200B')).toBe('nickname must have a letter, a number or a sign you can see')
    expect(await refused('Student 2')).toContain('cannot be "Student" and a number')
    expect(await refused('student2')).toContain('cannot be "Student" and a number')
    // A name that grows when composed (each U+0958 is two code points in NFC) is measured as kept: 400, not 409.
    expect(await refused('\u0958'.repeat(13))).toBe('nickname must be at most 24 characters')
    expect((await joinClass(app, '王丽 Li 👩🏽‍💻')).nickname).toBe('王丽 Li 👩🏽‍💻')
    expect((await joinClass(app, 'Student Council')).nickname).toBe('Student Council')
  })

  it('tells the join slide its address and how many have joined', async () => {
    const app = start(testClassOptions())
    await joinClass(app)
    expect((await call(app, { method: 'GET', url: '/api/info' })).body).toEqual({ joinUrl: 'http://192.168.1.20:3000/join', joined: 1 })
  })
})

describe('answering', () => {
  it('accepts an answer to the open question and gives it back', async () => {
    const app = start(testClassOptions())
    const li = await joinClass(app)
    expect((await act(app, 'open', single.id)).body).toEqual({ questionId: single.id, phase: 'open' })
    const res = await answer(app, li, single.id, { kind: 'single', optionId: 'baidu' })
    expect(res).toMatchObject({ status: 200, body: { accepted: true, answer: { kind: 'single', optionId: 'baidu' } } })
  })

  it('lets a student change the answer while the question is open; only the last counts', async () => {
    const app = start(testClassOptions())
    const li = await joinClass(app)
    await act(app, 'open', single.id)
    await answer(app, li, single.id, { kind: 'single', optionId: 'yahoo' })
    await answer(app, li, single.id, { kind: 'single', optionId: 'baidu' })
    const [question] = (await summary(app)).questions
    expect(question?.options.map(o => o.count)).toEqual([1, 0, 0])
    expect(question?.answered).toBe(1)
  })

  it.each<[string, string, unknown, number, RegExp]>([
    ['a closed question', single.id, { kind: 'single', optionId: 'baidu' }, 409, /is closed/],
    ['an unknown question', 'no-such-question', { kind: 'single', optionId: 'baidu' }, 404, /no live question "no-such-question"/],
    ['a question that is not asked live', short.id, { kind: 'short', text: 'x' }, 404, /no live question/],
    ['a question not opened yet', trueFalse.id, { kind: 'true-false', value: true }, 409, /has not been opened/],
  ])('refuses an answer to %s', async (_, questionId, response, status, error) => {
    const app = start(testClassOptions())
    const li = await joinClass(app)
    await act(app, 'open', single.id)
    await act(app, 'close', single.id)
    const res = await answer(app, li, questionId, response)
    expect(res.status).toBe(status)
    expect(res.body.error).toMatch(error)
  })

  it.each<[string, unknown]>([
    ['an option of another question', { kind: 'single', optionId: 'wechat' }],
    ['options of another question in a multiple answer', { kind: 'multiple', optionIds: ['baidu'] }],
    ['an answer of another kind', { kind: 'true-false', value: true }],
    ['a response that is a string', 'baidu'],
    ['no response', undefined],
  ])('refuses %s (400), counting nothing', async (_, response) => {
    const app = start(testClassOptions())
    const li = await joinClass(app)
    await act(app, 'open', single.id)
    const res = await answer(app, li, single.id, response)
    expect(res.status).toBe(400)
    expect(res.body.error).toEqual(expect.any(String))
    expect((await summary(app)).questions[0]?.answered).toBe(0)
  })

  it('refuses an answer without a known token (401)', async () => {
    const app = start(testClassOptions())
    await act(app, 'open', single.id)
    const res = await answer(app, { studentId: 'x', token: 'made-up', nickname: '', number: 0 }, single.id, { kind: 'single', optionId: 'baidu' })
    expect(res.status).toBe(401)
  })
})

describe('the teacher', () => {
  it('opens, closes, reveals and resets, each answered with the phase after', async () => {
    const app = start(testClassOptions())
    expect((await act(app, 'open', multiple.id)).body.phase).toBe('open')
    expect((await act(app, 'close', multiple.id)).body.phase).toBe('closed')
    expect((await act(app, 'reveal', multiple.id)).body.phase).toBe('revealed')
    expect((await act(app, 'open', multiple.id)).status).toBe(409)
    expect((await act(app, 'reset', multiple.id)).body.phase).toBe('waiting')
    expect((await act(app, 'undo-reset', multiple.id)).body.phase).toBe('revealed')
    expect((await act(app, 'undo-reset', multiple.id)).status).toBe(409)
    expect((await act(app, 'reveal', 'nope')).status).toBe(404)
  })

  it('lets the teacher remove a student: their token stops working, their answers leave the results', async () => {
    const app = start(testClassOptions())
    const li = await joinClass(app, 'Li')
    const fake = await joinClass(app, 'Fake')
    await act(app, 'open', single.id)
    await answer(app, fake, single.id, { kind: 'single', optionId: 'yahoo' })
    const removed = await call(app, { method: 'POST', url: '/api/teacher/remove', headers: { 'x-teacher-code': TEST_CODE }, payload: { studentId: fake.studentId } })
    expect(removed).toMatchObject({ status: 200, body: { removed: true, studentId: fake.studentId } })
    expect((await call(app, { method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${fake.token}` } })).status).toBe(401)
    const after = await summary(app)
    expect(after.students.map(s => s.name)).toEqual(['Li'])
    expect(after.questions[0]?.answered).toBe(0)
    expect((await call(app, { method: 'POST', url: '/api/teacher/remove', headers: { 'x-teacher-code': TEST_CODE }, payload: { studentId: fake.studentId } })).status).toBe(404)
    expect((await call(app, { method: 'POST', url: '/api/teacher/remove', payload: { studentId: li.studentId } })).status).toBe(401)
  })

  it('keeps a reset question\'s answers in the results and the CSV, as an earlier round', async () => {
    const app = start(testClassOptions())
    const li = await joinClass(app, 'Li')
    await act(app, 'open', single.id)
    await answer(app, li, single.id, { kind: 'single', optionId: 'baidu' })
    await act(app, 'reveal', single.id)
    await act(app, 'reset', single.id)
    const after = await summary(app)
    expect(after.questions.map(q => [q.id, q.earlier.map(r => [r.round, r.phase, r.answered, r.correct])])).toEqual([[single.id, [[1, 'revealed', 1, 1]]]])
    const csv = (await call(app, { method: 'GET', url: '/api/teacher/results.csv', headers: { 'x-teacher-code': TEST_CODE } })).body as unknown as string
    const lines = String(csv).split('\r\n')
    const earlier = lines.indexOf(lines.find(line => line.startsWith('Earlier rounds'))!)
    expect(earlier).toBeGreaterThan(0)
    expect(lines[earlier + 2]).toMatch(new RegExp(`^${single.id},.*,1,[^,]+,revealed,1,1,100%,Baidu \\(right\\): 1`))
  })

  it('needs the code: none is 401, a wrong one 401, then after five wrong ones 429 with retry-after', async () => {
    const clock = testClock()
    const app = start(testClassOptions({ clock: clock.now }))
    const tryCode = (code?: string) => call(app, { method: 'GET', url: '/api/teacher/check', headers: code === undefined ? {} : { 'x-teacher-code': code } })
    expect((await tryCode()).status).toBe(401)
    for (let i = 0; i < MAX_FAILURES; i += 1)
      expect((await tryCode('WRONG1')).status).toBe(401)
    const waiting = await tryCode(TEST_CODE)
    expect(waiting.status).toBe(429)
    expect(waiting.headers['retry-after']).toBe(String(BACKOFF_MS / 1000))
    expect(waiting.body.error).toMatch(/wait 30 s/)
    clock.advance(BACKOFF_MS)
    expect((await tryCode(` ${TEST_CODE.toLowerCase()} `)).body).toEqual({ teacher: true })
  })

  it('gives a browser that enters the code a cookie that stands for it', async () => {
    const app = start(testClassOptions())
    expect((await call(app, { method: 'POST', url: '/api/teacher/session', payload: { code: 'WRONG1' } })).status).toBe(401)
    const session = await call(app, { method: 'POST', url: '/api/teacher/session', payload: { code: TEST_CODE } })
    const cookie = String(session.headers['set-cookie'])
    expect(cookie).toMatch(/^lesson_teacher=[\w.-]+; Path=\/; HttpOnly; SameSite=Strict/)
    const withCookie = { cookie: cookie.split(';')[0]! }
    expect((await call(app, { method: 'POST', url: '/api/teacher/open', headers: withCookie, payload: { questionId: single.id } })).status).toBe(200)
    expect((await call(app, { method: 'GET', url: '/api/teacher/check', headers: { cookie: 'lesson_teacher=forged' } })).status).toBe(401)
  })

  it('tells a browser whether it holds the teacher\'s session, without refusing it', async () => {
    const app = start(testClassOptions())
    const session = await call(app, { method: 'POST', url: '/api/teacher/session', payload: { code: TEST_CODE } })
    const cookie = String(session.headers['set-cookie']).split(';')[0]!
    expect(await call(app, { method: 'GET', url: '/api/teacher/session', headers: { cookie } })).toMatchObject({ status: 200, body: { teacher: true } })
    expect(await call(app, { method: 'GET', url: '/api/teacher/session', headers: { cookie: 'lesson_teacher=forged' } })).toMatchObject({ status: 200, body: { teacher: false } })
    expect(await call(app, { method: 'GET', url: '/api/teacher/session' })).toMatchObject({ status: 200, body: { teacher: false } })
  })

  it('ends the session on sign-out: the old cookie is refused, even after a restart on the same folder', async () => {
    const options = testClassOptions()
    const app = start(options)
    const signIn = async (server: typeof app): Promise<string> => String((await call(server, { method: 'POST', url: '/api/teacher/session', payload: { code: TEST_CODE } })).headers['set-cookie']).split(';')[0]!
    const laptop = await signIn(app)
    const tablet = await signIn(app)
    const out = await call(app, { method: 'DELETE', url: '/api/teacher/session', headers: { cookie: laptop } })
    expect(out).toMatchObject({ status: 200, body: { teacher: false } })
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0')
    expect((await call(app, { method: 'GET', url: '/api/teacher/check', headers: { cookie: laptop } })).status).toBe(401)
    expect((await call(app, { method: 'GET', url: '/api/teacher/check', headers: { cookie: tablet } })).status).toBe(200)
    await app.close()
    const again = start(options)
    expect((await call(again, { method: 'GET', url: '/api/teacher/check', headers: { cookie: laptop } })).status).toBe(401)
    expect((await call(again, { method: 'GET', url: '/api/teacher/check', headers: { cookie: tablet } })).status).toBe(200)
  })

  it('downloads the results as CSV: a byte order mark, the questions and the students, fields escaped', async () => {
    const app = start(testClassOptions())
    const a = await joinClass(app, '=HYPERLINK("x")')
    const b = await joinClass(app, 'Li, "Lily"')
    await act(app, 'open', single.id)
    await answer(app, a, single.id, { kind: 'single', optionId: 'baidu' })
    await answer(app, b, single.id, { kind: 'single', optionId: 'yahoo' })
    await act(app, 'reveal', single.id)
    const res = await app.inject({ method: 'GET', url: '/api/teacher/results.csv', headers: teacher })
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="class-class-results\.csv"$/)
    expect(res.body.split('\r\n')).toEqual([
      '\uFEFFQuestions',
      'Question ID,Question,Kind,Phase,Answered,Correct,Share correct,Answers per option',
      'fx-single,Who beat Google in China?,single,revealed,2,1,50%,Baidu (right): 1; Sohu: 0; Yahoo: 1',
      '',
      'Students',
      'Number,Name,Answered,Correct,Score,Max points,fx-single',
      '1,"\'=HYPERLINK(""x"")",1,1,1,1,Baidu (right)',
      '2,"Li, ""Lily""",1,0,0,1,Yahoo (wrong)',
      '',
    ])
  })
})

describe('requests the server refuses', () => {
  it.each<[string, InjectOptions, number]>([
    ['malformed JSON', { method: 'POST', url: '/api/join', headers: { 'content-type': 'application/json' }, payload: '{"nickname":' }, 400],
    ['a body over 4 KB', { method: 'POST', url: '/api/join', payload: { nickname: 'x'.repeat(5000) } }, 413],
    ['a body that is an array', { method: 'POST', url: '/api/join', payload: [1, 2] }, 400],
    ['a nickname that is a number', { method: 'POST', url: '/api/join', payload: { nickname: 7 } }, 400],
    ['a question id that is an object', { method: 'POST', url: '/api/teacher/open', headers: teacher, payload: { questionId: { $ne: 1 } } }, 400],
    ['a body that is not JSON', { method: 'POST', url: '/api/join', headers: { 'content-type': 'application/xml' }, payload: '<join/>' }, 415],
    ['a prototype-poisoning body', { method: 'POST', url: '/api/join', headers: { 'content-type': 'application/json' }, payload: '{"__proto__":{"admin":true}}' }, 400],
    ['an unknown endpoint', { method: 'POST', url: '/api/nope' }, 404],
    ['an unknown GET under /api', { method: 'GET', url: '/api/nope' }, 404],
  ])('answers %s with a 4xx and a readable JSON error, and keeps serving', async (_, request, status) => {
    const app = start(testClassOptions())
    const res = await call(app, request)
    expect(res.status).toBe(status)
    expect(res.body).toEqual({ error: expect.stringMatching(/^[a-z].{8,}/) })
    expect((await call(app, { method: 'GET', url: '/api/info' })).status).toBe(200)
  })

  it('limits each student\'s requests, keyed by token, not by the address the class shares', async () => {
    const app = start(testClassOptions({ limits: { perStudent: 3, perAddress: 1000 } }))
    const li = await joinClass(app)
    const wu = await joinClass(app)
    const me = (who: Identity) => call(app, { method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${who.token}` } })
    for (let i = 0; i < 3; i += 1)
      expect((await me(li)).status).toBe(200)
    const limited = await me(li)
    expect(limited.status).toBe(429)
    expect(limited.body.error).toMatch(/too many requests/)
    expect(limited.headers['retry-after']).toBeDefined()
    expect((await me(wu)).status).toBe(200)
  })

  it('never answers 5xx, whatever the body and headers, and the record stays whole', async () => {
    const options = testClassOptions({ limits: { perStudent: 100_000, perAddress: 100_000 } })
    const app = start(options)
    const li = await joinClass(app)
    await act(app, 'open', single.id)
    let writes = 2
    const header = fc.stringMatching(/^[\x20-\x7E]{0,40}$/)
    // Mostly near-valid requests, so that the fuzzing reaches the handlers, not only the parser.
    const likely = <T, U>(usual: fc.Arbitrary<T>, other: fc.Arbitrary<U>) => fc.oneof({ arbitrary: usual, weight: 4 }, { arbitrary: other, weight: 1 })
    const response = likely(
      fc.record({ kind: fc.constantFrom('single', 'multiple', 'true-false', 'open'), optionId: fc.oneof(fc.constantFrom('baidu', 'yahoo', 'wechat', ''), fc.jsonValue()), optionIds: fc.oneof(fc.array(fc.constantFrom('baidu', 'wechat', 'baidu')), fc.jsonValue()), value: fc.jsonValue() }, { requiredKeys: ['kind'] }),
      fc.jsonValue(),
    )
    const body = likely(
      fc.record({
        questionId: likely(fc.constantFrom(single.id, multiple.id, trueFalse.id, short.id), fc.jsonValue()),
        response,
        nickname: likely(fc.string({ maxLength: 30 }), fc.jsonValue()),
        code: likely(fc.constant(TEST_CODE), fc.jsonValue()),
      }, { requiredKeys: [] }).map(value => JSON.stringify(value)),
      fc.oneof(fc.jsonValue().map(value => JSON.stringify(value)), fc.string({ maxLength: 5000 })),
    )
    await fc.assert(fc.asyncProperty(
      fc.constantFrom('/api/join', '/api/answer', '/api/answer', '/api/teacher/open', '/api/teacher/close', '/api/teacher/reveal', '/api/teacher/reset', '/api/teacher/session', '/api/me', '/api/nope'),
      body,
      fc.record({
        'authorization': likely(fc.constant(`Bearer ${li.token}`), header),
        'x-teacher-code': likely(fc.constant(TEST_CODE), header),
        'content-type': likely(fc.constantFrom('application/json', 'application/json; charset=utf-8'), fc.oneof(fc.constantFrom('text/plain', 'multipart/form-data'), header)),
      }, { requiredKeys: [] }),
      async (url, payload, headers) => {
        const res = await app.inject({ method: 'POST', url, payload, headers })
        expect(res.statusCode, res.body).toBeLessThan(500)
        expect(res.statusCode).toBeGreaterThanOrEqual(200)
        if (res.statusCode === 200 && url !== '/api/teacher/session' && url !== '/api/me')
          writes += 1
        expect(res.json()).toBeTypeOf('object')
      },
    ), { numRuns: 600 })
    expect((await call(app, { method: 'GET', url: '/api/info' })).status).toBe(200)
    const journal = readJournal(join(options.classDir, JOURNAL_FILE))
    expect(journal.warnings).toEqual([])
    expect(journal.entries).toHaveLength(writes)
  })
})

describe('the record', () => {
  it('keeps every answer and every identity across a restart on the same class folder', async () => {
    const options = testClassOptions()
    const first = buildApp(options)
    const li = await joinClass(first, 'Li')
    const wu = await joinClass(first, 'Wu')
    await act(first, 'open', single.id)
    await answer(first, li, single.id, { kind: 'single', optionId: 'yahoo' })
    await answer(first, wu, single.id, { kind: 'single', optionId: 'baidu' })
    await answer(first, li, single.id, { kind: 'single', optionId: 'sohu' })
    const before = await summary(first)
    await first.close()

    const second = start({ ...options, newId: counterIds('after') })
    expect(await summary(second)).toEqual(before)
    expect((await call(second, { method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${li.token}` } })).body).toEqual(li)
    // The question is still open: the class carries on where it stopped.
    expect((await answer(second, wu, single.id, { kind: 'single', optionId: 'sohu' })).status).toBe(200)
    expect((await joinClass(second)).number).toBe(3)
  })

  it('skips a torn last journal line with a warning, keeps the rest, and appends cleanly after it', async () => {
    const options = testClassOptions()
    const first = buildApp(options)
    const li = await joinClass(first, 'Li')
    await act(first, 'open', single.id)
    await answer(first, li, single.id, { kind: 'single', optionId: 'baidu' })
    await first.close()
    const path = join(options.classDir, JOURNAL_FILE)
    appendFileSync(path, '{"type":"answer","at":"2026-03-02T10:06:00.000Z","stud')

    const warnings: string[] = []
    const second = buildApp({ ...options, newId: counterIds('after'), onWarning: w => warnings.push(w) })
    expect(warnings).toEqual([expect.stringMatching(/the last line \(line 4, \d+ bytes\) is incomplete/)])
    expect((await summary(second)).questions[0]?.answered).toBe(1)
    await answer(second, li, single.id, { kind: 'single', optionId: 'yahoo' })
    await second.close()

    const third: string[] = []
    const app = start({ ...options, newId: counterIds('third'), onWarning: w => third.push(w) })
    expect(third).toEqual([])
    expect((await summary(app)).students[0]?.answers[single.id]?.text).toBe('Yahoo')
  })

  it('reports a broken line in the middle of the journal by its number and keeps the events after it', async () => {
    const options = testClassOptions()
    const first = buildApp(options)
    await joinClass(first, 'Li')
    await first.close()
    const path = join(options.classDir, JOURNAL_FILE)
    appendFileSync(path, 'not json\n{"type":"open","at":"2026-03-02T10:06:00.000Z","questionId":"fx-single"}\n')
    const warnings: string[] = []
    const app = start({ ...options, newId: counterIds('after'), onWarning: w => warnings.push(w) })
    expect(warnings).toEqual([expect.stringContaining('journal.jsonl line 2 is skipped: it is not valid JSON')])
    expect((await summary(app)).questions.map(q => [q.id, q.phase])).toEqual([[single.id, 'open']])
  })
})
