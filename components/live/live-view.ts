// What the live quiz's pages and slides show, worked out from the server's states: Vue-free, so each
// rule is tested on its own (live-view.test.ts).
import type { LiveResponse, Phase, ProjectorState, PublicQuestion, StudentState } from '../../quiz/live/protocol'
import { safeParse } from 'valibot'
import { letter } from '../../quiz/letters'
import { chosenOptionIds, LiveResponseSchema } from '../../quiz/live/protocol'

/**
 * This slide's question as the projector should show it: its phase and answers when it is the
 * question on screen, else waiting with no answers (the teacher has not opened it, or has moved on
 * to another one and this slide is being shown again).
 */
export function boardFor(questionId: string, state: ProjectorState | undefined): Pick<ProjectorState, 'phase' | 'counts' | 'answered' | 'rightOptionIds'> & { onScreen: boolean } {
  if (state?.question?.id !== questionId)
    return { phase: 'waiting', counts: {}, answered: 0, onScreen: false }
  return { phase: state.phase, counts: state.counts, answered: state.answered, rightOptionIds: state.rightOptionIds, onScreen: true }
}

/** Whether two responses choose the same options (order aside). */
export function sameResponse(a: LiveResponse | undefined, b: LiveResponse | undefined): boolean {
  if (a === undefined || b === undefined)
    return a === b
  return a.kind === b.kind && JSON.stringify(chosenIds(a)) === JSON.stringify(chosenIds(b))
}

/** The options a response chooses, as option ids, sorted; none without a response. */
export function chosenIds(response: LiveResponse | undefined): string[] {
  return response === undefined ? [] : [...chosenOptionIds(response)].sort()
}

/** The answer in words: "B · Inke", "A · WeChat, C · Xiaomi", "True". */
export function answerWords(question: PublicQuestion, response: LiveResponse | undefined): string {
  const ids = chosenIds(response)
  const words = question.options
    .map((option, i) => ({ option, letter: letter(i) }))
    .filter(({ option }) => ids.includes(option.id))
    .map(({ option, letter }) => (question.kind === 'true-false' ? option.text : `${letter} · ${option.text}`))
  return words.length === 0 ? 'no answer' : words.join(', ')
}

/** An answer not yet received by the server: kept on the phone, sent again when the connection is back. */
export interface PendingAnswer {
  readonly questionId: string
  readonly response: LiveResponse
}

/** Where the phone keeps its identity and an unsent answer (localStorage). */
export const LIVE_STORAGE_KEYS = {
  token: 'chinese-tech-lesson:live:token',
  pending: 'chinese-tech-lesson:live:pending',
} as const

/** A saved pending answer, or undefined when there is none or it is damaged (then it is dropped). */
export function parsePending(text: string | null): PendingAnswer | undefined {
  if (text === null)
    return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || typeof (value as { questionId?: unknown }).questionId !== 'string')
    return undefined
  const response = safeParse(LiveResponseSchema, (value as { response?: unknown }).response)
  return response.success ? { questionId: (value as { questionId: string }).questionId, response: response.output } : undefined
}

/** What became of an answer sent while the connection was down, now that the state is known again. */
export type PendingOutcome = 'send' | 'received' | 'missed'

/**
 * Decides about a pending answer from the student's current state, which is the server's word: it
 * already has the answer (`received`), the question is still open (`send` it again), or the
 * question is no longer taking answers (`missed`: the student is told it was not received).
 */
export function pendingOutcome(pending: PendingAnswer, state: StudentState): PendingOutcome {
  if (state.question?.id !== pending.questionId)
    return 'missed'
  if (sameResponse(state.answer, pending.response))
    return 'received'
  return state.phase === 'open' ? 'send' : 'missed'
}

/** The words for a student's result after the reveal, in text (a tick or cross is only decoration). */
export function verdictWords(state: StudentState): { mark: string, words: string, tone: 'correct' | 'wrong' | 'none' } {
  if (state.answer === undefined)
    return { mark: '–', words: 'You did not answer this one.', tone: 'none' }
  return state.result?.correct
    ? { mark: '✓', words: 'Right!', tone: 'correct' }
    : { mark: '✗', words: 'Not this time.', tone: 'wrong' }
}

/** The heading of the student's screen in each phase. */
export const STUDENT_HEADINGS: Readonly<Record<Phase, string>> = {
  waiting: 'Waiting for the teacher',
  open: 'Answer now',
  closed: 'Answers are closed',
  revealed: 'The answer',
}
