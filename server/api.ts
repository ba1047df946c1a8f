// Everything under /api: rate limits per client, then the live API and the teacher's API.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { Classroom } from './classroom'
import type { StateStreams } from './streams'
import type { TeacherGate } from './teacher-gate'
import rateLimit from '@fastify/rate-limit'
import { liveApi, studentToken } from './live-api'
import { teacherApi } from './teacher-api'

/** Requests allowed per client in one window. */
export interface RateLimits {
  /** Per student (a known token): answers, reconnects, reloads. */
  readonly perStudent: number
  /**
   * Per address, for requests without a known token (joins, the projector, the teacher). High,
   * because a whole class behind one address (a school's NAT, the benchmark on loopback) joins at once.
   */
  readonly perAddress: number
  /** The window, in milliseconds. */
  readonly windowMs: number
}

/** Two requests a second per student, sustained; 20 a second per address. */
export const DEFAULT_LIMITS: RateLimits = { perStudent: 120, perAddress: 1200, windowMs: 60_000 }

/** What the /api plugin needs. */
export interface ApiOptions {
  readonly classroom: Classroom
  readonly streams: StateStreams
  readonly gate: TeacherGate
  readonly joinUrl: string
  readonly limits: RateLimits
  /** Names the class in file names (the class folder's name). */
  readonly classLabel: string
}

class TooManyRequests extends Error {
  readonly statusCode = 429
}

export const apiPlugin: FastifyPluginAsync<ApiOptions> = async (app, options) => {
  const { classroom, limits } = options
  // By student when the request carries a known token, else by address: a made-up token must
  // not buy a fresh allowance.
  const keyOf = (request: FastifyRequest): string => {
    const token = studentToken(request)
    const student = token === undefined ? undefined : classroom.identify(token)
    return student ? `student:${student.studentId}` : `address:${request.ip}`
  }
  await app.register(rateLimit, {
    global: true,
    keyGenerator: keyOf,
    max: (_request, key) => (key.startsWith('student:') ? limits.perStudent : limits.perAddress),
    timeWindow: limits.windowMs,
    errorResponseBuilder: (_request, context) => new TooManyRequests(`too many requests; try again in ${context.after}`),
  })
  await app.register(liveApi, { ...options, prefix: '' })
  await app.register(teacherApi, { ...options, prefix: '/teacher' })
}
