import type { Numerical } from 'gift-pegjs'
import { parse } from 'gift-pegjs'
import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { correctAnswerText, responseText } from '../answer-text'
import { questionToGift } from '../gift'
import { grade, parseResponse } from '../grade'
import { answerKey } from '../key'
import { questionToMoodleXml } from '../moodle-xml'
import { hasAnswer, showQuestion, worksheet } from '../present'
import { validateBank } from '../validate'
import { readNumber } from './numeric'

const question = fixtures.numeric
const window = new Window()
afterAll(() => window.close())

function typed(text: string) {
  return grade(question, { kind: 'numeric', text })
}

describe('readNumber', () => {
  it.each<[string, string | undefined, number | undefined]>([
    ['67.3', undefined, 67.3],
    ['67,3', undefined, 67.3],
    [' 67 ', undefined, 67],
    ['.5', undefined, 0.5],
    ['67.', undefined, 67],
    ['−3', undefined, -3],
    ['+3', undefined, 3],
    ['1,234.5', undefined, 1234.5],
    ['1,234,567', undefined, 1234567],
    ['1 234,5', undefined, 1234.5],
    ['6.73e1', undefined, 67.3],
    ['6,73x10^1', undefined, 67.3],
    ['67.3%', '%', 67.3],
    ['67,3 %', '%', 67.3],
    ['44 Billion', 'billion', 44],
  ])('reads %j (unit %j) as %j, as Moodle does', (text, unit, value) => {
    expect(readNumber(text, unit)).toBe(value)
  })

  it.each<[string, string | undefined]>([
    ['', undefined],
    ['abc', undefined],
    ['about 67', undefined],
    ['67%', undefined],
    ['67 percent', '%'],
    ['67 or 68', undefined],
    ['-', undefined],
    ['1e999', undefined],
  ])('reads %j (unit %j) as no number', (text, unit) => {
    expect(readNumber(text, unit)).toBeUndefined()
  })
})

describe('a numeric question', () => {
  it('is right within the tolerance, both ends included, whatever the decimal mark', () => {
    for (const text of ['67.3', '67,3', '62.3', '72.3', '70', '67.3 %'])
      expect(typed(text), text).toMatchObject({ ok: true, correct: true, score: 1 })
    for (const text of ['62.2', '72.4', '0', '673'])
      expect(typed(text), text).toMatchObject({ ok: true, correct: false, score: 0, feedback: ['About two-thirds.'] })
  })

  it('counts a value at the edge as right even where decimals do not add up exactly (0.4 − 0.3 > 0.1 in floating point)', () => {
    const small = { ...question, answer: 0.3, tolerance: 0.1, unit: undefined }
    for (const text of ['0.2', '0.4', '0,4'])
      expect(grade(small, { kind: 'numeric', text }), text).toMatchObject({ ok: true, correct: true })
    expect(grade(small, { kind: 'numeric', text: '0.41' })).toMatchObject({ ok: true, correct: false })
  })

  it('says in words that text which is not a number is not one, and scores it 0', () => {
    expect(typed('sixty')).toMatchObject({ ok: true, correct: false, score: 0, feedback: ['"sixty" is not a number.'] })
  })

  it('gives the right feedback for a right answer', () => {
    expect(typed('67')).toMatchObject({ feedback: ['Yes: about two-thirds.'] })
  })

  it('takes only a response with the typed text', () => {
    expect(parseResponse(question, { kind: 'numeric', value: 67.3 })).toMatchObject({ ok: false, error: { code: 'malformed' } })
    expect(parseResponse(question, { kind: 'numeric', text: 67.3 })).toMatchObject({ ok: false, error: { code: 'malformed', message: 'a "numeric" response whose text must be a string, not number' } })
  })

  it('counts as answered only once the text is a number', () => {
    const shown = showQuestion(question, 's')
    expect(hasAnswer(shown, { kind: 'numeric', text: '' })).toBe(false)
    expect(hasAnswer(shown, { kind: 'numeric', text: 'about 60' })).toBe(false)
    expect(hasAnswer(shown, { kind: 'numeric', text: '60' })).toBe(true)
  })

  it('says the answer, the range accepted and the unit in words', () => {
    expect(correctAnswerText(question)).toBe('67.3% (62.3 to 72.3% accepted)')
    expect(responseText(question, { kind: 'numeric', text: ' 66,7 ' })).toBe('66,7')
    expect(worksheet(question)).toMatchObject({ instruction: 'Write a number (in %).', options: [], writeIn: 'always' })
  })

  it('is checked by validateBank, naming the field', () => {
    const bad = (fields: object) => validateBank([{ ...question, ...fields }])
    expect(bad({ tolerance: -1 })).toMatchObject({ ok: false, issues: [{ id: 'fx-numeric', field: 'tolerance', message: 'must be 0 or more, not -1' }] })
    expect(bad({ answer: '67' })).toMatchObject({ ok: false, issues: [{ id: 'fx-numeric', field: 'answer', message: 'must be a finite number, not "67"' }] })
    expect(bad({ unit: ' ' })).toMatchObject({ ok: false, issues: [{ id: 'fx-numeric', field: 'unit', message: 'is empty' }] })
    expect(bad({ options: [] })).toMatchObject({ ok: false, issues: [{ id: 'fx-numeric', field: 'options', message: 'is not a field of a numeric question' }] })
    expect(bad({})).toMatchObject({ ok: true })
  })
})

describe('a numeric question in the exports', () => {
  it('goes to GIFT as a numerical question with its value and tolerance, and feedback for right and other answers', () => {
    const gift = questionToGift(question)
    expect(gift).toContain('{\n#=67.3:5#Yes\\: about two-thirds.\n~#About two-thirds.\n####CNNIC, 2005.\n}')
    const [parsed] = parse(gift) as Numerical[]
    expect(parsed?.type).toBe('Numerical')
    expect(JSON.stringify(parsed?.choices)).toContain('"number":67.3')
    expect(JSON.stringify(parsed?.choices)).toContain('"range":5')
  })

  it('goes to Moodle XML as a numerical question with its value, tolerance, points and an optional unit', () => {
    const xml = new window.DOMParser().parseFromString(`<quiz>${questionToMoodleXml(question)}</quiz>`, 'application/xml')
    const element = xml.querySelector('question')!
    expect(element.getAttribute('type')).toBe('numerical')
    expect(element.querySelector(':scope > defaultgrade')?.textContent).toBe('1')
    const answers = Array.from(element.querySelectorAll(':scope > answer'), a => [a.getAttribute('fraction'), a.querySelector(':scope > text')?.textContent, a.querySelector(':scope > tolerance')?.textContent])
    expect(answers).toEqual([['100', '67.3', '5'], ['0', '*', '0']])
    expect(element.getElementsByTagName('unit_name')[0]?.textContent).toBe('%')
    expect(element.querySelector(':scope > unitgradingtype')?.textContent).toBe('0')
    expect(element.querySelector(':scope > showunits')?.textContent).toBe('0')
  })

  it('writes no unit elements but "units not used" for a number without a unit', () => {
    const { unit: _, ...bare } = question
    const xml = questionToMoodleXml(bare)
    expect(xml).not.toContain('<units>')
    expect(xml).toContain('<showunits>3</showunits>')
  })

  it('gives the answer key the value and the range accepted', () => {
    expect(answerKey([question])).toContain('- **67.3%**, accepted from 62.3 to 72.3% (a point or a comma as the decimal mark)')
    expect(answerKey([question])).toContain('(number, 1 point)')
  })
})
