import { describe, expect, it } from 'vitest'
import { moveItem } from '../components/quiz/ordering'
import { fixtures } from '../test/fixtures/questions'
import { correctAnswerText, NO_ANSWER, responseText } from './answer-text'

describe('responseText', () => {
  it.each([
    ['a single choice', fixtures.single, { kind: 'single', optionId: 'yahoo' }, 'Yahoo'],
    ['multiple answers, in the order shown', fixtures.multiple, { kind: 'multiple', optionIds: ['taobao', 'wechat'] }, 'WeChat; Taobao'],
    ['true or false', fixtures.trueFalse, { kind: 'true-false', value: false }, 'False'],
    ['a partial matching', fixtures.matching, { kind: 'matching', matches: { google: 'ebay' } }, 'Google → Taobao; eBay → (none); MSN → (none); McAfee → (none)'],
    ['an ordering', fixtures.ordering, { kind: 'ordering', order: ['b', 'a', 'c', 'd', 'e'] }, '1. Didi – Kuaidi; 2. Youku – Tudou; 3. Ctrip – Qunar; 4. Didi – Uber China; 5. Extra'],
    ['a typed answer, trimmed', fixtures.short, { kind: 'short', text: '  人口红利 ' }, '人口红利'],
  ] as const)('writes %s in words', (_, question, response, text) => {
    expect(responseText(question, response)).toBe(text)
  })

  it.each([
    ['no response', undefined],
    ['a response of another kind', { kind: 'true-false', value: true } as const],
  ])('says "(no answer)" for %s', (_, response) => {
    expect(responseText(fixtures.single, response)).toBe(NO_ANSWER)
  })

  it('says "(no answer)" for an empty choice or blank text', () => {
    expect(responseText(fixtures.multiple, { kind: 'multiple', optionIds: [] })).toBe(NO_ANSWER)
    expect(responseText(fixtures.short, { kind: 'short', text: '   ' })).toBe(NO_ANSWER)
  })
})

describe('correctAnswerText', () => {
  it('gives the right options, pairs and order in words', () => {
    expect(correctAnswerText(fixtures.single)).toBe('Baidu')
    expect(correctAnswerText(fixtures.trueFalse)).toBe('True')
    expect(correctAnswerText(fixtures.matching)).toBe('Google → Baidu; eBay → Taobao; MSN → QQ; McAfee → Qihoo 360')
  })

  it('lists every accepted short answer', () => {
    expect(correctAnswerText(fixtures.short)).toBe('demographic dividend or rénkǒu hónglì')
  })
})

describe('moveItem', () => {
  it.each([
    [1, 0, ['b', 'a', 'c']],
    [0, 2, ['b', 'c', 'a']],
    [0, -1, ['a', 'b', 'c']],
    [2, 3, ['a', 'b', 'c']],
  ])('moves the item at %i to %i', (from, to, expected) => {
    expect(moveItem(['a', 'b', 'c'], from, to)).toEqual(expected)
  })
})
