import type { Graded } from './grade'
import type { Question, QuizResponse } from './types'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bank } from './bank'
import { correctResponse, grade, parseResponse } from './grade'
import { normalizeAnswer } from './text'

const { single, multiple, trueFalse, matching, ordering, short } = fixtures

function graded(question: Question, response: QuizResponse): Graded {
  const result = grade(question, response)
  if (!result.ok)
    throw new Error(`expected a grade, got ${result.error.code}: ${result.error.message}`)
  return result
}

describe('grade', () => {
  it.each<[string, Question, QuizResponse, boolean, number]>([
    ['single: the right option', single, { kind: 'single', optionId: 'baidu' }, true, 1],
    ['single: a wrong option', single, { kind: 'single', optionId: 'yahoo' }, false, 0],
    ['multiple: every right option and nothing else', multiple, { kind: 'multiple', optionIds: ['wechat', 'xiaomi', 'wifi'] }, true, 3],
    ['multiple: two of three right options', multiple, { kind: 'multiple', optionIds: ['wechat', 'xiaomi'] }, false, 2],
    ['multiple: three right and one wrong', multiple, { kind: 'multiple', optionIds: ['wechat', 'xiaomi', 'wifi', 'taobao'] }, false, 2],
    ['multiple: one right and two wrong, floored at 0', multiple, { kind: 'multiple', optionIds: ['wechat', 'taobao', 'baidu'] }, false, 0],
    ['multiple: every option', multiple, { kind: 'multiple', optionIds: ['wechat', 'xiaomi', 'wifi', 'taobao', 'baidu'] }, false, 1],
    ['multiple: nothing chosen', multiple, { kind: 'multiple', optionIds: [] }, false, 0],
    ['true-false: right', trueFalse, { kind: 'true-false', value: true }, true, 1],
    ['true-false: wrong', trueFalse, { kind: 'true-false', value: false }, false, 0],
    ['matching: every pair', matching, { kind: 'matching', matches: { google: 'google', ebay: 'ebay', msn: 'msn', mcafee: 'mcafee' } }, true, 2],
    ['matching: half the pairs', matching, { kind: 'matching', matches: { google: 'google', ebay: 'ebay', msn: 'mcafee', mcafee: 'msn' } }, false, 1],
    ['matching: one pair given, the rest left out', matching, { kind: 'matching', matches: { google: 'google' } }, false, 0.5],
    ['matching: nothing matched', matching, { kind: 'matching', matches: {} }, false, 0],
    ['ordering: the right order', ordering, { kind: 'ordering', order: ['a', 'b', 'c', 'd', 'e'] }, true, 4],
    ['ordering: one neighbouring swap breaks one pair of four', ordering, { kind: 'ordering', order: ['a', 'b', 'd', 'c', 'e'] }, false, 3],
    ['ordering: the first item moved to the end', ordering, { kind: 'ordering', order: ['b', 'c', 'd', 'e', 'a'] }, false, 3],
    ['ordering: the reverse order', ordering, { kind: 'ordering', order: ['e', 'd', 'c', 'b', 'a'] }, false, 0],
    ['short: an accepted answer', short, { kind: 'short', text: 'demographic dividend' }, true, 1],
    ['short: case, spacing and punctuation ignored', short, { kind: 'short', text: '  Demographic-Dividend! ' }, true, 1],
    ['short: pinyin without tone marks', short, { kind: 'short', text: 'renkou hongli' }, true, 1],
    ['short: a wrong answer', short, { kind: 'short', text: 'population bonus' }, false, 0],
    ['short: an empty answer', short, { kind: 'short', text: '   ' }, false, 0],
  ])('%s', (_, question, response, correct, score) => {
    const result = graded(question, response)
    expect(result.correct).toBe(correct)
    expect(result.score).toBe(score)
    expect(result.max).toBe(question.points)
  })

  it.each<[string, Question, unknown, string]>([
    ['a response for another kind', single, { kind: 'multiple', optionIds: ['baidu'] }, 'wrong-kind'],
    ['a response without a kind', trueFalse, { value: true }, 'wrong-kind'],
    ['a response that is not an object', single, 'baidu', 'malformed'],
    ['a null response', short, null, 'malformed'],
    ['single: an unknown option', single, { kind: 'single', optionId: 'google' }, 'unknown-id'],
    ['single: an option given by position', single, { kind: 'single', optionId: 0 }, 'malformed'],
    ['multiple: not an array', multiple, { kind: 'multiple', optionIds: 'wechat' }, 'malformed'],
    ['multiple: an unknown option', multiple, { kind: 'multiple', optionIds: ['wechat', 'weibo'] }, 'unknown-id'],
    ['multiple: an option twice', multiple, { kind: 'multiple', optionIds: ['wechat', 'wechat'] }, 'duplicate-id'],
    ['true-false: a string', trueFalse, { kind: 'true-false', value: 'true' }, 'malformed'],
    ['matching: an array', matching, { kind: 'matching', matches: ['google'] }, 'malformed'],
    ['matching: an unknown left item', matching, { kind: 'matching', matches: { yahoo: 'google' } }, 'unknown-id'],
    ['matching: an unknown right item', matching, { kind: 'matching', matches: { google: 'yahoo' } }, 'unknown-id'],
    ['matching: a non-string value', matching, { kind: 'matching', matches: { google: 1 } }, 'malformed'],
    ['ordering: an unknown item', ordering, { kind: 'ordering', order: ['a', 'b', 'c', 'd', 'z'] }, 'unknown-id'],
    ['ordering: an item twice', ordering, { kind: 'ordering', order: ['a', 'a', 'b', 'c', 'd', 'e'] }, 'duplicate-id'],
    ['ordering: items left out', ordering, { kind: 'ordering', order: ['a', 'b'] }, 'incomplete'],
    ['short: a number', short, { kind: 'short', text: 42 }, 'malformed'],
    ['a field a response does not have', single, { kind: 'single', optionId: 'baidu', points: 100 }, 'malformed'],
    ['matching: an empty array', matching, { kind: 'matching', matches: [] }, 'malformed'],
    ['a kind that is a name on every object', single, { kind: 'constructor', optionId: 'baidu' }, 'wrong-kind'],
  ])('reports %s as an error, not a zero', (_, question, response, code) => {
    const result = grade(question, response)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe(code)
      expect(result.error.questionId).toBe(question.id)
      expect(result.error.message).not.toBe('')
    }
  })

  it('returns the feedback of the chosen options, in the order chosen', () => {
    const result = graded(multiple, { kind: 'multiple', optionIds: ['taobao', 'wechat'] })
    expect(result.feedback.slice(0, 2)).toEqual(['A local winner.', 'Yes, 2011.'])
  })

  it('returns the feedback for the answer given in true-false and short questions', () => {
    expect(graded(trueFalse, { kind: 'true-false', value: false }).feedback).toEqual(['No: about 57% vs 7.7%.'])
    expect(graded(short, { kind: 'short', text: 'no idea' }).feedback).toEqual(['It is the demographic dividend.'])
    expect(graded(short, { kind: 'short', text: 'Demographic dividend' }).feedback).toEqual(['Yes.'])
  })

  it('tells the student how many pairs were right', () => {
    expect(graded(matching, { kind: 'matching', matches: { google: 'google', ebay: 'msn' } }).feedback).toEqual(['1 of 4 pairs right'])
  })

  it('gives full marks to the right answer of every shipped question marked automatically', () => {
    for (const question of bank.filter(q => q.kind !== 'open')) {
      const result = graded(question, correctResponse(question))
      expect({ id: question.id, correct: result.correct, score: result.score }).toEqual({ id: question.id, correct: true, score: question.points })
    }
  })
})

describe('an open answer', () => {
  it('is left to the teacher: no points yet, and says so', () => {
    const result = graded(fixtures.open, { kind: 'open', text: 'The 2021 fine of Alibaba.' })
    expect(result).toMatchObject({ markedBy: 'teacher', correct: false, score: 0, max: 3, feedback: ['Your teacher marks this answer.'] })
  })

  it('is marked automatically for every other kind', () => {
    expect(graded(fixtures.short, { kind: 'short', text: 'demographic dividend' }).markedBy).toBe('auto')
  })
})

describe('parseResponse', () => {
  it('gives back a response that fits its question, typed by the question\'s kind', () => {
    const parsed = parseResponse(matching, JSON.parse('{ "kind": "matching", "matches": { "google": "ebay" } }'))
    expect(parsed).toEqual({ ok: true, value: { kind: 'matching', matches: { google: 'ebay' } } })
  })

  it.each<[string, Question, unknown, string, RegExp]>([
    ['a field of the wrong type, naming it', single, { kind: 'single', optionId: 3 }, 'malformed', /optionId must be an option id, not number/],
    ['a missing field', multiple, { kind: 'multiple' }, 'malformed', /optionIds is missing/],
    ['a field it does not have', trueFalse, { kind: 'true-false', value: true, extra: 1 }, 'malformed', /extra is not a field of the response/],
    ['an id the question does not have, quoted', ordering, { kind: 'ordering', order: ['a', 'b', 'c', 'd', 'x'] }, 'unknown-id', /no item "x"/],
    ['a repeated id', multiple, { kind: 'multiple', optionIds: ['wifi', 'wifi'] }, 'duplicate-id', /option "wifi" is given twice/],
    ['the wrong kind, naming both', short, { kind: 'single', optionId: 'x' }, 'wrong-kind', /expected a "short" response, got "single"/],
  ])('rejects %s', (_, question, value, code, message) => {
    const parsed = parseResponse(question, value)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.code).toBe(code)
      expect(parsed.error.message).toMatch(message)
    }
  })

  it('shows what it echoes without control characters, cut short', () => {
    const parsed = parseResponse(single, { kind: 'single', optionId: `\u001B[2J${'x'.repeat(500)}` })
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.message).not.toMatch(/\p{Cc}/u)
      expect(parsed.error.message).toContain('\\u001b[2J')
      expect(parsed.error.message.length).toBeLessThan(120)
    }
  })

  it('drops a `__proto__` key rather than let it reach the object prototype', () => {
    const dropped = parseResponse(matching, JSON.parse('{ "kind": "matching", "matches": { "__proto__": "google" } }'))
    expect(dropped.ok && Object.keys(dropped.value.matches)).toEqual([])
    expect(({} as Record<string, unknown>).google).toBeUndefined()
  })
})

describe('normalizeAnswer', () => {
  it.each([
    ['Live-Streaming', 'livestreaming'],
    ['jū\'ān sīwēi', 'juansiwei'],
    ['居安思危', '居安思危'],
    ['  2016. ', '2016'],
    ['互联网+', '互联网'],
  ])('turns %j into %j', (input, expected) => {
    expect(normalizeAnswer(input)).toBe(expected)
  })

  it('lower-cases a Greek capital sigma the same whatever follows it', () => {
    expect(normalizeAnswer('ΑΣ-Β')).toBe(normalizeAnswer('ΑΣΒ'))
  })
})

/** Any response of the right kind for a question, built from its own ids (or made-up ones). */
function responseFor(question: Question): fc.Arbitrary<QuizResponse> {
  switch (question.kind) {
    case 'single':
      return fc.constantFrom(...question.options.map(o => o.id)).map(optionId => ({ kind: 'single', optionId }))
    case 'multiple':
      return fc.subarray(question.options.map(o => o.id)).chain(ids => fc.shuffledSubarray(ids, { minLength: ids.length })).map(optionIds => ({ kind: 'multiple', optionIds }))
    case 'true-false':
      return fc.boolean().map(value => ({ kind: 'true-false', value }))
    case 'matching': {
      const ids = question.pairs.map(p => p.id)
      return fc.subarray(ids).chain(lefts => fc.tuple(...lefts.map(() => fc.constantFrom(...ids))).map(rights => ({
        kind: 'matching' as const,
        matches: Object.fromEntries(lefts.map((l, i) => [l, rights[i] as string])),
      })))
    }
    case 'open':
      return fc.string().map(text => ({ kind: 'open', text }))
    case 'ordering':
      return fc.shuffledSubarray([...question.answer], { minLength: question.answer.length }).map(order => ({ kind: 'ordering', order }))
    case 'short':
      return fc.oneof(fc.string(), fc.constantFrom(...question.accepted)).map(text => ({ kind: 'short', text }))
    case 'numeric':
      return fc.oneof(fc.string(), fc.double().map(String), fc.constant(String(question.answer).replace('.', ','))).map(text => ({ kind: 'numeric', text }))
  }
}

describe('grade (properties)', () => {
  const questions = [...bank, ...Object.values(fixtures)]

  it('never scores above the maximum or below 0, and full marks only when correct', () => {
    fc.assert(fc.property(
      fc.constantFrom(...questions).chain(q => fc.tuple(fc.constant(q), responseFor(q))),
      ([question, response]) => {
        const result = grade(question, response)
        expect(result.ok).toBe(true)
        if (result.ok) {
          expect(result.score).toBeGreaterThanOrEqual(0)
          expect(result.score).toBeLessThanOrEqual(result.max)
          expect(result.correct).toBe(result.score === result.max)
        }
      },
    ), { numRuns: 500 })
  })

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(
      fc.constantFrom(...questions),
      fc.anything(),
      (question, response) => {
        const result = grade(question, response)
        expect(typeof result.ok).toBe('boolean')
      },
    ), { numRuns: 300 })
  })
})
