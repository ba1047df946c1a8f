import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { bank } from './bank'
import { correctResponse } from './grade'
import { KINDS, QUESTION_KINDS, ResponseSchema } from './kinds'

describe('the response schema', () => {
  it('accepts the right response to every shipped question, as sent over HTTP', () => {
    for (const question of bank)
      expect(v.safeParse(ResponseSchema, JSON.parse(JSON.stringify(correctResponse(question)))).success, question.id).toBe(true)
  })

  it.each<[string, unknown, string]>([
    ['a kind that is a name on every object', { kind: 'constructor' }, 'unknown kind "constructor"'],
    ['a stray field', { kind: 'short', text: 'x', score: 1 }, 'is not a field of the response'],
    ['a missing field', { kind: 'true-false' }, 'is missing'],
    ['an array for the matches', { kind: 'matching', matches: [] }, 'must be an object, not an array'],
  ])('rejects %s', (_, value, message) => {
    const result = v.safeParse(ResponseSchema, value)
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe(message)
  })
})

describe('the question schemas', () => {
  it('has a schema for every kind, which reads every shipped question of that kind', () => {
    expect(Object.keys(KINDS)).toEqual([...QUESTION_KINDS])
    for (const question of bank)
      expect(v.safeParse(KINDS[question.kind].question, question).success, question.id).toBe(true)
  })
})
