// The classroom server, built by a function that opens no socket: tests drive it with
// `app.inject()`, `startClassServer` (server/start.ts) and `npm run class` listen with it.
// One plugin per concern: the live API (server/live-api.ts), the teacher's API and pages
// (server/teacher-api.ts), the static files (server/static-files.ts).
import type { FastifyError, FastifyInstance, FastifyServerOptions } from 'fastify'
import type { Bank } from '../quiz/types'
import type { RateLimits } from './api-options'
import { basename, resolve } from 'node:path'
import Fastify from 'fastify'
import * as v from 'valibot'
import { firstIssue } from '../quiz/live/protocol'
import { studentsShownChange } from '../quiz/live/views'
import { apiPlugin } from './api'
import { DEFAULT_LIMITS } from './api-options'
import { readEndedSessions, recordEndedSession } from './class-folder'
import { Classroom, randomId } from './classroom'
import { staticFiles } from './static-files'
import { StateStreams, studentGroup } from './streams'
import { teacherPages } from './teacher-api'
import { TeacherGate } from './teacher-gate'

/** The largest request body, in bytes; bigger ones get 413. */
export const BODY_LIMIT = 4096

/** How long a request may take to arrive, headers and body, before it is refused with 408. */
export const REQUEST_TIMEOUT_MS = 30_000

/** How often the server looks for requests that took too long. */
const REQUEST_TIMEOUT_CHECK_MS = 2000

/** What the server is built with. */
export interface ClassAppOptions {
  /** The questions; the live ones (single, multiple, true-false) can be asked. */
  readonly bank: Bank
  /** The full quiz students hand in from /quiz in class (none by default). */
  readonly quiz?: Bank
  /** The built site everyone gets: the deck without speaker notes, and the student pages in `join/` and `quiz/`. */
  readonly siteDir: string
  /** A build of the deck with the presenter view and notes, served instead of `siteDir`'s deck to the teacher's browser only. */
  readonly teacherDeckDir?: string
  /** This class's folder: `journal.jsonl` (the record) is kept there. */
  readonly classDir: string
  /** The code the teacher enters (compared without surrounding spaces, ignoring case). */
  readonly teacherCode: string
  /** The address students open, for the projector and `GET /api/info`. */
  readonly joinUrl: string
  /** The clock; `() => new Date()` unless a test fixes it. */
  readonly clock?: () => Date
  /** New unguessable ids for students and tokens; random unless a test fixes them. */
  readonly newId?: () => string
  /** Fastify's logger (off by default: `npm run class` prints what a person needs). */
  readonly logger?: FastifyServerOptions['logger']
  /** Told about a torn journal line, a broken one, a failing disk, an unexpected error. */
  readonly onWarning?: (message: string) => void
  /** At most one snapshot per stream in this many milliseconds (default 100). */
  readonly streamIntervalMs?: number
  /** A keep-alive comment on every stream this often (default 15 s). */
  readonly heartbeatMs?: number
  /** The most students the class takes (default 300). */
  readonly maxStudents?: number
  /** How long a request may take to arrive, headers and body (default 30 s). */
  readonly requestTimeoutMs?: number
  /** Requests per minute per student and per address. */
  readonly limits?: Partial<RateLimits>
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The class this server runs: its state and journal. */
    classroom: Classroom
    /** The open event streams. */
    streams: StateStreams
  }
}

/** Validates a route's body or query with the valibot schema given as its Fastify schema. */
function valibotValidator({ schema, httpPart }: { schema: unknown, httpPart?: string }) {
  const valibot = schema as v.GenericSchema
  return (data: unknown): { value: unknown } | { error: Error } => {
    const result = v.safeParse(valibot, data)
    if (result.success)
      return { value: result.output }
    const message = firstIssue(result.issues)
    return { error: new Error(httpPart === 'querystring' ? `in the query, ${message}` : message) }
  }
}

/** Fastify's own 4xx errors, in words a person reads. */
const READABLE: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `the request body is larger than ${BODY_LIMIT / 1024} KB`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send the body as JSON, with content-type: application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty; send a JSON object',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'the content-length header does not match the body',
}

function errorReply(error: FastifyError, warn: (message: string) => void): { status: number, message: string } {
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500)
    return { status, message: READABLE[error.code] ?? error.message }
  warn(`unexpected error: ${error.stack ?? error.message}`)
  if (status === 503)
    return { status, message: 'the server could not save this to disk; please try again' }
  return { status: 500, message: 'something went wrong on the server; the teacher can see the details in its window' }
}

/**
 * Builds the classroom server without listening: opens the class (replaying its journal), and
 * registers the API under /api and the static files. Close it with `app.close()`: streams end,
 * the journal is flushed and closed.
 */
export function buildApp(options: ClassAppOptions): FastifyInstance {
  const clock = options.clock ?? (() => new Date())
  const warn = options.onWarning ?? ((message: string) => console.warn(message))
  const classDir = resolve(options.classDir)
  const classroom = Classroom.open({ bank: options.bank, quiz: options.quiz, classDir, clock, newId: options.newId ?? randomId, onWarning: warn, maxStudents: options.maxStudents })
  const streams = new StateStreams({ intervalMs: options.streamIntervalMs ?? 100, heartbeatMs: options.heartbeatMs ?? 15_000 })
  const gate = new TeacherGate(options.teacherCode, basename(classDir), () => clock().getTime(), {
    ended: readEndedSessions(classDir),
    onEnd: (id) => {
      try {
        recordEndedSession(classDir, id)
      }
      catch (error) {
        warn(`could not record a teacher's sign-out in ${classDir}: ${(error as Error).message}; it holds until the server stops`)
      }
    },
  })

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // A request must arrive whole within this time (a body sent a byte every few seconds is cut off
    // with 408); the event streams, once their request has arrived, are not affected.
    // Node enforces it only when the headers' own limit is not longer (its default is 60 s).
    requestTimeout,
    http: { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(REQUEST_TIMEOUT_CHECK_MS, requestTimeout) },
  })
  // Bodies are JSON: any other type is 415 (Fastify reads text/plain by default).
  app.removeContentTypeParser('text/plain')
  app.decorate('classroom', classroom)
  app.decorate('streams', streams)
  app.setValidatorCompiler(valibotValidator)
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const { status, message } = errorReply(error, warn)
    return reply.code(status).send({ error: message })
  })
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: `nothing here: ${request.method} ${request.url.split('?')[0]}` }))
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    // Student tokens travel in /api/events?token=: never in a Referer.
    reply.header('referrer-policy', 'no-referrer')
  })

  // Only the phones an event concerns are rendered again (and the projector's streams, always).
  classroom.subscribe((_state, event) => {
    const students = studentsShownChange(event)
    streams.changed(students === 'everyone' ? undefined : students.map(studentGroup))
  })
  app.addHook('preClose', (done) => {
    streams.closeAll()
    done()
  })
  app.addHook('onClose', async () => {
    await classroom.close()
  })

  app.register(apiPlugin, {
    prefix: '/api',
    classroom,
    streams,
    gate,
    joinUrl: options.joinUrl,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    classLabel: basename(classDir),
  })
  app.register(teacherPages)
  app.register(staticFiles, {
    siteDir: resolve(options.siteDir),
    teacherDeckDir: options.teacherDeckDir === undefined ? undefined : resolve(options.teacherDeckDir),
    isTeacher: request => gate.hasSession(request.headers.cookie),
  })
  return app
}
