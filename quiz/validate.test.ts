import type { ValidationIssue, ValidationResult } from './validate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bank } from './bank'
import { formatIssue, validateBank } from './validate'

type Json = Record<string, any>

/** A JSON copy of a fixture, changed by `edit`: what a teacher's broken bank file would hold. */
function broken(name: keyof typeof fixtures, edit: (q: Json) => void): Json {
  const question = structuredClone(fixtures[name]) as Json
  edit(question)
  return question
}

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = validateBank(input)
  return result.ok ? [] : result.issues
}

describe('validateBank', () => {
  it('accepts the shipped bank, also after a round trip through JSON', () => {
    expect(issuesOf(bank)).toEqual([])
    const result = validateBank(JSON.parse(JSON.stringify(bank)))
    expect(result.ok).toBe(true)
    if (result.ok)
      expect(result.value).toHaveLength(bank.length)
  })

  it('accepts a question of every kind', () => {
    expect(issuesOf(Object.values(fixtures))).toEqual([])
  })

  it.each<[string, Json, string, string, RegExp]>([
    ['an empty prompt', broken('single', (q) => { q.prompt = '  ' }), 'fx-single', 'prompt', /empty/],
    ['a missing explanation', broken('single', (q) => { delete q.explanation }), 'fx-single', 'explanation', /missing/],
    ['an empty explanation', broken('short', (q) => { q.explanation = '' }), 'fx-short', 'explanation', /empty/],
    ['zero points', broken('single', (q) => { q.points = 0 }), 'fx-single', 'points', /positive/],
    ['negative points', broken('matching', (q) => { q.points = -2 }), 'fx-matching', 'points', /positive/],
    ['points as a string', broken('matching', (q) => { q.points = '2' }), 'fx-matching', 'points', /positive/],
    ['an unknown part', broken('single', (q) => { q.part = 'part-4' }), 'fx-single', 'part', /unknown part "part-4"/],
    ['an unknown slide', broken('single', (q) => { q.slide = 'nowhere' }), 'fx-single', 'slide', /unknown slide/],
    ['an unknown kind', broken('single', (q) => { q.kind = 'essay' }), 'fx-single', 'kind', /unknown kind "essay"/],
    ['an id that is not kebab-case', broken('single', (q) => { q.id = 'Fx Single' }), 'Fx Single', 'id', /kebab-case/],
    ['a field that does not belong', broken('single', (q) => { q.explanaton = 'typo' }), 'fx-single', 'explanaton', /not a field/],
    ['no correct option', broken('single', (q) => { q.options[0].correct = false }), 'fx-single', 'options', /no correct option/],
    ['no correct option (multiple)', broken('multiple', (q) => { for (const o of q.options) o.correct = false }), 'fx-multiple', 'options', /no correct option/],
    ['more than one correct option for single', broken('single', (q) => { q.options[1].correct = true }), 'fx-single', 'options', /exactly one correct option, not 2/],
    ['duplicate option texts', broken('single', (q) => { q.options[2].text = ' baidu ' }), 'fx-single', 'options[2].text', /duplicate option/],
    ['duplicate option ids', broken('multiple', (q) => { q.options[1].id = 'wechat' }), 'fx-multiple', 'options[1].id', /repeats options\[0\]\.id/],
    ['too few options for single', broken('single', (q) => { q.options = q.options.slice(0, 2) }), 'fx-single', 'options', /3–5/],
    ['too many options for single', broken('single', (q) => { q.options.push({ id: 'x', text: 'X', correct: false }, { id: 'y', text: 'Y', correct: false }, { id: 'z', text: 'Z', correct: false }) }), 'fx-single', 'options', /3–5/],
    ['an option without text', broken('single', (q) => { delete q.options[1].text }), 'fx-single', 'options[1].text', /missing/],
    ['an option whose correct is not boolean', broken('single', (q) => { q.options[1].correct = 'no' }), 'fx-single', 'options[1].correct', /true or false/],
    ['options that are not an array', broken('single', (q) => { q.options = 'Baidu' }), 'fx-single', 'options', /must be an array/],
    ['a matching question with one pair', broken('matching', (q) => { q.pairs = q.pairs.slice(0, 1) }), 'fx-matching', 'pairs', /at least 2/],
    ['a matching question with a repeated left side', broken('matching', (q) => { q.pairs[1].left = 'google' }), 'fx-matching', 'pairs[1].left', /repeated side/],
    ['a matching question with a repeated right side', broken('matching', (q) => { q.pairs[3].right = 'QQ' }), 'fx-matching', 'pairs[3].right', /repeated side/],
    ['a pair without an id', broken('matching', (q) => { delete q.pairs[0].id }), 'fx-matching', 'pairs[0].id', /missing/],
    ['an ordering question with 2 items', broken('ordering', q => Object.assign(q, { items: q.items.slice(0, 2), answer: ['c', 'a'] })), 'fx-ordering', 'items', /3–6/],
    ['an ordering question with 7 items', broken('ordering', q => Object.assign(q, { items: [...q.items, { id: 'f', text: 'F' }, { id: 'g', text: 'G' }], answer: [...q.answer, 'f', 'g'] })), 'fx-ordering', 'items', /3–6/],
    ['an ordering answer naming an unknown item', broken('ordering', (q) => { q.answer[4] = 'z' }), 'fx-ordering', 'answer[4]', /not the id of an item/],
    ['an ordering answer leaving an item out', broken('ordering', (q) => { q.answer.pop() }), 'fx-ordering', 'answer', /leaves out "e"/],
    ['an ordering answer naming an item twice', broken('ordering', (q) => { q.answer[4] = 'a' }), 'fx-ordering', 'answer[4]', /repeats answer\[0\]/],
    ['duplicate ordering items', broken('ordering', (q) => { q.items[4].text = 'Youku – Tudou' }), 'fx-ordering', 'items[4].text', /duplicate item/],
    ['a true-false question without an answer', broken('trueFalse', (q) => { delete q.answer }), 'fx-true-false', 'answer', /missing/],
    ['a true-false answer as a string', broken('trueFalse', (q) => { q.answer = 'true' }), 'fx-true-false', 'answer', /true or false/],
    ['an unknown feedback key', broken('trueFalse', (q) => { q.feedback.maybe = 'hm' }), 'fx-true-false', 'feedback.maybe', /not a feedback field/],
    ['a short question with no accepted answers', broken('short', (q) => { q.accepted = [] }), 'fx-short', 'accepted', /at least one/],
    ['an accepted answer with no letters', broken('short', (q) => { q.accepted.push('...') }), 'fx-short', 'accepted[2]', /no letters or digits/],
    ['duplicate accepted answers', broken('short', (q) => { q.accepted.push('Demographic  Dividend') }), 'fx-short', 'accepted[2]', /duplicate answer/],
  ])('reports %s', (_, question, id, field, message) => {
    const issues = issuesOf([question])
    const issue = issues.find(i => i.field === field)
    expect(issue, JSON.stringify(issues)).toBeDefined()
    expect(issue?.id).toBe(id)
    expect(issue?.message).toMatch(message)
  })

  it('reports duplicate question ids, naming both positions', () => {
    const issues = issuesOf([fixtures.single, fixtures.short, fixtures.single])
    expect(issues).toEqual([{ id: 'fx-single', field: 'id', message: 'duplicate id: questions #1 and #3 share it' }])
  })

  it('reports every problem at once, across questions', () => {
    const issues = issuesOf([
      broken('single', q => Object.assign(q, { prompt: '', points: 0 })),
      broken('matching', (q) => { q.pairs[1].right = 'Baidu' }),
      broken('ordering', (q) => { q.explanation = '' }),
    ])
    expect(issues.map(i => `${i.id} ${i.field}`)).toEqual([
      'fx-single prompt',
      'fx-single points',
      'fx-matching pairs[1].right',
      'fx-ordering explanation',
    ])
  })

  it.each<[string, unknown, string]>([
    ['null', null, 'not null'],
    ['a string', 'questions', 'not "questions"'],
    ['a number', 42, 'not number'],
    ['an object', { questions: [] }, 'not object'],
    ['an empty array', [], 'no questions'],
  ])('treats %s as not a bank, with one issue', (_, input, message) => {
    const issues = issuesOf(input)
    expect(issues).toHaveLength(1)
    expect(issues[0]?.id).toBe('(bank)')
    expect(issues[0]?.message).toContain(message)
  })

  it('names a question with no usable id by its position', () => {
    const issues = issuesOf([fixtures.single, 7, null, { kind: 'single' }])
    expect(issues.filter(i => i.field === '(question)').map(i => i.id)).toEqual(['#2', '#3'])
    expect(issues.filter(i => i.id === '#4').map(i => i.field)).toEqual(expect.arrayContaining(['id', 'part', 'slide', 'prompt', 'explanation', 'points', 'options']))
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('reports a kind named %j, a name every object has, as unknown', (kind) => {
    const issues = issuesOf(JSON.parse(JSON.stringify([{ ...fixtures.single, kind }])))
    expect(issues).toEqual([{ id: 'fx-single', field: 'kind', message: `unknown kind "${kind}"; expected one of single, multiple, true-false, matching, ordering, short, numeric, open` }])
  })

  it('reports every field that does not belong, even `__proto__` and `constructor`, with the other problems', () => {
    const question = JSON.parse(JSON.stringify(fixtures.matching).replace('{', '{"__proto__":{"points":9},"constructor":1,"hint":"x",'))
    question.pairs[0].note = 'x'
    question.prompt = ''
    const issues = issuesOf([question])
    expect(issues.map(i => `${i.field}: ${i.message}`)).toEqual([
      'prompt: is empty',
      'pairs[0].note: is not a field of a pair',
      '__proto__: is not a field of a matching question',
      'constructor: is not a field of a matching question',
      'hint: is not a field of a matching question',
    ])
    expect(({} as Record<string, unknown>).points).toBeUndefined()
  })

  it('still checks how fields relate when another field is broken', () => {
    const issues = issuesOf([broken('single', q => Object.assign(q, { slide: 'nowhere', prompt: 7, typo: true }, { options: [...q.options, { ...q.options[0], id: 'again' }] }))])
    expect(issues.map(i => i.field)).toEqual(['slide', 'prompt', 'typo', 'options[3].text', 'options'])
  })

  it('reports accepted answers with no letters each once, not as repeats of each other', () => {
    const issues = issuesOf([broken('short', q => q.accepted.push('...', '!!!'))])
    expect(issues.map(i => `${i.field}: ${i.message}`)).toEqual([
      'accepted[2]: "..." has no letters or digits, so no answer can match it',
      'accepted[3]: "!!!" has no letters or digits, so no answer can match it',
    ])
  })

  it('rejects an array where an option belongs', () => {
    const issues = issuesOf([broken('single', q => q.options.splice(2, 1, ['sohu']))])
    expect(issues).toEqual([{ id: 'fx-single', field: 'options[2]', message: 'must be an object, not an array' }])
  })

  it('returns the bank as parsed: new objects with the same content', () => {
    const input = JSON.parse(JSON.stringify([fixtures.single, fixtures.short]))
    const result = validateBank(input)
    expect(result.ok && result.value).toEqual(input)
    expect(result.ok && result.value[0]).not.toBe(input[0])
  })

  it('shows the values it echoes without control characters or escape sequences, cut to about 80 characters', () => {
    const hostile = `\u001B[2J\u001B]0;pwned\u0007${'x'.repeat(300)}`
    const issues = issuesOf([broken('single', (q) => {
      q.id = hostile
      q.part = hostile
      q.options[1].text = q.options[0].text
      q[hostile] = 1
    })])
    expect(issues.length).toBeGreaterThanOrEqual(4)
    for (const issue of issues) {
      for (const text of [issue.id, issue.field, issue.message]) {
        expect(text).not.toMatch(/\p{Cc}/u)
        expect(text.length).toBeLessThan(200)
      }
    }
    expect(issues[0]?.id).toBe(`\\u001b[2J\\u001b]0;pwned\\u0007${'x'.repeat(51)}…`)
    expect(issues.find(i => i.field === 'part')?.message).toMatch(/^unknown part "\\u001b\[2J.*x…"; expected one of/)
  })

  it('never throws and always returns a well-formed result, whatever it is given', () => {
    const poisonous = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'kind', 'id', 'options', 'answer', 'pairs', 'items', 'accepted', 'feedback')
    const kind = fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'single', 'multiple', 'true-false', 'matching', 'ordering', 'short')
    const questionLike = fc.tuple(kind, fc.dictionary(fc.oneof(poisonous, fc.string()), fc.jsonValue()))
      .map(([k, rest]) => JSON.parse(JSON.stringify({ ...rest, kind: k })) as unknown)
    const fixtureLike = fc.tuple(fc.constantFrom(...Object.values(fixtures)), poisonous, fc.jsonValue())
      .map(([fixture, key, value]) => JSON.parse(JSON.stringify(fixture).replace('{', () => `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},`)) as unknown)
    const input = fc.oneof(fc.jsonValue(), fc.anything(), fc.array(fc.oneof(questionLike, fixtureLike, fc.anything()), { maxLength: 5 }))
    fc.assert(fc.property(input, (value) => {
      const result: ValidationResult = validateBank(value)
      if (result.ok) {
        expect(Array.isArray(result.value)).toBe(true)
      }
      else {
        expect(result.issues.length).toBeGreaterThan(0)
        for (const issue of result.issues) {
          expect(Object.keys(issue)).toEqual(['id', 'field', 'message'])
          expect([issue.id, issue.field, issue.message].every(t => typeof t === 'string' && t !== '' && !/\p{Cc}/u.test(t))).toBe(true)
        }
      }
    }), { numRuns: 1000 })
  })

  it('formats an issue as one line: id, field, message', () => {
    expect(formatIssue({ id: 'q1', field: 'options[2].text', message: 'is empty' })).toBe('q1  options[2].text  is empty')
  })
})
