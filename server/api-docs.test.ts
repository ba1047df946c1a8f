// The API guide and the server agree: every row of docs/classroom-api.md's two status tables (the
// errors any endpoint gives, and the refusals of events) is a request here that gets that status.
// A row without a request here fails, so the tables cannot gain a promise nobody checks.
import type { InjectOptions } from 'fastify'
import type { ClassAppOptions } from './app'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { root } from '../scripts/lib/deck'
import { fixtures } from '../test/fixtures/questions'
import { TEST_CODE, testClassOptions } from '../test/support/server'
import { buildApp } from './app'
import { startClassServer } from './start'

const { single, open } = fixtures
const teacher = { 'x-teacher-code': TEST_CODE }
const closers: (() => Promise<unknown>)[] = []

afterEach(async () => {
  await Promise.all(closers.splice(0).map(close => close()))
})

/** The rows of the Markdown table that starts with `header`, as cells. */
function tableRows(header: string): string[][] {
  const text = readFileSync(join(root, 'docs', 'classroom-api.md'), 'utf8')
  const start = text.indexOf(header)
  expect(start, `docs/classroom-api.md has a table starting ${header}`).toBeGreaterThanOrEqual(0)
  const lines = text.slice(start).split('\n')
  const rows: string[][] = []
  for (const line of lines.slice(2)) {
    if (!line.trim().startsWith('|'))
      break
    rows.push(line.trim().slice(1, -1).split('|').map(cell => cell.trim()))
  }
  return rows
}

/** A class with the quiz handed in to it, a joined student and a teacher, on `app.inject`. */
async function classWith(overrides: Partial<ClassAppOptions> = {}) {
  const app = buildApp(testClassOptions({ quiz: [single, open], ...overrides }))
  closers.push(() => app.close())
  const call = async (options: InjectOptions): Promise<number> => (await app.inject(options)).statusCode
  const li = (await app.inject({ method: 'POST', url: '/api/join', payload: { nickname: 'Li' } })).json() as { token: string, studentId: string }
  const student = { authorization: `Bearer ${li.token}` }
  return { app, call, li, student }
}

/** What each status of the errors table stands for, as a request. */
const ERRORS: Record<string, () => Promise<number>> = {
  400: async () => (await classWith()).call({ method: 'POST', url: '/api/join', headers: { 'content-type': 'application/json' }, payload: '{"nickname":' }),
  408: async () => {
    const server = await startClassServer({ ...testClassOptions(), requestTimeoutMs: 300 })
    closers.push(() => server.close())
    const socket = connect(Number(new URL(server.url).port), '127.0.0.1')
    let received = ''
    // Cut off, the socket may be reset (Node 24 reports it): expected here.
    socket.on('error', () => {})
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      received += chunk
    })
    socket.write('POST /api/join HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 20\r\n\r\n{')
    // Generous for a loaded machine: the server checks twice a second here.
    await new Promise<void>((resolve) => {
      socket.on('close', () => resolve())
      setTimeout(resolve, 20_000)
    })
    socket.destroy()
    return Number(received.slice(9, 12))
  },
  413: async () => (await classWith()).call({ method: 'POST', url: '/api/join', payload: { nickname: 'x'.repeat(5000) } }),
  415: async () => (await classWith()).call({ method: 'POST', url: '/api/join', headers: { 'content-type': 'text/plain' }, payload: 'Li' }),
  404: async () => (await classWith()).call({ method: 'GET', url: '/api/nope' }),
  429: async () => {
    const { call } = await classWith({ limits: { perAddress: 3 } })
    let status = 0
    for (let i = 0; i < 5; i++)
      status = await call({ method: 'GET', url: '/api/teacher/check', headers: teacher })
    return status
  },
}

/** What each refusal code of the events table stands for, as a request. */
const REFUSALS: Record<string, () => Promise<number>> = {
  'bad-response': async () => {
    const { call, student } = await classWith()
    await call({ method: 'POST', url: '/api/teacher/open', headers: teacher, payload: { questionId: single.id } })
    return call({ method: 'POST', url: '/api/answer', headers: student, payload: { questionId: single.id, response: { kind: 'single', optionId: 'wechat' } } })
  },
  'unknown-student': async () => (await classWith()).call({ method: 'GET', url: '/api/events' }),
  'unknown-question': async () => (await classWith()).call({ method: 'POST', url: '/api/teacher/open', headers: teacher, payload: { questionId: 'nope' } }),
  'not-open': async () => {
    const { call, student } = await classWith()
    return call({ method: 'POST', url: '/api/answer', headers: student, payload: { questionId: single.id, response: { kind: 'single', optionId: 'baidu' } } })
  },
  'wrong-phase': async () => (await classWith()).call({ method: 'POST', url: '/api/teacher/reveal', headers: teacher, payload: { questionId: single.id } }),
  'handed-in': async () => {
    const { call, student } = await classWith()
    await call({ method: 'POST', url: '/api/quiz/hand-in', headers: student, payload: {} })
    return call({ method: 'POST', url: '/api/quiz/hand-in', headers: student, payload: {} })
  },
  'bad-join': async () => {
    // Never from a phone: the server makes the ids. A fixed id makes a second join repeat the first.
    const { call } = await classWith({ newId: () => 'always-the-same' })
    return call({ method: 'POST', url: '/api/join', payload: {} })
  },
  'class-full': async () => {
    const { call } = await classWith({ maxStudents: 1 })
    return call({ method: 'POST', url: '/api/join', payload: { nickname: 'Wei' } })
  },
  'no-such-student': async () => (await classWith()).call({ method: 'POST', url: '/api/teacher/remove', headers: teacher, payload: { studentId: 'nobody' } }),
  'bad-mark': async () => {
    const { call, li } = await classWith()
    return call({ method: 'POST', url: '/api/teacher/marks', headers: teacher, payload: { studentId: li.studentId, questionId: single.id, points: 1, rubric: [] } })
  },
}

describe('docs/classroom-api.md', () => {
  it('gives, for each error every endpoint may answer, the status the server answers', { timeout: 60_000 }, async () => {
    const rows = tableRows('| Status | When')
    expect(rows.map(([status]) => status).sort()).toEqual(Object.keys(ERRORS).sort())
    for (const [status, when] of rows)
      expect(await ERRORS[status!]!(), `${status}: ${when}`).toBe(Number(status))
  })

  it('gives, for each refusal of an event, the status the server answers', async () => {
    const rows = tableRows('| Status | Refusal code')
    expect(rows.map(([, code]) => code!.replaceAll('`', '')).sort()).toEqual(Object.keys(REFUSALS).sort())
    for (const [status, code, meaning] of rows)
      expect(await REFUSALS[code!.replaceAll('`', '')]!(), `${code}: ${meaning}`).toBe(Number(status))
  })
})
