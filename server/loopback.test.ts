// The classroom server over real HTTP on loopback, as phones and the projector reach it.
import type { Identity, ProjectorState, StudentState } from '../quiz/live/protocol'
import type { RunningClassServer, StartOptions } from './start'
import { connect } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { connectEventStream, StreamRefused } from '../test/support/event-stream-client'
import { counterIds, TEST_CODE, testClassOptions } from '../test/support/server'
import { startClassServer } from './start'

const { single } = fixtures

const servers: RunningClassServer[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map(server => server.close()))
})

async function serve(options: StartOptions = testClassOptions()): Promise<RunningClassServer> {
  const server = await startClassServer(options)
  servers.push(server)
  return server
}

async function post(server: RunningClassServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number, body: any }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: res.status, body: await res.json() }
}

const teacher = { 'x-teacher-code': TEST_CODE }

async function joinClass(server: RunningClassServer, nickname: string): Promise<Identity> {
  return (await post(server, '/api/join', { nickname })).body as Identity
}

function answer(server: RunningClassServer, who: Identity, optionId: string) {
  return post(server, '/api/answer', { questionId: single.id, response: { kind: 'single', optionId } }, { authorization: `Bearer ${who.token}` })
}

describe('the API over HTTP', () => {
  it('takes a join, an answer, a changed answer, and refuses what breaks the rules, still serving after', async () => {
    const server = await serve()
    const li = await joinClass(server, 'Li')
    expect(li).toMatchObject({ nickname: 'Li', number: 1 })
    expect((await answer(server, li, 'baidu')).status).toBe(409)
    expect((await post(server, '/api/teacher/open', { questionId: single.id }, teacher)).status).toBe(200)
    expect((await answer(server, li, 'yahoo')).body).toEqual({ accepted: true, answer: { kind: 'single', optionId: 'yahoo' } })
    expect((await answer(server, li, 'baidu')).status).toBe(200)
    expect((await answer(server, li, 'wechat')).status).toBe(400)
    expect((await post(server, '/api/answer', { questionId: 'nope', response: {} }, { authorization: `Bearer ${li.token}` })).status).toBe(404)
    expect((await post(server, '/api/teacher/close', { questionId: single.id }, { 'x-teacher-code': 'WRONG1' })).status).toBe(401)
    expect((await post(server, '/api/join', '{"nickname":')).status).toBe(400)
    expect((await post(server, '/api/join', { nickname: 'x'.repeat(5000) })).status).toBe(413)
    expect((await post(server, '/api/join', { nickname: ['Li'] })).status).toBe(400)
    const info = await fetch(`${server.url}/api/info`)
    expect(await info.json()).toEqual({ joinUrl: 'http://192.168.1.20:3000/join', joined: 1 })
  })

  it('keeps every acknowledged answer when the server restarts on the same class folder', async () => {
    const options = testClassOptions()
    const first = await startClassServer(options)
    await post(first, '/api/teacher/open', { questionId: single.id }, teacher)
    const students = await Promise.all(Array.from({ length: 20 }, (_, i) => joinClass(first, `S${i}`)))
    const acks = await Promise.all(students.map((s, i) => answer(first, s, i % 2 ? 'baidu' : 'sohu')))
    expect(acks.every(a => a.status === 200)).toBe(true)
    await first.close()

    const second = await serve({ ...options, newId: counterIds('after') })
    const summary = await (await fetch(`${second.url}/api/teacher/summary`, { headers: teacher })).json()
    expect(Object.fromEntries(summary.questions[0].options.map((o: { id: string, count: number }) => [o.id, o.count]))).toEqual({ baidu: 10, yahoo: 0, sohu: 10 })
    expect((await fetch(`${second.url}/api/me`, { headers: { authorization: `Bearer ${students[7]!.token}` } })).status).toBe(200)
  })
})

describe('the event streams', () => {
  it('send a student and the projector the state at once, after an answer, and after the reveal', async () => {
    const server = await serve()
    const li = await joinClass(server, 'Li')
    const wu = await joinClass(server, 'Wu')
    const phone = await connectEventStream(`${server.url}/api/events?token=${li.token}`)
    const projector = await connectEventStream(`${server.url}/api/projector/events`)
    expect(await phone.waitFor<StudentState>(() => true)).toEqual({ phase: 'waiting', you: { studentId: li.studentId, nickname: 'Li', number: 1 } })
    expect(await projector.waitFor<ProjectorState>(() => true)).toMatchObject({ phase: 'waiting', joined: 2 })

    await post(server, '/api/teacher/open', { questionId: single.id }, teacher)
    const opened = await phone.waitFor<StudentState>(s => s.phase === 'open')
    expect(opened.question?.options.map(o => o.id)).toEqual(['baidu', 'sohu', 'yahoo'])

    await answer(server, li, 'yahoo')
    await answer(server, wu, 'baidu')
    expect((await phone.waitFor<StudentState>(s => s.answer !== undefined)).answer).toEqual({ kind: 'single', optionId: 'yahoo' })
    const counted = await projector.waitFor<ProjectorState>(s => s.answered === 2)
    expect(counted.counts).toEqual({ baidu: 1, yahoo: 1, sohu: 0 })
    expect(counted.rightOptionIds).toBeUndefined()

    await post(server, '/api/teacher/reveal', { questionId: single.id }, teacher)
    const revealed = await phone.waitFor<StudentState>(s => s.phase === 'revealed')
    expect(revealed.result).toEqual({ correct: false, rightOptionIds: ['baidu'], explanation: single.explanation })
    expect((await projector.waitFor<ProjectorState>(s => s.phase === 'revealed')).rightOptionIds).toEqual(['baidu'])
    phone.close()
    projector.close()
  })

  it('give a phone that reconnects the current state at once', async () => {
    const server = await serve()
    const li = await joinClass(server, 'Li')
    await post(server, '/api/teacher/open', { questionId: single.id }, teacher)
    await answer(server, li, 'sohu')
    // Long after the last change, so no coalesced update is on its way: only the connect sends.
    await new Promise(resolve => setTimeout(resolve, 300))
    const again = await connectEventStream(`${server.url}/api/events?token=${li.token}`)
    // Nothing changes after this, so whatever arrives is the connect's own snapshot (a generous limit for a busy machine).
    expect(await again.waitFor(() => true, 10_000)).toMatchObject({ phase: 'open', answer: { optionId: 'sohu' } })
    again.close()
  })

  it('coalesce a burst: 60 answers reach the projector in a few snapshots, the last one complete', async () => {
    const server = await serve(testClassOptions({ streamIntervalMs: 150 }))
    const students = await Promise.all(Array.from({ length: 60 }, (_, i) => joinClass(server, `S${i}`)))
    await post(server, '/api/teacher/open', { questionId: single.id }, teacher)
    const projector = await connectEventStream(`${server.url}/api/projector/events`)
    await projector.waitFor<ProjectorState>(s => s.phase === 'open')
    const before = projector.states.length
    await Promise.all(students.map(s => answer(server, s, 'baidu')))
    await projector.waitFor<ProjectorState>(s => s.answered === 60)
    expect(projector.states.length - before).toBeLessThan(10)
    projector.close()
  })

  it('refuse a stream without a known token (401), and keep idle streams alive with a comment', async () => {
    const server = await serve(testClassOptions({ heartbeatMs: 50 }))
    await expect(connectEventStream(`${server.url}/api/events?token=made-up`)).rejects.toBeInstanceOf(StreamRefused)
    const projector = await connectEventStream(`${server.url}/api/projector/events`)
    await vi.waitFor(() => expect(projector.comments()).toBeGreaterThanOrEqual(2), { timeout: 10_000 })
    projector.close()
  })

  it('end cleanly when the server stops, after flushing the journal', async () => {
    const options = testClassOptions()
    const server = await startClassServer(options)
    const li = await joinClass(server, 'Li')
    const phone = await connectEventStream(`${server.url}/api/events?token=${li.token}`)
    await server.close()
    await phone.ended
    const again = await serve({ ...options, newId: counterIds('after') })
    expect((await fetch(`${again.url}/api/info`).then(r => r.json())).joined).toBe(1)
  })
})

describe('requests that never finish', () => {
  it('answers HEAD on the event streams with their headers and no stream', async () => {
    const server = await serve()
    const li = await joinClass(server, 'Li')
    for (const [path, status] of [['/api/projector/events', 200], [`/api/events?token=${li.token}`, 200], ['/api/events?token=nope', 401]] as const) {
      const reply = await fetch(`${server.url}${path}`, { method: 'HEAD', signal: AbortSignal.timeout(20_000) })
      expect(reply.status, path).toBe(status)
      if (status === 200)
        expect(reply.headers.get('content-type'), path).toContain('text/event-stream')
      expect(await reply.text(), path).toBe('')
    }
  })

  it('cuts off a request whose body arrives a byte at a time, with 408, and serves others meanwhile', { timeout: 40_000 }, async () => {
    const server = await serve({ ...testClassOptions(), requestTimeoutMs: 500 })
    const { port } = new URL(server.url)
    const socket = connect(Number(port), '127.0.0.1')
    let received = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      received += chunk
    })
    // Cut off, the socket may be reset under a byte still on its way (Node 24 says so): expected here.
    socket.on('error', () => {})
    const closed = new Promise<void>(resolve => socket.on('close', () => resolve()))
    socket.write('POST /api/join HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: 40\r\n\r\n{')
    const drip = setInterval(() => socket.write(' '), 200)
    try {
      expect((await joinClass(server, 'Li')).number).toBe(1)
      // Within a generous limit for a loaded machine: the server checks every half second here.
      await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error(`not cut off; received: ${received}`)), 20_000))])
    }
    finally {
      clearInterval(drip)
      socket.destroy()
    }
    expect(received).toMatch(/^HTTP\/1\.1 408/)
  })
})
