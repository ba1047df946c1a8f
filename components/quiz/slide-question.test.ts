import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { qrShape } from './qr-code'
import { isPrintAddress, letter, SLIDEV_CONTEXT_KEY, slideView, slidevPrintMode } from './slide-question'

describe('letter', () => {
  it.each([[0, 'A'], [2, 'C'], [25, 'Z'], [26, 'AA'], [27, 'AB']])('letters option %i as %s', (i, l) => {
    expect(letter(i)).toBe(l)
  })
})

describe('slideView', () => {
  it('letters the options and gives the right one by letter', () => {
    const view = slideView(fixtures.single)
    expect(view.options).toEqual([{ letter: 'A', text: 'Baidu' }, { letter: 'B', text: 'Yahoo' }, { letter: 'C', text: 'Sohu' }])
    expect(view.answer).toBe('A')
  })

  it('gives every right letter of a multiple-answer question', () => {
    expect(slideView(fixtures.multiple).answer).toBe('A, B, C')
  })

  it('numbers matching items and letters their matches alphabetically', () => {
    const view = slideView(fixtures.matching)
    expect(view.items.map(i => `${i.letter} ${i.text}`)).toEqual(['1 Google', '2 eBay', '3 MSN', '4 McAfee'])
    expect(view.options.map(o => `${o.letter} ${o.text}`)).toEqual(['A Baidu', 'B Qihoo 360', 'C QQ', 'D Taobao'])
    expect(view.answer).toBe('1 → A, 2 → D, 3 → C, 4 → B')
  })

  it('writes an order as letters', () => {
    expect(slideView(fixtures.ordering).answer).toBe('B, D, A, C, E')
  })

  it('has True and False for a true/false question, and no options for a short answer', () => {
    expect(slideView(fixtures.trueFalse)).toMatchObject({ options: [{ letter: 'A', text: 'True' }, { letter: 'B', text: 'False' }], answer: 'A (True)' })
    expect(slideView(fixtures.short)).toMatchObject({ options: [], answer: 'demographic dividend or rénkǒu hónglì' })
  })
})

describe('slidevPrintMode', () => {
  it.each([
    [{ nav: { isPrintMode: true } }, true],
    [{ nav: { isPrintMode: false } }, false],
    [null, false],
    [{}, false],
  ])('reads %j as %s', (context, printing) => {
    expect(slidevPrintMode(context)).toBe(printing)
  })

  it('uses the key the installed Slidev client provides its context under', () => {
    const client = dirname(createRequire(import.meta.url).resolve('@slidev/client/package.json'))
    const constants = readFileSync(join(client, 'constants.ts'), 'utf8')
    expect(constants).toContain(`injectionSlidevContext = '${SLIDEV_CONTEXT_KEY}'`)
    expect(readFileSync(join(client, 'composables/useNav.ts'), 'utf8')).toContain('isPrintMode')
  })
})

describe('qrShape', () => {
  it('draws a square code with a quiet zone and the three finder patterns', () => {
    const { size, path } = qrShape('https://example.school/chinese-tech-lesson/quiz')
    expect(size).toBeGreaterThanOrEqual(21 + 8)
    expect(path.startsWith('M4 4h1v1h-1z')).toBe(true)
    expect(path).toContain(`M${size - 5} 4h1v1h-1z`)
    expect(path).toContain(`M4 ${size - 5}h1v1h-1z`)
    expect(path).not.toContain('M0 0')
  })

  it('changes with the address', () => {
    expect(qrShape('https://a.example/quiz').path).not.toBe(qrShape('https://b.example/quiz').path)
  })
})

describe('isPrintAddress', () => {
  it.each([
    ['?print=true', true],
    ['?print=clicks&range=2', true],
    ['?print', true],
    ['', false],
    ['?seed=1', false],
  ])('reads %s as printing: %s', (search, expected) => {
    expect(isPrintAddress(search)).toBe(expected)
  })
})
