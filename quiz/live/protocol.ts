// The live classroom quiz's protocol, written once and imported by the server (server/) and the
// browser pages alike: what each request sends and what the server replies and streams back.
// Vue-free and Node-free, so a page can bundle it. The class's state and its events are in
// state.ts; what each audience sees of it, in views.ts.
import type { LiveKind, QuestionOf, ResponseOf } from '../kinds'
import type { Question } from '../types'
import * as v from 'valibot'
import { describeValue, isRecord } from '../guards'
import { LIVE_KINDS, liveKindOf, responseOfKinds } from '../kinds'
import { inLessonOrder } from '../order'

export { LIVE_KINDS } from '../kinds'
export type { LiveKind } from '../kinds'

const LAST_COMMA = /, ([^,]*)$/

/** A question of the bank that can be asked live. */
export type LiveQuestion = QuestionOf<LiveKind>

/** Whether a question of the bank can be asked live: its kind says how a phone answers it with a tap. */
export function isLiveQuestion(question: Question): question is LiveQuestion {
  return (LIVE_KINDS as readonly string[]).includes(question.kind)
}

/**
 * Where a live question stands: not asked yet (or reset), taking answers, no longer taking
 * answers, or closed with the right answer shown.
 */
export const PHASES = ['waiting', 'open', 'closed', 'revealed'] as const

/** Where a live question stands; see {@link PHASES}. */
export type Phase = typeof PHASES[number]

/** The longest nickname, in characters (Unicode code points), after trimming. */
export const NICKNAME_MAX_LENGTH = 24

/** The longest question id or token a request may send; anything longer is refused unread. */
const MAX_ID_LENGTH = 100

/**
 * The teacher actions, each `POST /api/teacher/<action>` with a {@link TeacherRequest}. A reset
 * starts a new round of the question, keeping the earlier one; `undo-reset` takes the reset back.
 */
export const TEACHER_ACTIONS = ['open', 'close', 'reveal', 'reset', 'undo-reset'] as const

/** A teacher action on one question. */
export type TeacherAction = typeof TEACHER_ACTIONS[number]

/** The event each stream gets every 15 s (`data: {}`): the server is still there, even when nothing changes. */
export const ALIVE_EVENT = 'alive'

/** The name of the server-sent event that carries a state snapshot (`event: state`). */
export const STATE_EVENT = 'state'

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** "must be a string, not number": the message for a value of the wrong type. */
export function mustBe(what: string) {
  return (issue: v.BaseIssue<unknown>): string => `must be ${what}, not ${describeValue(issue.input)}`
}

/** "is missing" for a missing field, else "must be an object, not …". */
function objectMessage(issue: v.BaseIssue<unknown>): string {
  return issue.path ? 'is missing' : mustBe('a JSON object')(issue)
}

/** A request body or query: a JSON object (not an array, not null) with these entries; other keys are ignored. */
export function request<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(v.custom<Record<string, unknown>>(isRecord, mustBe('a JSON object')), v.object(entries, objectMessage))
}

/**
 * A schema's first problem in one sentence that names the field: "nickname must be at most 24
 * characters". For the `{ error }` of a 4xx reply.
 */
export function firstIssue(issues: readonly [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const [issue] = issues
  const path = v.getDotPath(issue)
  return path ? `${path} ${issue.message}` : `the body ${issue.message}`
}

// ---------------------------------------------------------------------------------------------
// Questions as the students' phones see them
// ---------------------------------------------------------------------------------------------

export const IdSchema = v.pipe(v.string(mustBe('a string')), v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`))

/** An option as a phone shows it: never whether it is right. */
export const PublicOptionSchema = v.object({
  /** The id an answer names (`true` or `false` for a true-false question). */
  id: v.string(),
  /** The option as the student reads it. */
  text: v.string(),
})

/** A live question as a phone shows it, without its answer. */
export const PublicQuestionSchema = v.object({
  id: v.string(),
  kind: v.picklist(LIVE_KINDS),
  prompt: v.string(),
  /** The options in the lesson's order; a true-false question has `true` (True) and `false` (False). */
  options: v.array(PublicOptionSchema),
})

/** A live question as a phone shows it, without its answer. */
export type PublicQuestion = v.InferOutput<typeof PublicQuestionSchema>

/**
 * The question without whether any option is right, its options in the lesson's order (the letters
 * of the printed slides): what is sent to phones and the projector.
 */
export function publicQuestion(question: LiveQuestion): PublicQuestion {
  const options = liveKindOf(question.kind).live.options(inLessonOrder(question)).map(o => ({ id: o.id, text: o.text }))
  return { id: question.id, kind: question.kind, prompt: question.prompt, options }
}

/** The ids of the right options: for a true-false question, `"true"` or `"false"`. */
export function rightOptionIds(question: LiveQuestion): string[] {
  return [...liveKindOf(question.kind).live.right(question)]
}

/** The live kinds in words: `"single", "multiple" or "true-false"`. */
const LIVE_KINDS_IN_WORDS = LIVE_KINDS.map(kind => `"${kind}"`).join(', ').replace(LAST_COMMA, ' or $1')

/** A response to a live question: one of the live kinds' responses, told apart by `kind`. */
export const LiveResponseSchema = responseOfKinds(LIVE_KINDS, issue => `has an unknown kind ${describeValue(issue.input)}; expected ${LIVE_KINDS_IN_WORDS}`)

/** A response to a live question. */
export type LiveResponse = ResponseOf<LiveKind>

/** The option ids a response chooses (`["true"]` for a true-false answer of true). */
export function chosenOptionIds(response: LiveResponse): readonly string[] {
  return liveKindOf(response.kind).live.chosen(response)
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

// Line breaks, control characters and lone surrogates; a nickname is one line of text. (Format
// characters such as the zero-width joiner are allowed: emoji are built with them.)
const NOT_TEXT = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u

// Marks that turn the direction of the text around it (a right-to-left override makes "Li" read as
// another name): a nickname may not carry them.
const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
// What a person sees: a letter, a number, a mark, a symbol or punctuation.
const VISIBLE = /[\p{L}\p{N}\p{M}\p{S}\p{P}]/u
// The name of a student without a nickname: taking it would pass for someone else.
const DEFAULT_NAME = /^student\s*\d+$/i
const SPACES = /\s+/g
const FORMAT = /\p{Cf}/gu

/** Whether a nickname is acceptable once trimmed: at most 24 characters of plain one-line text. */
export function isNickname(text: string): boolean {
  return [...text].length <= NICKNAME_MAX_LENGTH && !NOT_TEXT.test(text) && text === text.trim()
}

/** A nickname as two are compared: "Alex", "alex" and "Ａｌｅｘ" are the same name on screen. */
export function nicknameKey(nickname: string): string {
  return nickname.normalize('NFKC').replace(FORMAT, '').replace(SPACES, ' ').trim().toLowerCase()
}

/**
 * A nickname no other student has, as the teacher's page lists them: the same, or with the first
 * free number after it ("Alex (2)"), cut so that it stays within 24 characters.
 */
export function distinctNickname(nickname: string, taken: (key: string) => boolean): string {
  if (nickname === '' || !taken(nicknameKey(nickname)))
    return nickname
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`
    const base = [...nickname].slice(0, NICKNAME_MAX_LENGTH - suffix.length).join('').trimEnd()
    if (!taken(nicknameKey(`${base}${suffix}`)))
      return `${base}${suffix}`
  }
}

const NicknameSchema = v.pipe(
  v.string(mustBe('a string')),
  v.trim(),
  // Composed first, so that the length checked is the length kept.
  v.normalize('NFC'),
  v.check(text => [...text].length <= NICKNAME_MAX_LENGTH, `must be at most ${NICKNAME_MAX_LENGTH} characters`),
  v.check(text => !NOT_TEXT.test(text), 'must be one line of text, without control characters'),
  v.check(text => !DIRECTION_MARKS.test(text), 'must not contain marks that change the direction of the text'),
  v.check(text => text === '' || VISIBLE.test(text), 'must have a letter, a number or a sign you can see'),
  v.check(text => !DEFAULT_NAME.test(nicknameKey(text)), 'cannot be "Student" and a number: that is how students without a nickname are named'),
)

/**
 * `POST /api/join`: an optional nickname, trimmed, at most 24 characters; empty or absent means
 * "Student n". A request without a body joins without a nickname.
 */
export const JoinRequestSchema = v.nullish(request({ nickname: v.optional(NicknameSchema, '') }), { nickname: '' })

/** `POST /api/join`'s body. */
export type JoinRequest = v.InferInput<typeof JoinRequestSchema>

/**
 * `POST /api/answer`: the question and the response, with the student's token in
 * `authorization: Bearer <token>`. The response is checked against the question with
 * `parseResponse` (quiz/grade.ts): its kind, and option ids that belong to the question.
 */
export const AnswerRequestSchema = request({
  questionId: IdSchema,
  response: v.unknown(),
})

/** `POST /api/answer`'s body. */
export interface AnswerRequest {
  readonly questionId: string
  readonly response: LiveResponse
}

/** `POST /api/teacher/open|close|reveal|reset`: the question to act on. */
export const TeacherRequestSchema = request({ questionId: IdSchema })

/** `POST /api/teacher/<action>`'s body. */
export type TeacherRequest = v.InferOutput<typeof TeacherRequestSchema>

/** `POST /api/teacher/remove`: a student the teacher removes from the class. */
export const RemoveRequestSchema = request({ studentId: IdSchema })

/** `POST /api/teacher/session`: the teacher code, to make this browser the teacher's. */
export const TeacherSessionRequestSchema = request({ code: IdSchema })

/** `POST /api/teacher/session`'s body. */
export type TeacherSessionRequest = v.InferOutput<typeof TeacherSessionRequestSchema>

/** `GET /api/events?token=…`: a student's token, in the query because `EventSource` cannot send headers. */
export const StudentEventsQuerySchema = request({ token: v.optional(IdSchema) })

// ---------------------------------------------------------------------------------------------
// Replies and streamed states
// ---------------------------------------------------------------------------------------------

/** Who a student is to the class: the reply to `POST /api/join` and `GET /api/me`. */
export const IdentitySchema = v.object({
  studentId: v.string(),
  /** The secret the student's page sends back (`authorization: Bearer`, `?token=`); keep it in storage so a reload keeps the identity. */
  token: v.string(),
  /** The nickname as given, trimmed; `""` when none (show {@link studentName}). */
  nickname: v.string(),
  /** The order of joining, from 1: "Student 3". */
  number: v.number(),
})

/** Who a student is to the class. */
export type Identity = v.InferOutput<typeof IdentitySchema>

/** The reply to `POST /api/answer`, sent only once the answer is on disk. */
export const AnswerReplySchema = v.object({ accepted: v.literal(true), answer: LiveResponseSchema })

/** The reply to `POST /api/answer`. */
export type AnswerReply = v.InferOutput<typeof AnswerReplySchema>

/** The reply to a teacher action: the question's phase after it. */
export const TeacherReplySchema = v.object({ questionId: v.string(), phase: v.picklist(PHASES) })

/** The reply to a teacher action. */
export type TeacherReply = v.InferOutput<typeof TeacherReplySchema>

/** `GET /api/info`: what the join slide shows. */
export const InfoSchema = v.object({ joinUrl: v.string(), joined: v.number() })

/** `GET /api/info`'s reply. */
export type Info = v.InferOutput<typeof InfoSchema>

/** Every 4xx (and 5xx) reply: a sentence a person can read. */
export const ErrorReplySchema = v.object({ error: v.string() })

/** A refused request's reply. */
export type ErrorReply = v.InferOutput<typeof ErrorReplySchema>

/** What a student sees after the reveal. */
export const ResultSchema = v.object({
  /** Whether the student's answer is fully right; false without an answer. */
  correct: v.boolean(),
  rightOptionIds: v.array(v.string()),
  explanation: v.string(),
})

/** What a student sees after the reveal. */
export type Result = v.InferOutput<typeof ResultSchema>

/** A student's whole screen, streamed by `GET /api/events` as `event: state`. */
export const StudentStateSchema = v.object({
  phase: v.picklist(PHASES),
  /** The question being asked; absent while waiting. */
  question: v.optional(PublicQuestionSchema),
  /** This student's current answer to it. */
  answer: v.optional(LiveResponseSchema),
  /** Only after the reveal. */
  result: v.optional(ResultSchema),
  you: v.object({ studentId: v.string(), nickname: v.string(), number: v.number() }),
})

/** A student's whole screen. */
export type StudentState = v.InferOutput<typeof StudentStateSchema>

/** The projector's live view, streamed by `GET /api/projector/events` as `event: state`. */
export const ProjectorStateSchema = v.object({
  phase: v.picklist(PHASES),
  /** The question last opened (or acted on); absent before the first. */
  question: v.optional(PublicQuestionSchema),
  /** Answers per option id, every option of the question listed (0 when none). */
  counts: v.record(v.string(), v.number()),
  /** Students with an answer to the question. */
  answered: v.number(),
  /** Students who have joined the class. */
  joined: v.number(),
  /** Only after the reveal. */
  rightOptionIds: v.optional(v.array(v.string())),
  joinUrl: v.string(),
})

/** The projector's live view. */
export type ProjectorState = v.InferOutput<typeof ProjectorStateSchema>

/** One option's line in the teacher's summary. */
export const SummaryOptionSchema = v.object({ id: v.string(), text: v.string(), right: v.boolean(), count: v.number() })

/** A live question in the teacher's summary. */
export const SummaryQuestionSchema = v.object({
  id: v.string(),
  kind: v.picklist(LIVE_KINDS),
  prompt: v.string(),
  phase: v.picklist(PHASES),
  options: v.array(SummaryOptionSchema),
  answered: v.number(),
  /** Students whose answer is fully right. */
  correct: v.number(),
  /** `correct / answered`, from 0 to 1; null when nobody answered. */
  shareCorrect: v.nullable(v.number()),
  /** The rounds a reset ended, oldest first: their answers are kept (round 1, 2, …; the current one is the next). */
  earlier: v.array(v.object({
    round: v.number(),
    phase: v.picklist(PHASES),
    resetAt: v.string(),
    answered: v.number(),
    correct: v.number(),
    /** Answers per option id. */
    counts: v.record(v.string(), v.number()),
  })),
})

/** A student's answer to one question in the teacher's summary. */
export const SummaryAnswerSchema = v.object({
  response: LiveResponseSchema,
  /** The answer in words (option texts). */
  text: v.string(),
  correct: v.boolean(),
  score: v.number(),
})

/** A student in the teacher's summary. */
export const SummaryStudentSchema = v.object({
  studentId: v.string(),
  number: v.number(),
  /** The nickname, or "Student n". */
  name: v.string(),
  /** Questions answered, of those asked. */
  answered: v.number(),
  correct: v.number(),
  /** Points earned over the questions asked. */
  score: v.number(),
  /** The points of every question asked. */
  max: v.number(),
  /** By question id. */
  answers: v.record(v.string(), SummaryAnswerSchema),
})

/** `GET /api/teacher/summary`: every question asked (bank order) and every student (joining order). */
export const TeacherSummarySchema = v.object({
  joined: v.number(),
  questions: v.array(SummaryQuestionSchema),
  students: v.array(SummaryStudentSchema),
})

/** The teacher's summary of the class. */
export type TeacherSummary = v.InferOutput<typeof TeacherSummarySchema>

/** How a student is named to the teacher: the nickname, or "Student 3" without one. */
export function studentName(nickname: string, number: number): string {
  return nickname === '' ? `Student ${number}` : nickname
}
