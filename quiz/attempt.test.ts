import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { scoreAttempt } from './attempt'
import { bank } from './bank'
import { correctResponse } from './grade'

const quiz = [fixtures.single, fixtures.multiple, fixtures.trueFalse, fixtures.ordering]

describe('scoreAttempt', () => {
  it('adds up a perfect attempt to 100%', () => {
    const responses = Object.fromEntries(bank.map(q => [q.id, correctResponse(q)]))
    const result = scoreAttempt(bank, responses)
    expect(result.total).toBe(result.max)
    expect(result.percentage).toBe(100)
    expect(result.byPart.every(p => p.percentage === 100 && p.correct === p.questions)).toBe(true)
    expect(result.errors).toEqual([])
  })

  it('scores each part, so a teacher sees which part the class missed', () => {
    const result = scoreAttempt(quiz, {
      'fx-single': { kind: 'single', optionId: 'baidu' },
      'fx-multiple': { kind: 'multiple', optionIds: ['wechat', 'xiaomi'] },
      'fx-true-false': { kind: 'true-false', value: false },
      'fx-ordering': { kind: 'ordering', order: ['e', 'd', 'c', 'b', 'a'] },
    })
    expect(result.total).toBe(3)
    expect(result.max).toBe(9)
    expect(result.percentage).toBe(33.3)
    expect(result.byPart).toEqual([
      { part: 'part-1', score: 3, max: 4, percentage: 75, correct: 1, questions: 2 },
      { part: 'part-2', score: 0, max: 4, percentage: 0, correct: 0, questions: 1 },
      { part: 'part-3', score: 0, max: 1, percentage: 0, correct: 0, questions: 1 },
    ])
    expect(result.outcomes.map(o => o.status)).toEqual(['correct', 'partial', 'wrong', 'wrong'])
  })

  it('counts a missing answer as unanswered and a malformed one as invalid, and lists stray answers', () => {
    const result = scoreAttempt(quiz, {
      'fx-single': { kind: 'true-false', value: true },
      'not-a-question': { kind: 'short', text: 'x' },
    })
    expect(result.outcomes.map(o => o.status)).toEqual(['invalid', 'unanswered', 'unanswered', 'unanswered'])
    expect(result.errors).toEqual([expect.objectContaining({ questionId: 'fx-single', code: 'wrong-kind' })])
    expect(result.unknownIds).toEqual(['not-a-question'])
    expect(result.total).toBe(0)
  })

  it('gives 0% for an empty bank instead of dividing by zero', () => {
    expect(scoreAttempt([], {})).toMatchObject({ total: 0, max: 0, percentage: 0, byPart: [] })
  })

  it('always lands between 0 and the maximum, overall and per part', () => {
    const response = fc.oneof(
      fc.record({ kind: fc.constant('single' as const), optionId: fc.constantFrom('baidu', 'yahoo', 'sohu', 'nope') }),
      fc.record({ kind: fc.constant('multiple' as const), optionIds: fc.subarray(['wechat', 'xiaomi', 'wifi', 'taobao', 'baidu']) }),
      fc.record({ kind: fc.constant('true-false' as const), value: fc.boolean() }),
      fc.record({ kind: fc.constant('ordering' as const), order: fc.shuffledSubarray(['a', 'b', 'c', 'd', 'e'], { minLength: 5 }) }),
    )
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...quiz.map(q => q.id)), response), (responses) => {
      const result = scoreAttempt(quiz, responses)
      expect(result.total).toBeGreaterThanOrEqual(0)
      expect(result.total).toBeLessThanOrEqual(result.max)
      for (const part of result.byPart)
        expect(part.score).toBeLessThanOrEqual(part.max)
      expect(result.byPart.reduce((s, p) => s + p.score, 0)).toBeCloseTo(result.total, 5)
    }))
  })
})
