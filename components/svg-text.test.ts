import { describe, expect, it } from 'vitest'
import { estimateTextWidth } from './svg-text'

describe('estimateTextWidth', () => {
  it('grows with the text and the font size', () => {
    expect(estimateTextWidth('Meituan – Dianping', 16)).toBeGreaterThan(estimateTextWidth('Ctrip – Qunar', 16))
    expect(estimateTextWidth('Ctrip', 20)).toBeGreaterThan(estimateTextWidth('Ctrip', 14))
  })

  it('counts bold text as wider', () => {
    expect(estimateTextWidth('Didi – Kuaidi', 16, 'bold')).toBeGreaterThan(estimateTextWidth('Didi – Kuaidi', 16))
  })

  it('counts wide characters such as % as wider than digits', () => {
    expect(estimateTextWidth('10%', 16)).toBeGreaterThan(estimateTextWidth('100', 16))
  })

  it('is zero for no text', () => {
    expect(estimateTextWidth('', 16)).toBe(0)
  })
})
