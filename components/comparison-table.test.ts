import { describe, expect, it } from 'vitest'
import { rivalries } from '../content/companies'
import { cellText, rivalryColumns, rivalryRows } from './comparison-table'

describe('rivalryRows', () => {
  it('gives one row per rivalry, in the article\'s order', () => {
    const rows = rivalryRows(rivalries)
    expect(rows.map(r => r.usCompany)).toEqual(['Google', 'eBay', 'MSN (Microsoft)', 'McAfee'])
  })

  it('names the winning product beside the Chinese winner when there is one', () => {
    const rows = rivalryRows(rivalries)
    expect(rows.map(r => r.chineseWinner)).toEqual(['Baidu', 'Alibaba (Taobao)', 'Tencent (QQ)', 'Qihoo 360'])
  })

  it('fills every column of the rivalry table', () => {
    for (const [i, row] of rivalryRows(rivalries).entries()) {
      expect(Object.keys(row)).toEqual(rivalryColumns.map(c => c.key))
      expect(row.whatHappened).toBe(rivalries[i]!.whatHappened)
    }
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
