// The live class's state, event-sourced: every accepted event is appended to a JSON Lines journal
// (server/journal.ts), and `reduce(state, event)`, a pure function, rebuilds the class from it; the
// server and the tests replay a journal with the same `replay`.
//
// The state's maps are persistent: `reduce` returns a new state that shares all but the few entries
// an event changes, while every earlier state stays as it was. The indexes that grow with the class
// (students, tokens, nicknames) are `VersionedMap`s, so a join costs the same in a class of 30 or of
// 10,000 (the benchmark measures it); the rest is Immutable.js.
import type { Bank } from '../types'
import type { LiveEvent, LiveState, LiveStudent, QuestionRecord, Refusal, RefusalCode } from './events'
import type { LiveQuestion, LiveResponse, Phase } from './protocol'
import { List as PList, Map as PMap } from 'immutable'
import { parseResponse } from '../grade'
import { assertNever, describeValue } from '../guards'
import { isLiveQuestion, isNickname, NICKNAME_MAX_LENGTH, nicknameKey } from './protocol'
import { applyQuizEvent, checkQuizEvent, isQuizEvent } from './quiz-state'
import { VersionedMap } from './versioned'

export { LiveEventSchema } from './events'
export type { LiveEvent, LiveState, LiveStudent, QuestionRecord, Refusal, RefusalCode } from './events'

/**
 * A class before its first event: the live questions (those of `bank` a phone answers with a tap),
 * the full quiz's questions (`quiz`), no student.
 */
export function initialState(bank: Bank, quiz: Bank = []): LiveState {
  return {
    questions: new Map(bank.filter(isLiveQuestion).map(q => [q.id, q])),
    quiz: new Map(quiz.map(q => [q.id, q])),
    attempts: PMap(),
    marks: PMap(),
    feedbackPolicy: 'after-hand-in',
    releasedAt: undefined,
    students: VersionedMap.of(),
    joined: 0,
    byTokenHash: VersionedMap.of(),
    nicknames: VersionedMap.of(),
    records: PMap(),
    current: undefined,
    answerEvents: 0,
    firstAt: undefined,
    lastAt: undefined,
  }
}

const EMPTY_RECORD: QuestionRecord = { phase: 'waiting', answers: PMap(), earlier: PList() }

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
  if (isQuizEvent(event))
    return checkQuizEvent(state, event)
  switch (event.type) {
    case 'join':
      if (state.students.has(event.studentId) || state.byTokenHash.has(event.tokenHash))
        return refuse('bad-join', 'this student has already joined')
      if (!isNickname(event.nickname))
        return refuse('bad-join', `the nickname must be one line of at most ${NICKNAME_MAX_LENGTH} characters`)
      return undefined
    case 'remove':
      return state.students.has(event.studentId) ? undefined : refuse('no-such-student', `this class has no student ${describeValue(event.studentId)}`)
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
    case 'reset':
    case 'undo-reset': {
      if (!state.questions.has(event.questionId))
        return refuse('unknown-question', `there is no live question ${describeValue(event.questionId)}`)
      const { phase, answers, earlier } = recordOf(state, event.questionId)
      if (event.type === 'undo-reset' && earlier.size === 0)
        return refuse('wrong-phase', `the question ${describeValue(event.questionId)} has not been reset: there is nothing to undo`)
      if (event.type === 'undo-reset' && (phase !== 'waiting' || answers.size > 0))
        return refuse('wrong-phase', `the question ${describeValue(event.questionId)} has been opened again since the reset; its earlier round stays in the results`)
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
  if (isQuizEvent(event))
    return { ...applyQuizEvent(state, event), ...times }
  switch (event.type) {
    case 'join': {
      const student: LiveStudent = { studentId: event.studentId, tokenHash: event.tokenHash, nickname: event.nickname, number: state.joined + 1 }
      return {
        ...state,
        ...times,
        students: state.students.set(student.studentId, student),
        joined: state.joined + 1,
        byTokenHash: state.byTokenHash.set(event.tokenHash, event.studentId),
        nicknames: event.nickname === '' ? state.nicknames : state.nicknames.set(nicknameKey(event.nickname), event.studentId),
      }
    }
    case 'answer': {
      const record = recordOf(state, event.questionId)
      const answers = record.answers.set(event.studentId, event.response)
      return { ...state, ...times, records: state.records.set(event.questionId, { ...record, answers }), answerEvents: state.answerEvents + 1 }
    }
    case 'remove': {
      const student = state.students.get(event.studentId)!
      const prefix = `${event.studentId}:`
      return {
        ...state,
        ...times,
        students: state.students.delete(event.studentId),
        byTokenHash: state.byTokenHash.delete(student.tokenHash),
        nicknames: student.nickname === '' ? state.nicknames : state.nicknames.delete(nicknameKey(student.nickname)),
        records: state.records.map(record => ({
          ...record,
          answers: record.answers.delete(event.studentId),
          earlier: record.earlier.map(round => ({ ...round, answers: round.answers.delete(event.studentId) })),
        })),
        attempts: state.attempts.delete(event.studentId),
        marks: state.marks.filterNot((_, key) => key.startsWith(prefix)),
      }
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
    case 'reset':
    case 'undo-reset': {
      const record = recordOf(state, event.questionId)
      // Closing a revealed question leaves it revealed; revealing an open one closes it.
      const phase: Phase = event.type === 'reveal' || record.phase === 'revealed' ? 'revealed' : 'closed'
      const next = event.type === 'reset'
        ? resetRecord(record, event.at)
        : event.type === 'undo-reset' ? undoReset(record) : { ...record, phase }
      const open = openQuestionId(state)
      // Acting on an earlier question while another is open leaves the open one on screen.
      const current = open !== undefined && open !== event.questionId ? state.current : event.questionId
      return { ...state, ...times, records: state.records.set(event.questionId, next), current }
    }
    default:
      return assertNever(event)
  }
}

/** A reset: the round so far becomes an earlier round (unless nothing happened in it), and a new one starts. */
function resetRecord(record: QuestionRecord, at: string): QuestionRecord {
  if (record.phase === 'waiting' && record.answers.size === 0)
    return record
  return { phase: 'waiting', answers: PMap(), earlier: record.earlier.push({ phase: record.phase, answers: record.answers, resetAt: at }) }
}

/** The reset taken back: the last earlier round is the current one again, as it was. */
function undoReset(record: QuestionRecord): QuestionRecord {
  const last = record.earlier.last()
  return last === undefined ? record : { phase: last.phase, answers: last.answers, earlier: record.earlier.pop() }
}

/** An event of a replayed journal that the rules refused, by its position (from 0). */
export interface ReplayRefusal {
  readonly index: number
  readonly refusal: Refusal
}

/** The state after every event in order, and the events that were refused (and skipped). */
export function replay(bank: Bank, events: readonly LiveEvent[], quiz: Bank = []): { state: LiveState, refused: ReplayRefusal[] } {
  let state = initialState(bank, quiz)
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
