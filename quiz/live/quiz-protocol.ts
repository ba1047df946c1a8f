// The full quiz handed in to the classroom server (class mode of /quiz): what the student's page
// sends and gets, and what the teacher's page sends to mark written answers and release feedback.
// Questions travel as a student's device may hold them (ShownQuestion: never the answer); answers
// travel in the widget's ids, which the server turns back into the bank's.
import * as v from 'valibot'
import { FeedbackViewSchema } from '../feedback'
import { ResponseSchema } from '../kinds'
import { ShownQuestionSchema } from '../present'
import { FEEDBACK_POLICIES, MARK_COMMENT_MAX_LENGTH } from './events'
import { IdSchema, mustBe, request } from './protocol'

/** `POST /api/quiz/answer`: one answer, in the widget's ids; it replaces the last one to that question. */
export const QuizAnswerRequestSchema = request({ questionId: IdSchema, response: v.unknown() })

/** The reply to `POST /api/quiz/answer`, sent once the answer is on disk. */
export const QuizAnswerReplySchema = v.object({ saved: v.literal(true), questionId: v.string() })

/** `POST /api/teacher/marks`: the teacher's mark of one written answer. */
export const MarkRequestSchema = request({
  studentId: IdSchema,
  questionId: IdSchema,
  points: v.pipe(v.number(mustBe('a number')), v.finite('must be a number'), v.minValue(0, 'must be 0 or more')),
  rubric: v.array(v.boolean(mustBe('true or false')), mustBe('an array of true and false')),
  comment: v.optional(v.pipe(v.string(mustBe('a string')), v.maxLength(MARK_COMMENT_MAX_LENGTH, `must be at most ${MARK_COMMENT_MAX_LENGTH} characters`)), ''),
})

/** `POST /api/teacher/marks`'s body. */
export type MarkRequest = v.InferOutput<typeof MarkRequestSchema>

/** `POST /api/teacher/quiz/feedback`: when students see their feedback. */
export const FeedbackPolicyRequestSchema = request({ policy: v.picklist(FEEDBACK_POLICIES, issue => `must be one of ${FEEDBACK_POLICIES.join(', ')}, not ${String(issue.input)}`) })

/** A student's result on the full quiz, once the feedback is given. */
export const QuizResultsSchema = v.object({
  /** The feedback on every question, by id. */
  questions: v.record(v.string(), FeedbackViewSchema),
  /** Points earned so far (written answers count once marked). */
  score: v.number(),
  max: v.number(),
  /** Points of written answers the teacher has not marked yet. */
  toMark: v.number(),
})

/** A student's result on the full quiz. */
export type QuizResults = v.InferOutput<typeof QuizResultsSchema>

/** `GET /api/quiz` (and the reply to a hand-in): the student's full quiz as their page shows it. */
export const ClassQuizSchema = v.object({
  /** The questions in the lesson's order, without their answers. */
  questions: v.array(ShownQuestionSchema),
  /** The student's saved answers, by question id, in the widget's ids. */
  answers: v.record(v.string(), ResponseSchema),
  /** When the student handed it in. */
  handedInAt: v.optional(v.string()),
  /** When the feedback is given. */
  feedback: v.picklist(FEEDBACK_POLICIES),
  /** After the hand-in, once the feedback is given. */
  results: v.optional(QuizResultsSchema),
  you: v.object({ studentId: v.string(), nickname: v.string(), number: v.number() }),
})

/** A student's full quiz as their page shows it. */
export type ClassQuiz = v.InferOutput<typeof ClassQuizSchema>
