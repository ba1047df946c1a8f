import { describe, expect, it } from 'vitest'
import { rivalries } from '../content/companies'
import { sourceNumbers } from '../content/sources'
import { cellText, rivalryColumns, rivalryRows } from './comparison-table'

describe('rivalryRows', () => {
  it('gives one row per rivalry, in the article\'s order', () => {
    const rows = rivalryRows(rivalries)
    expect(rows.map(r => r.usCompany)).toEqual(['Google', 'eBay', 'MSN (Microsoft)', 'McAfee'])
  })

  it('names the Chinese companies as the article does, with no product it does not name', () => {
    const rows = rivalryRows(rivalries)
    expect(rows.map(r => r.chineseWinner)).toEqual(['Baidu', 'Alibaba', 'Tencent', 'Qihoo 360'])
  })

  it('says in its header that the third column is the lesson\'s context, not the article', () => {
    expect(rivalryColumns[2].label).toMatch(/\bour sources\b/i)
  })

  it('fills every column of the rivalry table', () => {
    for (const [i, row] of rivalryRows(rivalries).entries()) {
      expect(Object.keys(row)).toEqual(rivalryColumns.map(c => c.key))
      expect(row.whatElse?.startsWith(rivalries[i]!.whatElse)).toBe(true)
    }
  })

  it('says in each row of the third column which sources back it, by their numbers in the lesson\'s list', () => {
    const google = rivalries[0]!
    const numbers = sourceNumbers(google.milestones.flatMap(m => m.sources))
    expect(numbers.length).toBeGreaterThan(0)
    expect(rivalryRows(rivalries)[0]!.whatElse).toBe(`${google.whatElse} (${numbers.join(', ')})`)
  })
})

describe('cellText', () => {
  it('reads the cell under the column\'s key', () => {
    expect(cellText({ a: 'x', b: 'y' }, { key: 'b', label: 'B' })).toBe('y')
  })

  it('leaves a cell empty when the row lacks the key', () => {
    expect(cellText({ a: 'x' }, { key: 'b', label: 'B' })).toBe('')
  })
})
