// The events a class is made of, as the journal stores them, and the state they build: what each
// student, live question and hand-in holds. The rules that check and apply the events are in
// state.ts (the live quiz) and quiz-state.ts (the full quiz handed in to the server).
import type { List as PList, Map as PMap } from 'immutable'
import type { Question, QuizResponse } from '../types'
import type { LiveQuestion, LiveResponse, Phase } from './protocol'
import type { VersionedMap } from './versioned'
import * as v from 'valibot'
import { describeValue } from '../guards'
import { ResponseSchema } from '../kinds'
import { IdSchema, LiveResponseSchema, mustBe } from './protocol'

// ---------------------------------------------------------------------------------------------
// The journal
// ---------------------------------------------------------------------------------------------

/** When students see the feedback on the full quiz: once they hand it in (the default), or once the teacher releases it. */
export const FEEDBACK_POLICIES = ['after-hand-in', 'on-release'] as const

/** When students see the feedback on the full quiz; see {@link FEEDBACK_POLICIES}. */
export type FeedbackPolicy = typeof FEEDBACK_POLICIES[number]

/** The longest comment a teacher's mark may carry, in characters. */
export const MARK_COMMENT_MAX_LENGTH = 500

const AtSchema = v.pipe(v.string(mustBe('a date-time')), v.isoTimestamp('must be an ISO 8601 date-time'))

/**
 * The events of a class, one JSON object per line of `<class folder>/journal.jsonl`. `at` is
 * when the server accepted it (ISO 8601). A join stores the SHA-256 of the token (hex), never
 * the token: the journal lets the server recognise a returning phone, not impersonate it.
 */
export const LiveEventSchema = v.variant('type', [
  v.object({ type: v.literal('join'), at: AtSchema, studentId: IdSchema, tokenHash: IdSchema, nickname: v.string() }),
  v.object({ type: v.literal('answer'), at: AtSchema, studentId: IdSchema, questionId: IdSchema, response: LiveResponseSchema }),
  v.object({ type: v.literal('open'), at: AtSchema, questionId: IdSchema }),
  v.object({ type: v.literal('close'), at: AtSchema, questionId: IdSchema }),
  v.object({ type: v.literal('reveal'), at: AtSchema, questionId: IdSchema }),
  v.object({ type: v.literal('reset'), at: AtSchema, questionId: IdSchema }),
  v.object({ type: v.literal('undo-reset'), at: AtSchema, questionId: IdSchema }),
  // The teacher removes a student (one who should not be there): their answers go with them.
  v.object({ type: v.literal('remove'), at: AtSchema, studentId: IdSchema }),
  // The full quiz, handed in to the server: an answer (in the bank's ids), the hand-in, the
  // teacher's mark of a written answer, when feedback is given, and its release.
  v.object({ type: v.literal('quiz-answer'), at: AtSchema, studentId: IdSchema, questionId: IdSchema, response: ResponseSchema }),
  v.object({ type: v.literal('hand-in'), at: AtSchema, studentId: IdSchema }),
  v.object({
    type: v.literal('mark'),
    at: AtSchema,
    studentId: IdSchema,
    questionId: IdSchema,
    points: v.pipe(v.number(), v.finite(), v.minValue(0)),
    rubric: v.array(v.boolean()),
    comment: v.pipe(v.string(), v.maxLength(MARK_COMMENT_MAX_LENGTH)),
  }),
  v.object({ type: v.literal('feedback-policy'), at: AtSchema, policy: v.picklist(FEEDBACK_POLICIES) }),
  v.object({ type: v.literal('release'), at: AtSchema }),
], issue => `has an unknown type ${describeValue(issue.input)}`)

/** One accepted event of a class. */
export type LiveEvent = v.InferOutput<typeof LiveEventSchema>

/** A student as the state knows them. */
export interface LiveStudent {
  readonly studentId: string
  readonly tokenHash: string
  readonly nickname: string
  /** The order of joining, from 1. */
  readonly number: number
}

/** A round of a live question that a reset ended: its answers are kept, and can come back (undo). */
export interface EarlierRound {
  readonly phase: Phase
  readonly answers: PMap<string, LiveResponse>
  /** When the reset that ended it was accepted. */
  readonly resetAt: string
}

/** One live question's phase and its current round's answers, by student id, and its earlier rounds. */
export interface QuestionRecord {
  readonly phase: Phase
  readonly answers: PMap<string, LiveResponse>
  /** The rounds before the latest reset, oldest first. */
  readonly earlier: PList<EarlierRound>
}

/** One student's full quiz, as handed in to the server: the answers (bank ids) and when. */
export interface QuizAttempt {
  readonly answers: PMap<string, QuizResponse>
  /** When the first and the latest answer were saved. */
  readonly firstAt: string
  readonly lastAt: string
  /** When the student handed the quiz in; no answer is taken after. */
  readonly handedInAt?: string
}

/** The teacher's mark of one written answer, as it stands now. */
export interface StoredMark {
  readonly points: number
  readonly rubric: readonly boolean[]
  readonly comment: string
  readonly at: string
  /** How many times the mark was changed after the first (the journal keeps each). */
  readonly changes: number
}

/** The class at one moment: a pure function of the events so far. Never mutated; `reduce` makes a new one. */
export interface LiveState {
  /** The live questions of the bank, by id, in the bank's order. */
  readonly questions: ReadonlyMap<string, LiveQuestion>
  /** The full quiz's questions, by id, in teaching order. */
  readonly quiz: ReadonlyMap<string, Question>
  /** Each student's full quiz, by student id, once they have saved an answer or handed it in. */
  readonly attempts: PMap<string, QuizAttempt>
  /** The teacher's marks of written answers, by `studentId:questionId`. */
  readonly marks: PMap<string, StoredMark>
  readonly feedbackPolicy: FeedbackPolicy
  /** When the teacher released the feedback (with the `on-release` policy). */
  readonly releasedAt: string | undefined
  /** Students by id, in joining order. */
  readonly students: VersionedMap<string, LiveStudent>
  /** How many have joined, removed students included: the next student's number is one more. */
  readonly joined: number
  /** Student ids by the SHA-256 of their token. */
  readonly byTokenHash: VersionedMap<string, string>
  /** The nicknames in use, as compared (`nicknameKey`), with whose each is: a new student's is made distinct from them. */
  readonly nicknames: VersionedMap<string, string>
  /** Questions that have been acted on, by id; a question not listed is waiting with no answers. */
  readonly records: PMap<string, QuestionRecord>
  /** The question on screen: the one last opened, or the one last acted on while none is open. */
  readonly current: string | undefined
  /** How many answers have been accepted, changes included. */
  readonly answerEvents: number
  /** When the first and the latest event were accepted. */
  readonly firstAt: string | undefined
  readonly lastAt: string | undefined
}

/** Why an event is refused; the server turns each into an HTTP status (see docs/classroom-api.md). */
export type RefusalCode
  /** The question id is not a live question of the bank (404). */
  = | 'unknown-question'
  /** The student (or token) is not known (401). */
    | 'unknown-student'
  /** The question is not taking answers (409). */
    | 'not-open'
  /** The action does not fit the question's phase (409). */
    | 'wrong-phase'
  /** The response does not fit the question (400). */
    | 'bad-response'
  /** The join repeats a student id or token, or carries an unusable nickname (409). */
    | 'bad-join'
  /** The student has handed the full quiz in: no more answers, no second hand-in (409). */
    | 'handed-in'
  /** The mark does not fit the written answer: points over its maximum, rubric of another length, no answer to mark (400). */
    | 'bad-mark'
  /** The class has as many students as the teacher allowed (`--max-students`) (409). */
    | 'class-full'
  /** The teacher named a student the class does not have (404). */
    | 'no-such-student'

/** An event that breaks a rule, and the sentence that says which. */
export interface Refusal {
  readonly code: RefusalCode
  readonly message: string
}
