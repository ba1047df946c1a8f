// The students' and the projector's API: join, who am I, answer, the event streams, the join
// slide's figures. Each route's request schema (from quiz/live/protocol.ts) sits beside it.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import type * as v from 'valibot'
import type { Identity } from '../quiz/live/protocol'
import type { LiveState, LiveStudent } from '../quiz/live/state'
import type { ApiOptions } from './api-options'
import type { Classroom } from './classroom'
import type { Render } from './streams'
import { AnswerRequestSchema, JoinRequestSchema, StudentEventsQuerySchema } from '../quiz/live/protocol'
import { projectorView, studentView } from '../quiz/live/views'
import { REFUSAL_STATUS } from './api-options'
import { STREAM_HEADERS, studentGroup } from './streams'

/** Streams one student may hold at once (a phone and a reloaded tab); a new one ends the oldest. */
const STREAMS_PER_STUDENT = 3

/** Projector streams per address (the projector, the presenter view, a spare tab or two). */
const PROJECTOR_STREAMS_PER_ADDRESS = 8

const BEARER = /^Bearer\s+(\S{1,200})$/i

/** What a HEAD request on an event stream gets: the stream's headers, no stream. */
const { connection: _keepAlive, ...HEAD_HEADERS } = STREAM_HEADERS

/** The token a request carries: `authorization: Bearer <token>`, or `?token=` (event streams). */
export function studentToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization
  const match = typeof header === 'string' ? BEARER.exec(header) : null
  if (match)
    return match[1]
  const query = request.query as Record<string, unknown> | undefined
  return typeof query?.token === 'string' ? query.token : undefined
}

const NO_TOKEN = 'send your student token (authorization: Bearer <token>); join first with POST /api/join'
const UNKNOWN_TOKEN = 'this student token is not known in this class; join again with POST /api/join'

/** A cache of one rendering per state: every projector stream shows the same snapshot. */
function perState(render: (state: LiveState) => string | undefined, state: () => LiveState): Render {
  let seen: LiveState | undefined
  let json: string | undefined
  return () => {
    const now = state()
    if (now !== seen) {
      seen = now
      json = render(now)
    }
    return json
  }
}

/** The student whose token the request carries; otherwise a 401 is sent and undefined returned. */
export function requestingStudent(classroom: Classroom, request: FastifyRequest, reply: FastifyReply): LiveStudent | undefined {
  const token = studentToken(request)
  const found = token === undefined ? undefined : classroom.identify(token)
  if (!found)
    void reply.code(401).send({ error: token === undefined ? NO_TOKEN : UNKNOWN_TOKEN })
  return found
}

export const liveApi: FastifyPluginAsync<ApiOptions> = async (app, { classroom, streams, joinUrl }) => {
  const student = (request: FastifyRequest, reply: FastifyReply): LiveStudent | undefined => requestingStudent(classroom, request, reply)

  app.post<{ Body: v.InferOutput<typeof JoinRequestSchema> }>('/join', { schema: { body: JoinRequestSchema } }, async (request, reply) => {
    const outcome = await classroom.join(request.body.nickname)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return outcome.value satisfies Identity
  })

  app.get('/me', async (request, reply) => {
    const found = student(request, reply)
    if (!found)
      return reply
    return { studentId: found.studentId, token: studentToken(request) ?? '', nickname: found.nickname, number: found.number } satisfies Identity
  })

  app.post<{ Body: v.InferOutput<typeof AnswerRequestSchema> }>('/answer', { schema: { body: AnswerRequestSchema } }, async (request, reply) => {
    const found = student(request, reply)
    if (!found)
      return reply
    const outcome = await classroom.answer(found.studentId, request.body.questionId, request.body.response)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return { accepted: true, answer: outcome.value }
  })

  // A HEAD request gets the stream's headers and no stream (Fastify's automatic HEAD would run the
  // stream and never answer).
  app.head('/events', { schema: { querystring: StudentEventsQuerySchema } }, async (request, reply) => {
    if (!student(request, reply))
      return reply
    return reply.headers(HEAD_HEADERS).send()
  })
  app.head('/projector/events', async (_request, reply) => reply.headers(HEAD_HEADERS).send())

  app.get('/events', { exposeHeadRoute: false, schema: { querystring: StudentEventsQuerySchema } }, (request, reply) => {
    const found = student(request, reply)
    if (!found)
      return
    const { studentId } = found
    reply.hijack()
    const render = perState(state => JSON.stringify(studentView(state, studentId)), () => classroom.state)
    streams.open(reply.raw, { render, group: studentGroup(studentId), maxPerGroup: STREAMS_PER_STUDENT })
  })

  const projector = perState(state => JSON.stringify(projectorView(state, joinUrl)), () => classroom.state)
  app.get('/projector/events', { exposeHeadRoute: false }, (request, reply) => {
    reply.hijack()
    streams.open(reply.raw, { render: projector, group: `projector:${request.ip}`, maxPerGroup: PROJECTOR_STREAMS_PER_ADDRESS, shared: true })
  })

  app.get('/info', async () => ({ joinUrl, joined: classroom.state.students.size }))
}
