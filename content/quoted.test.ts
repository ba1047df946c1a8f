import { describe, expect, it } from 'vitest'
import { rivalries } from './companies'
import { formatShare, shareSeries } from './market-share'
import { alibabaBuysYoukuTudou } from './mergers'
import { expandQuotes, quotedFacts } from './quoted'
import { termById } from './terms'

describe('expandQuotes', () => {
  it('puts in each named fact, as content/ holds it', () => {
    const switches = shareSeries('switches-2017')
    expect(expandQuotes('Cisco [[share:switches-2017/Cisco]], Huawei [[share:switches-2017/Huawei]].', 'here'))
      .toBe(`Cisco ${formatShare(switches.bars[0]!)}, Huawei ${formatShare(switches.bars[1]!)}.`)
    expect(expandQuotes('[[google-redirect-date]]', 'here')).toBe(rivalries[0].milestones[1].label)
    expect(expandQuotes('[[alibaba-youku-tudou-date]]', 'here')).toBe(alibabaBuysYoukuTudou.dateLabel)
    expect(expandQuotes('[[term:prepared-for-danger]] / [[zh:choose-one-of-two]]', 'here'))
      .toBe(`${termById('prepared-for-danger').chinese} (${termById('prepared-for-danger').pinyin}) / ${termById('choose-one-of-two').chinese}`)
  })

  it('stops on a name it does not know, saying where and which', () => {
    expect(() => expandQuotes('Cisco [[share:switches/Cisco]]', 'pages/part-3.md, the notes of Huawei')).toThrow('pages/part-3.md, the notes of Huawei: [[share:switches/Cisco]] names no fact; the facts the deck may quote are in content/quoted.ts')
  })

  it('leaves text without a quote as it is, single brackets included', () => {
    expect(expandQuotes('A [link](x) and [b]', 'here')).toBe('A [link](x) and [b]')
  })

  it('holds only facts that read as text', () => {
    expect(Object.entries(quotedFacts).filter(([, value]) => value.trim() === '' || value.includes('undefined'))).toEqual([])
  })
})
