// The teacher's side of the full quiz and of what the class learned: the written answers to mark
// (each mark journaled, changes kept), when students see their feedback, the class report from the
// live answers, the full quiz or both, and its CSV files. Registered inside the teacher's API, so
// every route needs the teacher.
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { ReportSource } from '../quiz/live/report'
import type { ApiOptions } from './api-options'
import * as v from 'valibot'
import { FeedbackPolicyRequestSchema, MarkRequestSchema } from '../quiz/live/quiz-protocol'
import { writtenAnswers } from '../quiz/live/quiz-views'
import { classReport, defaultReportSource, REPORT_SOURCES } from '../quiz/live/report'
import { answersCsv, gradebookCsv, studentsCsv } from '../quiz/report-csv'
import { REFUSAL_STATUS } from './api-options'

const NOT_FILE_NAME = /[^\w-]/g

/** `?source=quiz|live|both`; without it, the full quiz once anyone has handed it in, else the live questions. */
export const ReportQuerySchema = v.object({
  source: v.optional(v.picklist(REPORT_SOURCES, issue => `must be one of ${REPORT_SOURCES.join(', ')}, not ${String(issue.input)}`)),
})

type ReportQuery = v.InferOutput<typeof ReportQuerySchema>

const CSV_FILES = {
  'students.csv': studentsCsv,
  'answers.csv': answersCsv,
  'gradebook.csv': gradebookCsv,
} as const

export const teacherQuizApi: FastifyPluginAsync<ApiOptions> = async (app, { classroom, classLabel }) => {
  app.get('/written', async () => ({ answers: writtenAnswers(classroom.state) }))

  app.post<{ Body: v.InferOutput<typeof MarkRequestSchema> }>('/marks', { schema: { body: MarkRequestSchema } }, async (request, reply) => {
    const outcome = await classroom.mark(request.body)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return { marked: true, answers: writtenAnswers(outcome.value) }
  })

  app.post<{ Body: v.InferOutput<typeof FeedbackPolicyRequestSchema> }>('/quiz/feedback', { schema: { body: FeedbackPolicyRequestSchema } }, async (request, reply) => {
    const outcome = await classroom.setFeedbackPolicy(request.body.policy)
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return { feedback: outcome.value.feedbackPolicy, releasedAt: outcome.value.releasedAt ?? null }
  })

  app.post('/quiz/release', async (_request, reply) => {
    const outcome = await classroom.release()
    if (!outcome.ok)
      return reply.code(REFUSAL_STATUS[outcome.refusal.code]).send({ error: outcome.refusal.message })
    return { feedback: outcome.value.feedbackPolicy, releasedAt: outcome.value.releasedAt ?? null }
  })

  const sourceOf = (query: ReportQuery): ReportSource => query.source ?? defaultReportSource(classroom.state)

  app.get<{ Querystring: ReportQuery }>('/report', { schema: { querystring: ReportQuerySchema } }, async (request) => {
    const report = classReport(classroom.state, sourceOf(request.query))
    return {
      ...report,
      // Each student's answers go in the CSV files, not to the page (ClassReportSchema).
      students: report.students.map(({ cells: _answers, ...student }) => student),
      feedback: classroom.state.feedbackPolicy,
      releasedAt: classroom.state.releasedAt ?? null,
    }
  })

  for (const [file, write] of Object.entries(CSV_FILES)) {
    app.get<{ Querystring: ReportQuery }>(`/report/${file}`, { schema: { querystring: ReportQuerySchema } }, async (request, reply: FastifyReply) => {
      const source = sourceOf(request.query)
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="class-${classLabel.replace(NOT_FILE_NAME, '')}-${source}-${file}"`)
        .send(write(classReport(classroom.state, source)))
    })
  }
}
