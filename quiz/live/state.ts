// The live class's state, event-sourced: every accepted event is appended to a JSON Lines journal
// (server/journal.ts), and `reduce(state, event)`, a pure function, rebuilds the class from it; the
// server and the tests replay a journal with the same `replay`.
//
// The state's maps are persistent (Immutable.js): `reduce` returns a new state that shares all but
// the few entries an event changes, so an event costs the same in a class of 30 or of 10,000
// (the benchmark measures it), while every earlier state stays as it was.
import type { Bank } from '../types'
import type { LiveQuestion, LiveResponse, Phase } from './protocol'
import { Map as PMap } from 'immutable'
import * as v from 'valibot'
import { parseResponse } from '../grade'
import { assertNever, describeValue } from '../guards'
import { IdSchema, isLiveQuestion, isNickname, LiveResponseSchema, mustBe, NICKNAME_MAX_LENGTH } from './protocol'

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
  readonly answers: PMap<string, LiveResponse>
}

/** The class at one moment: a pure function of the events so far. Never mutated; `reduce` makes a new one. */
export interface LiveState {
  /** The live questions of the bank, by id, in the bank's order. */
  readonly questions: ReadonlyMap<string, LiveQuestion>
  /** Students by id, in joining order. */
  readonly students: PMap<string, LiveStudent>
  /** Student ids by the SHA-256 of their token. */
  readonly byTokenHash: PMap<string, string>
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

/** A class before its first event: the bank's live questions, no student. */
export function initialState(bank: Bank): LiveState {
  return {
    questions: new Map(bank.filter(isLiveQuestion).map(q => [q.id, q])),
    students: PMap(),
    byTokenHash: PMap(),
    records: PMap(),
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

const EMPTY_RECORD: QuestionRecord = { phase: 'waiting', answers: PMap() }

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
      const student: LiveStudent = { studentId: event.studentId, tokenHash: event.tokenHash, nickname: event.nickname, number: state.students.size + 1 }
      return {
        ...state,
        ...times,
        students: state.students.set(student.studentId, student),
        byTokenHash: state.byTokenHash.set(event.tokenHash, event.studentId),
      }
    }
    case 'answer': {
      const record = recordOf(state, event.questionId)
      const answers = record.answers.set(event.studentId, event.response)
      return { ...state, ...times, records: state.records.set(event.questionId, { ...record, answers }), answerEvents: state.answerEvents + 1 }
    }
    case 'open': {
      const open = openQuestionId(state)
      const records = state.records.withMutations((r) => {
        if (open !== undefined && open !== event.questionId)
          r.set(open, { ...recordOf(state, open), phase: 'closed' })
        r.set(event.questionId, { ...recordOf(state, event.questionId), phase: 'open' })
      })
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
      return { ...state, ...times, records: state.records.set(event.questionId, next), current }
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
