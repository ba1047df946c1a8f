import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bank, practiceBank } from './bank'
import { correctResponse, grade } from './grade'
import { letter } from './letters'
import { fromShownResponse, ShownQuestionSchema, showQuestion, toShownResponse, worksheet } from './present'

describe('letter', () => {
  it.each([[0, 'A'], [2, 'C'], [25, 'Z'], [26, 'AA'], [27, 'AB']])('letters option %i as %s', (i, l) => {
    expect(letter(i)).toBe(l)
  })
})

describe('worksheet', () => {
  it('letters the options and gives the right one by letter', () => {
    const view = worksheet(fixtures.single)
    expect(view.options).toEqual([{ letter: 'A', text: 'Baidu' }, { letter: 'B', text: 'Yahoo' }, { letter: 'C', text: 'Sohu' }])
    expect(view.answer).toBe('A')
  })

  it('gives every right letter of a multiple-answer question', () => {
    expect(worksheet(fixtures.multiple).answer).toBe('A, B, C')
  })

  it('numbers matching items and letters their matches alphabetically', () => {
    const view = worksheet(fixtures.matching)
    expect(view.items.map(i => `${i.letter} ${i.text}`)).toEqual(['1 Google', '2 eBay', '3 MSN', '4 McAfee'])
    expect(view.options.map(o => `${o.letter} ${o.text}`)).toEqual(['A Baidu', 'B Qihoo 360', 'C QQ', 'D Taobao'])
    expect(view.answer).toBe('1 → A, 2 → D, 3 → C, 4 → B')
  })

  it('writes an order as letters', () => {
    expect(worksheet(fixtures.ordering).answer).toBe('B, D, A, C, E')
  })

  it('has True and False for a true/false question, and no options for a short answer', () => {
    expect(worksheet(fixtures.trueFalse)).toMatchObject({ options: [{ letter: 'A', text: 'True' }, { letter: 'B', text: 'False' }], answer: 'A (True)' })
    expect(worksheet(fixtures.short)).toMatchObject({ options: [], answer: 'demographic dividend or rénkǒu hónglì' })
  })
})

describe('showQuestion', () => {
  const questions = [...bank, ...practiceBank, ...Object.values(fixtures)]

  it('holds nothing that names the answer: no correct flag, no feedback, no explanation, no option\'s own id', () => {
    for (const question of questions) {
      const shown = JSON.stringify(showQuestion(question, 's'))
      expect(shown, question.id).not.toMatch(/"correct"|"accepted"|"answer"|"rubric"|"levels"|"sample"|"feedback"|"tolerance"/)
      expect(shown, question.id).not.toContain(question.explanation)
      if (question.kind === 'single' || question.kind === 'multiple') {
        for (const option of question.options)
          expect(shown, `${question.id}: ${option.id}`).not.toContain(`"id":"${option.id}"`)
      }
      if (question.kind === 'matching')
        expect(shown, question.id).not.toMatch(new RegExp(`"choices":\\[[^\\]]*"id":"(?:${question.pairs.map(p => p.id).join('|')})"`))
    }
  })

  it('takes the widget\'s answer back to the bank\'s ids, so grading is the same', () => {
    for (const question of questions) {
      const right = correctResponse(question)
      const inWidget = toShownResponse(question, 's', right)
      expect(fromShownResponse(question, 's', inWidget), question.id).toEqual(right)
      expect(grade(question, fromShownResponse(question, 's', inWidget)), question.id).toMatchObject({ ok: true, fraction: question.kind === 'open' ? 0 : 1 })
    }
  })

  it('leaves an id it does not know as it is, for grading to refuse', () => {
    expect(fromShownResponse(fixtures.single, 's', { kind: 'single', optionId: 'o9' })).toEqual({ kind: 'single', optionId: 'o9' })
    expect(grade(fixtures.single, fromShownResponse(fixtures.single, 's', { kind: 'single', optionId: 'o9' }))).toMatchObject({ ok: false, error: { code: 'unknown-id' } })
  })

  it('reads back through its schema, as a page that gets it from the classroom server does', () => {
    for (const question of questions)
      expect(v.safeParse(ShownQuestionSchema, JSON.parse(JSON.stringify(showQuestion(question, 's')))).success, question.id).toBe(true)
    expect(v.safeParse(ShownQuestionSchema, { ...showQuestion(fixtures.single, 's'), kind: 'essay' }).success).toBe(false)
  })
})
