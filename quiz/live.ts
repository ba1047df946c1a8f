// The live classroom quiz's protocol, written once and imported by the server (server/) and the
// browser pages alike: what each request sends, what the server streams back, and the journal of
// events the class's state is rebuilt from. Vue-free and Node-free, so a page can bundle it.
//
// The state is event-sourced: `reduce(state, event)` is a pure function, the server appends every
// accepted event to a JSON Lines journal, and replaying the journal rebuilds the same state.
import type { Bank, Question, QuestionOf } from './types'
import * as v from 'valibot'
import { responseText } from './answer-text'
import { grade, parseResponse } from './grade'
import { assertNever, describeValue, isRecord } from './guards'
import { RESPONSE_SCHEMAS } from './schema'

/** The kinds of question a live quiz asks: the ones a phone answers with a tap. */
export const LIVE_KINDS = ['single', 'multiple', 'true-false'] as const

/** The kind of a live question. */
export type LiveKind = typeof LIVE_KINDS[number]

/** A question of the bank that can be asked live. */
export type LiveQuestion = QuestionOf<LiveKind>

/** Whether a question of the bank can be asked live (single, multiple or true-false). */
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

/** The teacher actions, each `POST /api/teacher/<action>` with a {@link TeacherRequest}. */
export const TEACHER_ACTIONS = ['open', 'close', 'reveal', 'reset'] as const

/** A teacher action on one question. */
export type TeacherAction = typeof TEACHER_ACTIONS[number]

/** The name of the server-sent event that carries a state snapshot (`event: state`). */
export const STATE_EVENT = 'state'

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** "must be a string, not number": the message for a value of the wrong type. */
function mustBe(what: string) {
  return (issue: v.BaseIssue<unknown>): string => `must be ${what}, not ${describeValue(issue.input)}`
}

/** "is missing" for a missing field, else "must be an object, not …". */
function objectMessage(issue: v.BaseIssue<unknown>): string {
  return issue.path ? 'is missing' : mustBe('a JSON object')(issue)
}

/** A request body or query: a JSON object (not an array, not null) with these entries; other keys are ignored. */
function request<const TEntries extends v.ObjectEntries>(entries: TEntries) {
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

const IdSchema = v.pipe(v.string(mustBe('a string')), v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`))

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
  /** The options in the bank's order; a true-false question has `true` (True) and `false` (False). */
  options: v.array(PublicOptionSchema),
})

/** A live question as a phone shows it, without its answer. */
export type PublicQuestion = v.InferOutput<typeof PublicQuestionSchema>

/** The option ids of a true-false question, as answers and counts name them. */
export const TRUE_FALSE_OPTIONS = [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] as const

/** The question without whether any option is right: what is sent to phones and the projector. */
export function publicQuestion(question: LiveQuestion): PublicQuestion {
  const options = question.kind === 'true-false'
    ? TRUE_FALSE_OPTIONS.map(o => ({ ...o }))
    : question.options.map(o => ({ id: o.id, text: o.text }))
  return { id: question.id, kind: question.kind, prompt: question.prompt, options }
}

/** The ids of the right options: for a true-false question, `"true"` or `"false"`. */
export function rightOptionIds(question: LiveQuestion): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.filter(o => o.correct).map(o => o.id)
    case 'true-false':
      return [String(question.answer)]
    default:
      return assertNever(question)
  }
}

/** A response to a live question: a single option, several options, or true/false. */
export const LiveResponseSchema = v.variant(
  'kind',
  [RESPONSE_SCHEMAS.single, RESPONSE_SCHEMAS.multiple, RESPONSE_SCHEMAS['true-false']],
  issue => `has an unknown kind ${describeValue(issue.input)}; expected "single", "multiple" or "true-false"`,
)

/** A response to a live question. */
export type LiveResponse = v.InferOutput<typeof LiveResponseSchema>

/** The option ids a response chooses (`["true"]` for a true-false answer of true). */
export function chosenOptionIds(response: LiveResponse): readonly string[] {
  switch (response.kind) {
    case 'single': return [response.optionId]
    case 'multiple': return response.optionIds
    case 'true-false': return [String(response.value)]
    default: return assertNever(response)
  }
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

// Line breaks, control characters and lone surrogates; a nickname is one line of text. (Format
// characters such as the zero-width joiner are allowed: emoji are built with them.)
const NOT_TEXT = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}]/u

/** Whether a nickname is acceptable once trimmed: at most 24 characters of plain one-line text. */
export function isNickname(text: string): boolean {
  return [...text].length <= NICKNAME_MAX_LENGTH && !NOT_TEXT.test(text) && text === text.trim()
}

const NicknameSchema = v.pipe(
  v.string(mustBe('a string')),
  v.trim(),
  v.check(text => [...text].length <= NICKNAME_MAX_LENGTH, `must be at most ${NICKNAME_MAX_LENGTH} characters`),
  v.check(text => !NOT_TEXT.test(text), 'must be one line of text, without control characters'),
  v.normalize('NFC'),
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

/** `POST /api/teacher/session`: the teacher code, to make this browser the teacher's. */
export const TeacherSessionRequestSchema = request({ code: IdSchema })

/** `POST /api/teacher/session`'s body. */
export type TeacherSessionRequest = v.InferOutput<typeof TeacherSessionRequestSchema>

/** `GET /api/events?token=…`: a student's token, in the query because `EventSource` cannot send headers. */
export const StudentEventsQuerySchema = request({ token: IdSchema })

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

// ---------------------------------------------------------------------------------------------
// The journal
// ---------------------------------------------------------------------------------------------

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

/** One live question's phase and its current answers, by student id. */
export interface QuestionRecord {
  readonly phase: Phase
  readonly answers: ReadonlyMap<string, LiveResponse>
}

/** The class at one moment: a pure function of the events so far. Never mutated; `reduce` makes a new one. */
export interface LiveState {
  /** The live questions of the bank, by id, in the bank's order. */
  readonly questions: ReadonlyMap<string, LiveQuestion>
  /** Students by id, in joining order. */
  readonly students: ReadonlyMap<string, LiveStudent>
  /** Student ids by the SHA-256 of their token. */
  readonly byTokenHash: ReadonlyMap<string, string>
  /** Questions that have been acted on, by id; a question not listed is waiting with no answers. */
  readonly records: ReadonlyMap<string, QuestionRecord>
  /** The question on screen: the one last opened, or the one last acted on while none is open. */
  readonly current: string | undefined
  /** How many answers have been accepted, changes included. */
  readonly answerEvents: number
  /** When the first and the latest event were accepted. */
  readonly firstAt: string | undefined
  readonly lastAt: string | undefined
}

/** A class before its first event: the bank's live questions, no student. */
export function initialState(bank: Bank): LiveState {
  return {
    questions: new Map(bank.filter(isLiveQuestion).map(q => [q.id, q])),
    students: new Map(),
    byTokenHash: new Map(),
    records: new Map(),
    current: undefined,
    answerEvents: 0,
    firstAt: undefined,
    lastAt: undefined,
  }
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

/** An event that breaks a rule, and the sentence that says which. */
export interface Refusal {
  readonly code: RefusalCode
  readonly message: string
}

const EMPTY_RECORD: QuestionRecord = { phase: 'waiting', answers: new Map() }

/** A question's phase and answers; waiting with none if it has not been acted on. */
export function recordOf(state: LiveState, questionId: string): QuestionRecord {
  return state.records.get(questionId) ?? EMPTY_RECORD
}

/** The question that is taking answers, if any: at most one is. */
export function openQuestionId(state: LiveState): string | undefined {
  for (const [id, record] of state.records) {
    if (record.phase === 'open')
      return id
  }
  return undefined
}

const NOT_OPEN_BECAUSE: Record<Exclude<Phase, 'open'>, string> = {
  waiting: 'has not been opened yet',
  closed: 'is closed',
  revealed: 'is closed and its answer revealed',
}

function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message }
}

/**
 * Whether an event may be applied to the state, and if not, why. The rules:
 * - a join brings a new student id and token, and a nickname of at most 24 characters;
 * - an answer comes from a known student, to a live question that is open, and fits it
 *   (`parseResponse`: its kind, option ids that belong to it, at least one option chosen);
 * - open needs a question not revealed (reset it to ask it again); close and reveal need one
 *   that has been opened; reset takes any live question.
 */
export function check(state: LiveState, event: LiveEvent): Refusal | undefined {
  switch (event.type) {
    case 'join':
      if (state.students.has(event.studentId) || state.byTokenHash.has(event.tokenHash))
        return refuse('bad-join', 'this student has already joined')
      if (!isNickname(event.nickname))
        return refuse('bad-join', `the nickname must be one line of at most ${NICKNAME_MAX_LENGTH} characters`)
      return undefined
    case 'answer': {
      if (!state.students.has(event.studentId))
        return refuse('unknown-student', 'this student has not joined the class')
      const question = state.questions.get(event.questionId)
      if (!question)
        return refuse('unknown-question', `there is no live question ${describeValue(event.questionId)}`)
      const { phase } = recordOf(state, question.id)
      if (phase !== 'open')
        return refuse('not-open', `the question ${describeValue(question.id)} ${NOT_OPEN_BECAUSE[phase]}; answers are not taken now`)
      return checkResponse(question, event.response)
    }
    case 'open':
    case 'close':
    case 'reveal':
    case 'reset': {
      if (!state.questions.has(event.questionId))
        return refuse('unknown-question', `there is no live question ${describeValue(event.questionId)}`)
      const { phase } = recordOf(state, event.questionId)
      if (event.type === 'open' && phase === 'revealed')
        return refuse('wrong-phase', `the answer to ${describeValue(event.questionId)} has been revealed; reset the question to ask it again`)
      if ((event.type === 'close' || event.type === 'reveal') && phase === 'waiting')
        return refuse('wrong-phase', `the question ${describeValue(event.questionId)} has not been opened yet`)
      return undefined
    }
    default:
      return assertNever(event)
  }
}

/**
 * A response checked against its question: the typed response, or why it is refused. Refuses a
 * response of another kind, option ids that are not the question's (or repeated), and a multiple
 * answer that chooses nothing.
 */
export function parseLiveResponse(question: LiveQuestion, value: unknown): { ok: true, value: LiveResponse } | { ok: false, refusal: Refusal } {
  const parsed = parseResponse(question, value)
  if (!parsed.ok)
    return { ok: false, refusal: refuse('bad-response', `this answer does not fit the question ${describeValue(question.id)}: ${parsed.error.message}`) }
  if (parsed.value.kind === 'multiple' && parsed.value.optionIds.length === 0)
    return { ok: false, refusal: refuse('bad-response', 'choose at least one option') }
  return { ok: true, value: parsed.value }
}

function checkResponse(question: LiveQuestion, value: unknown): Refusal | undefined {
  const parsed = parseLiveResponse(question, value)
  return parsed.ok ? undefined : parsed.refusal
}

function withRecord(state: LiveState, questionId: string, record: QuestionRecord): ReadonlyMap<string, QuestionRecord> {
  const records = new Map(state.records)
  records.set(questionId, record)
  return records
}

/**
 * The state after one event. Pure: the state passed in is not changed. An event that `check`
 * refuses leaves the state as it is (a journal edited by hand cannot break the rules).
 *
 * Opening a question closes the one that was open; revealing an open question closes it; reset
 * clears the question's answers and sets it back to waiting.
 */
export function reduce(state: LiveState, event: LiveEvent): LiveState {
  if (check(state, event))
    return state
  const times = { firstAt: state.firstAt ?? event.at, lastAt: event.at }
  switch (event.type) {
    case 'join': {
      const students = new Map(state.students)
      const student: LiveStudent = { studentId: event.studentId, tokenHash: event.tokenHash, nickname: event.nickname, number: state.students.size + 1 }
      students.set(student.studentId, student)
      const byTokenHash = new Map(state.byTokenHash)
      byTokenHash.set(event.tokenHash, event.studentId)
      return { ...state, ...times, students, byTokenHash }
    }
    case 'answer': {
      const record = recordOf(state, event.questionId)
      const answers = new Map(record.answers)
      answers.set(event.studentId, event.response)
      return { ...state, ...times, records: withRecord(state, event.questionId, { ...record, answers }), answerEvents: state.answerEvents + 1 }
    }
    case 'open': {
      const records = new Map(state.records)
      const open = openQuestionId(state)
      if (open !== undefined && open !== event.questionId)
        records.set(open, { ...recordOf(state, open), phase: 'closed' })
      records.set(event.questionId, { ...recordOf(state, event.questionId), phase: 'open' })
      return { ...state, ...times, records, current: event.questionId }
    }
    case 'close':
    case 'reveal':
    case 'reset': {
      const record = recordOf(state, event.questionId)
      // Closing a revealed question leaves it revealed; revealing an open one closes it.
      const phase: Phase = event.type === 'reveal' || record.phase === 'revealed' ? 'revealed' : 'closed'
      const next: QuestionRecord = event.type === 'reset' ? EMPTY_RECORD : { ...record, phase }
      const open = openQuestionId(state)
      // Acting on an earlier question while another is open leaves the open one on screen.
      const current = open !== undefined && open !== event.questionId ? state.current : event.questionId
      return { ...state, ...times, records: withRecord(state, event.questionId, next), current }
    }
    default:
      return assertNever(event)
  }
}

/** An event of a replayed journal that the rules refused, by its position (from 0). */
export interface ReplayRefusal {
  readonly index: number
  readonly refusal: Refusal
}

/** The state after every event in order, and the events that were refused (and skipped). */
export function replay(bank: Bank, events: readonly LiveEvent[]): { state: LiveState, refused: ReplayRefusal[] } {
  let state = initialState(bank)
  const refused: ReplayRefusal[] = []
  events.forEach((event, index) => {
    const refusal = check(state, event)
    if (refusal)
      refused.push({ index, refusal })
    else
      state = reduce(state, event)
  })
  return { state, refused }
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

/** A question's public form, computed once per question (the bank does not change while serving). */
const publicCache = new WeakMap<LiveQuestion, PublicQuestion>()

function shown(question: LiveQuestion): PublicQuestion {
  let cached = publicCache.get(question)
  if (!cached) {
    cached = publicQuestion(question)
    publicCache.set(question, cached)
  }
  return cached
}

/** The student's identity as their own screen shows it. */
export function identityOf(student: LiveStudent): StudentState['you'] {
  return { studentId: student.studentId, nickname: student.nickname, number: student.number }
}

/**
 * What one student's phone shows: the phase of the question on screen, the question (not while
 * waiting), their own answer, and after the reveal whether it was right. Undefined for an
 * unknown student.
 */
export function studentView(state: LiveState, studentId: string): StudentState | undefined {
  const student = state.students.get(studentId)
  if (!student)
    return undefined
  const you = identityOf(student)
  const question = state.current === undefined ? undefined : state.questions.get(state.current)
  if (!question)
    return { phase: 'waiting', you }
  const record = recordOf(state, question.id)
  if (record.phase === 'waiting')
    return { phase: 'waiting', you }
  const answer = record.answers.get(studentId)
  const view: StudentState = { phase: record.phase, question: shown(question), you }
  if (answer)
    view.answer = answer
  if (record.phase === 'revealed') {
    view.result = {
      correct: answer ? isCorrect(question, answer).correct : false,
      rightOptionIds: rightOptionIds(question),
      explanation: question.explanation,
    }
  }
  return view
}

/** Answers per option id of a question, every option listed. */
export function countAnswers(question: LiveQuestion, answers: ReadonlyMap<string, LiveResponse>): Record<string, number> {
  const counts: Record<string, number> = Object.create(null) as Record<string, number>
  for (const option of shown(question).options)
    counts[option.id] = 0
  for (const response of answers.values()) {
    for (const id of chosenOptionIds(response)) {
      if (counts[id] !== undefined)
        counts[id] += 1
    }
  }
  return { ...counts }
}

/**
 * What the projector shows: the question on screen, answers per option and how many answered,
 * how many joined, and the right options only after the reveal. Holds nobody's answer in
 * particular, so it needs no code. `joinUrl` is the server's setting, not part of the events.
 */
export function projectorView(state: LiveState, joinUrl: string): ProjectorState {
  const question = state.current === undefined ? undefined : state.questions.get(state.current)
  if (!question)
    return { phase: 'waiting', counts: {}, answered: 0, joined: state.students.size, joinUrl }
  const record = recordOf(state, question.id)
  const view: ProjectorState = {
    phase: record.phase,
    question: shown(question),
    counts: countAnswers(question, record.answers),
    answered: record.answers.size,
    joined: state.students.size,
    joinUrl,
  }
  if (record.phase === 'revealed')
    view.rightOptionIds = rightOptionIds(question)
  return view
}

function isCorrect(question: LiveQuestion, response: LiveResponse): { correct: boolean, score: number } {
  const graded = grade(question, response)
  return graded.ok ? { correct: graded.correct, score: graded.score } : { correct: false, score: 0 }
}

/**
 * The teacher's view after (or during) class: for every question asked (not waiting), in the
 * bank's order, answers per option, how many answered and the share right; for every student,
 * in joining order, their name, answers, score and the points of the questions asked.
 */
export function teacherSummary(state: LiveState): TeacherSummary {
  const asked = [...state.questions.values()].filter(q => recordOf(state, q.id).phase !== 'waiting')
  const questions = asked.map((question) => {
    const record = recordOf(state, question.id)
    const counts = countAnswers(question, record.answers)
    const right = new Set(rightOptionIds(question))
    const correct = [...record.answers.values()].filter(r => isCorrect(question, r).correct).length
    return {
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      phase: record.phase,
      options: shown(question).options.map(o => ({ id: o.id, text: o.text, right: right.has(o.id), count: counts[o.id] ?? 0 })),
      answered: record.answers.size,
      correct,
      shareCorrect: record.answers.size === 0 ? null : correct / record.answers.size,
    }
  })
  const max = round2(asked.reduce((sum, q) => sum + q.points, 0))
  const students = Array.from(state.students.values(), (student) => {
    const answers: TeacherSummary['students'][number]['answers'] = {}
    for (const question of asked) {
      const response = recordOf(state, question.id).answers.get(student.studentId)
      if (response)
        answers[question.id] = { response, text: responseText(question, response), ...isCorrect(question, response) }
    }
    const given = Object.values(answers)
    return {
      studentId: student.studentId,
      number: student.number,
      name: studentName(student.nickname, student.number),
      answered: given.length,
      correct: given.filter(a => a.correct).length,
      score: round2(given.reduce((sum, a) => sum + a.score, 0)),
      max,
      answers,
    }
  })
  return { joined: state.students.size, questions, students }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
