import { describe, expect, it } from 'vitest'
import { correlation, discrimination, facility, flags } from './analysis'

describe('facility', () => {
  it('is the mean score as a share of the maximum', () => {
    expect(facility([2, 1, 0, 1], 2)).toBe(0.5)
    expect(facility([1, 1, 1], 1)).toBe(1)
    expect(facility([], 1)).toBeNull()
  })
})

describe('correlation', () => {
  it('is 1 for lists that rise together, -1 for opposite ones, and null when one does not vary', () => {
    expect(correlation([1, 2, 3], [2, 4, 6])).toBeCloseTo(1)
    expect(correlation([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1)
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull()
  })

  it('matches a value worked out by hand', () => {
    // x: 1 0 1 0 1, y: 5 2 4 3 5 → mean x 0.6, mean y 3.8; Σdxdy = 2.6, Σdx² = 1.2, Σdy² = 6.8.
    expect(correlation([1, 0, 1, 0, 1], [5, 2, 4, 3, 5])).toBeCloseTo(2.6 / Math.sqrt(1.2 * 6.8), 10)
  })
})

describe('discrimination', () => {
  it('correlates the item with the rest of the test, not with a total that holds it', () => {
    const scores = [
      { score: 1, total: 9 },
      { score: 1, total: 7 },
      { score: 0, total: 4 },
      { score: 0, total: 2 },
    ]
    expect(discrimination(scores)).toBeCloseTo(correlation([1, 1, 0, 0], [8, 6, 4, 2])!, 10)
    expect(discrimination(scores)).toBeGreaterThan(0.5)
  })

  it('is negative when the weaker students did better on the item', () => {
    expect(discrimination([{ score: 0, total: 9 }, { score: 0, total: 8 }, { score: 1, total: 3 }, { score: 1, total: 2 }])).toBeLessThan(0)
  })

  it('says nothing with fewer than three takers or no spread', () => {
    expect(discrimination([{ score: 1, total: 5 }, { score: 0, total: 1 }])).toBeNull()
    expect(discrimination([{ score: 1, total: 5 }, { score: 1, total: 3 }, { score: 1, total: 2 }])).toBeNull()
  })
})

describe('flags', () => {
  it('flags a hard question and one that does not discriminate, in words', () => {
    expect(flags(0.25, 0.5)).toEqual(['hard: the class earned 25% of its points (below 30%)'])
    expect(flags(0.8, 0.05)).toEqual(['does not tell stronger from weaker answers: discrimination 0.05 (below 0.1)'])
    expect(flags(0.3, 0.1)).toEqual([])
    expect(flags(null, null)).toEqual([])
  })
})
