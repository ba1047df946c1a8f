// Everything under /api: rate limits per client, then the live API and the teacher's API.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { ApiOptions } from './api-options'
import rateLimit from '@fastify/rate-limit'
import { liveApi, studentToken } from './live-api'
import { quizApi } from './quiz-api'
import { teacherApi } from './teacher-api'

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
  await app.register(quizApi, { ...options, prefix: '/quiz' })
  await app.register(teacherApi, { ...options, prefix: '/teacher' })
}
