import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { letter } from './letters'
import { worksheet } from './present'

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
