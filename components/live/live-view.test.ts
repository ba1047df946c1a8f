import type { ProjectorState, PublicQuestion, StudentState } from '../../quiz/live/protocol'
import { describe, expect, it } from 'vitest'
import { answerWords, boardFor, parsePending, pendingOutcome, sameResponse, verdictWords } from './live-view'

const single: PublicQuestion = { id: 'q1', kind: 'single', prompt: 'Which?', options: [{ id: 'a', text: 'Inke' }, { id: 'b', text: '17' }, { id: 'c', text: 'NOW' }] }
const multiple: PublicQuestion = { ...single, id: 'q2', kind: 'multiple' }
const trueFalse: PublicQuestion = { id: 'q3', kind: 'true-false', prompt: 'True?', options: [{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }] }
const you = { studentId: 's1', nickname: 'Li', number: 1 }

describe('sameResponse', () => {
  it('compares the options chosen, not their order', () => {
    expect(sameResponse({ kind: 'multiple', optionIds: ['a', 'c'] }, { kind: 'multiple', optionIds: ['c', 'a'] })).toBe(true)
    expect(sameResponse({ kind: 'single', optionId: 'a' }, { kind: 'single', optionId: 'b' })).toBe(false)
    expect(sameResponse(undefined, undefined)).toBe(true)
    expect(sameResponse({ kind: 'true-false', value: true }, undefined)).toBe(false)
  })
})

describe('answerWords', () => {
  it('says the answer with its letter, as the slide letters it', () => {
    expect(answerWords(single, { kind: 'single', optionId: 'b' })).toBe('B · 17')
    expect(answerWords(multiple, { kind: 'multiple', optionIds: ['c', 'a'] })).toBe('A · Inke, C · NOW')
    expect(answerWords(trueFalse, { kind: 'true-false', value: true })).toBe('True')
    expect(answerWords(single, undefined)).toBe('no answer')
  })
})

describe('pendingOutcome', () => {
  const pending = { questionId: 'q1', response: { kind: 'single', optionId: 'a' } } as const
  const open: StudentState = { phase: 'open', question: single, you }

  it('sends an answer kept offline while its question is still open', () => {
    expect(pendingOutcome(pending, open)).toBe('send')
  })

  it('knows the server has it when the state shows that answer', () => {
    expect(pendingOutcome(pending, { ...open, answer: { kind: 'single', optionId: 'a' } })).toBe('received')
  })

  it('tells the student it came too late once the question closed, moved on or was reset', () => {
    expect(pendingOutcome(pending, { ...open, phase: 'closed' })).toBe('missed')
    expect(pendingOutcome(pending, { ...open, phase: 'revealed' })).toBe('missed')
    expect(pendingOutcome(pending, { phase: 'open', question: multiple, you })).toBe('missed')
    expect(pendingOutcome(pending, { phase: 'waiting', you })).toBe('missed')
  })
})

describe('parsePending', () => {
  it('reads a saved answer, and drops a damaged one', () => {
    expect(parsePending('{"questionId":"q1","response":{"kind":"single","optionId":"a"}}')).toEqual({ questionId: 'q1', response: { kind: 'single', optionId: 'a' } })
    expect(parsePending(null)).toBeUndefined()
    expect(parsePending('{"questionId":"q1"')).toBeUndefined()
    expect(parsePending('{"questionId":"q1","response":{"kind":"essay"}}')).toBeUndefined()
    expect(parsePending('[]')).toBeUndefined()
  })
})

describe('boardFor', () => {
  const state: ProjectorState = { phase: 'revealed', question: single, counts: { a: 2, b: 1, c: 0 }, answered: 3, joined: 4, rightOptionIds: ['a'], joinUrl: 'http://x/join' }

  it('shows the answers and phase of the question on screen', () => {
    expect(boardFor('q1', state)).toEqual({ phase: 'revealed', counts: state.counts, answered: 3, rightOptionIds: ['a'], onScreen: true })
  })

  it('shows another slide\'s question as not open, with no answers and no right option', () => {
    expect(boardFor('q2', state)).toEqual({ phase: 'waiting', counts: {}, answered: 0, onScreen: false })
    expect(boardFor('q1', undefined)).toEqual({ phase: 'waiting', counts: {}, answered: 0, onScreen: false })
  })
})

describe('verdictWords', () => {
  it('says right, not right, or not answered in words', () => {
    const revealed: StudentState = { phase: 'revealed', question: single, you, result: { correct: true, rightOptionIds: ['a'], explanation: 'Because.' } }
    expect(verdictWords({ ...revealed, answer: { kind: 'single', optionId: 'a' } }).words).toBe('Right!')
    expect(verdictWords({ ...revealed, answer: { kind: 'single', optionId: 'b' }, result: { ...revealed.result!, correct: false } }).words).toBe('Not this time.')
    expect(verdictWords(revealed).words).toBe('You did not answer this one.')
  })
})
