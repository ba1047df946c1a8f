// The floor `npm run bench:class` measures the classroom server against: a bare Fastify server on the
// same routes, giving replies of the same shape, with none of the classroom's work: no journal (so
// no fsync), no validation, no rate limits, no coalescing of snapshots, no teacher code. Its event
// streams carry what the classroom's carry: the question as a phone shows it, and after an answer the
// student's own snapshot with that answer (a student's other tabs learn it so), written just after
// the reply.
// Whatever the classroom server takes beyond this is its own cost. Run as a child process, as the
// real one is:
//
//   node --import tsx scripts/lib/bare-class.ts --port 4000
import type { FastifyReply } from 'fastify'
import type { ShownQuestion } from '../../quiz/present'
import { randomUUID } from 'node:crypto'
import process from 'node:process'
import { parseArgs } from 'node:util'
import Fastify from 'fastify'
import { bank, liveBank } from '../../quiz/bank'
import { isLiveQuestion, publicQuestion } from '../../quiz/live/protocol'
import { CLASS_SEED } from '../../quiz/live/quiz-views'
import { attemptOrder } from '../../quiz/order'
import { showQuestion } from '../../quiz/present'

const BEARER = /^Bearer /

interface BareStudent {
  readonly studentId: string
  readonly nickname: string
  readonly number: number
  readonly answers: Map<string, unknown>
  quizAnswers: number
  handedIn: boolean
}

interface Body {
  readonly nickname?: string
  readonly questionId?: string
  readonly response?: unknown
}

/** Builds the bare server: the routes the benchmark calls, each as little as a reply of that shape needs. */
export function bareClassApp(): ReturnType<typeof Fastify> {
  const app = Fastify({ logger: false })
  const byToken = new Map<string, BareStudent>()
  const streams = new Set<{ reply: FastifyReply, student: BareStudent }>()
  const quiz: ShownQuestion[] = attemptOrder(bank, CLASS_SEED).map(q => showQuestion(q, CLASS_SEED))
  const shown = new Map(liveBank.filter(isLiveQuestion).map(q => [q.id, publicQuestion(q)]))
  let phase = 'waiting'
  let questionId: string | undefined

  const studentOf = (authorization: string | undefined, token?: string): BareStudent | undefined =>
    byToken.get(token ?? (authorization ?? '').replace(BEARER, ''))
  const snapshot = (student: BareStudent): string =>
    `event: state\ndata: ${JSON.stringify({ phase, question: questionId && shown.get(questionId), answer: questionId && student.answers.get(questionId), you: { studentId: student.studentId, nickname: student.nickname, number: student.number } })}\n\n`
  const broadcast = (): void => {
    for (const stream of streams)
      stream.reply.raw.write(snapshot(stream.student))
  }
  /** The streams of one student's tabs. */
  const streamsOf = new Map<BareStudent, Set<FastifyReply>>()

  app.get('/api/info', async () => ({ joinUrl: 'http://127.0.0.1/join', joined: byToken.size }))
  app.post<{ Body: Body }>('/api/join', async (request) => {
    const student: BareStudent = { studentId: randomUUID(), nickname: request.body?.nickname ?? '', number: byToken.size + 1, answers: new Map(), quizAnswers: 0, handedIn: false }
    const token = randomUUID()
    byToken.set(token, student)
    return { studentId: student.studentId, token, nickname: student.nickname, number: student.number }
  })
  app.get<{ Querystring: { token?: string } }>('/api/events', (request, reply) => {
    const student = studentOf(undefined, request.query.token)
    if (!student)
      return reply.code(401).send({ error: 'unknown student' })
    reply.hijack()
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
    reply.raw.write(snapshot(student))
    const stream = { reply, student }
    streams.add(stream)
    const own = streamsOf.get(student) ?? new Set()
    streamsOf.set(student, own.add(reply))
    request.raw.on('close', () => {
      streams.delete(stream)
      own.delete(reply)
    })
  })
  app.post<{ Body: Body }>('/api/answer', async (request, reply) => {
    const student = studentOf(request.headers.authorization)
    if (!student)
      return reply.code(401).send({ error: 'unknown student' })
    student.answers.set(String(request.body.questionId), request.body.response)
    // After the reply, as the classroom's snapshots go out after theirs (on its next tick).
    setImmediate(() => {
      for (const own of streamsOf.get(student) ?? [])
        own.raw.write(snapshot(student))
    })
    return { accepted: true, answer: request.body.response }
  })
  for (const action of ['open', 'close', 'reveal'] as const) {
    app.post<{ Body: Body }>(`/api/teacher/${action}`, async (request) => {
      questionId = String(request.body.questionId)
      phase = action === 'open' ? 'open' : action === 'close' ? 'closed' : 'revealed'
      broadcast()
      return { questionId, phase }
    })
  }
  app.get('/api/quiz', async (request, reply) => {
    const student = studentOf(request.headers.authorization)
    if (!student)
      return reply.code(401).send({ error: 'unknown student' })
    return { questions: quiz, answers: {}, feedback: 'after-hand-in', you: { studentId: student.studentId, nickname: student.nickname, number: student.number } }
  })
  app.post<{ Body: Body }>('/api/quiz/answer', async (request, reply) => {
    const student = studentOf(request.headers.authorization)
    if (!student)
      return reply.code(401).send({ error: 'unknown student' })
    student.quizAnswers += 1
    return { saved: true, questionId: request.body.questionId }
  })
  app.post('/api/quiz/hand-in', async (request, reply) => {
    const student = studentOf(request.headers.authorization)
    if (!student)
      return reply.code(401).send({ error: 'unknown student' })
    student.handedIn = true
    return { handedInAt: new Date().toISOString() }
  })
  app.addHook('onClose', async () => {
    for (const stream of streams)
      stream.reply.raw.end()
  })
  return app
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...argv], options: { port: { type: 'string', default: '0' } }, strict: true })
  const app = bareClassApp()
  const address = await app.listen({ host: '127.0.0.1', port: Number(values.port) })
  console.log(`bare classroom on ${address}`)
  const stop = (): void => {
    void app.close().then(() => process.exit(0))
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

if (process.argv[1]?.endsWith('bare-class.ts'))
  await main(process.argv.slice(2))
