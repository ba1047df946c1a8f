// The full quiz handed in to the server (class mode of /quiz): the student's questions and saved
// answers, an answer saved (on disk before the reply, as every event), and the hand-in. Questions go
// out without their answers; answers come in the widget's ids.
import type { FastifyPluginAsync } from 'fastify'
import type * as v from 'valibot'
import type { ClassQuiz } from '../quiz/live/quiz-protocol'
import type { ApiOptions } from './api-options'
import { QuizAnswerRequestSchema } from '../quiz/live/quiz-protocol'
import { studentQuizView } from '../quiz/live/quiz-views'
import { REFUSAL_STATUS } from './api-options'
import { requestingStudent } from './live-api'

export const quizApi: FastifyPluginAsync<ApiOptions> = async (app, { classroom }) => {
  app.get('/', async (request, reply) => {
    const student = requestingStudent(classroom, request, reply)
    if (!student)
      return reply
    return studentQuizView(classroom.state, student.studentId) satisfies ClassQuiz | undefined
  })

  app.post<{ Body: v.InferOutput<typeof QuizAnswerRequestSchema> }>('/answer', { schema: { body: QuizAnswerRequestSchema } }, async (request, reply) => {
    const student = requestingStudent(classroom, request, reply)
    if (!student)
      return reply
    const outcome = await classroom.quizAnswer(student.studentId, request.body.questionId, request.body.response)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return { saved: true, questionId: outcome.value }
  })

  app.post('/hand-in', async (request, reply) => {
    const student = requestingStudent(classroom, request, reply)
    if (!student)
      return reply
    const outcome = await classroom.handIn(student.studentId)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return studentQuizView(outcome.value, student.studentId) satisfies ClassQuiz | undefined
  })
}
