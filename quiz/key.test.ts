import { describe, expect, it } from 'vitest'
import { partById } from '../content/parts'
import { fixtures } from '../test/fixtures/questions'
import { bank } from './bank'
import { escapeMarkdown } from './export-text'
import { answerKey } from './key'

describe('answerKey', () => {
  const key = answerKey(bank)

  it('has one heading per part, in teaching order, and every question under its part', () => {
    const headings = key.split('\n').filter(l => l.startsWith('## '))
    expect(headings).toEqual(['## Introduction: The question and the thesis', '## Part 1: The need to upgrade traditional business', '## Part 2: The eagerness to survive and succeed', '## Part 3: Insecurity and the focus on technology', '## Conclusion: The gap is narrowing', '## Reading it critically'])
    for (const question of bank) {
      const at = key.indexOf(`\`${question.id}\``)
      expect(at).toBeGreaterThan(0)
      const heading = key.lastIndexOf('\n## ', at)
      expect(key.slice(heading + 4, key.indexOf('\n', heading + 1))).toContain(partById(question.part).label)
    }
  })

  it('numbers the questions through the quiz and links each to its slide', () => {
    const numbers = Array.from(key.matchAll(/^### (\d+)\. /gm), m => Number(m[1]))
    expect(numbers).toEqual(bank.map((_, i) => i + 1))
    expect(key).toContain('Taught on: [Huawei and Cisco](http://localhost:3030/huawei-cisco)')
  })

  it('links the slides where they open on the teacher\'s laptop, or in the hosted deck when there is one', () => {
    expect(key).toContain('The slide links open the deck on this computer: start it first with `npm run dev`.')
    const hosted = answerKey(bank, 'https://school.example/lesson')
    expect(hosted).toContain('The slide links open the deck at <https://school.example/lesson/>.')
    expect(hosted).toContain('Taught on: [Huawei and Cisco](https://school.example/lesson/huawei-cisco)')
    expect(hosted).not.toContain('](/')
  })

  it('marks the right answers of each kind', () => {
    const small = answerKey([fixtures.single, fixtures.trueFalse, fixtures.matching, fixtures.ordering, fixtures.short])
    expect(small).toContain('- **[x]** Baidu — _Right._')
    expect(small).toContain('- [ ] Yahoo')
    expect(small).toContain('- **True**')
    expect(small).toContain('- eBay → **Taobao**')
    expect(small).toContain('1. Youku – Tudou\n2. Didi – Kuaidi\n3. Ctrip – Qunar')
    expect(small).toContain('Accepted: **demographic dividend**, **rénkǒu hónglì**')
    expect(small).toContain('Partial credit: the share of neighbouring pairs in the right order.')
  })

  it('escapes Markdown in the bank\'s text', () => {
    expect(escapeMarkdown('a *b* _c_ [d] <e> | `f`')).toBe('a \\*b\\* \\_c\\_ \\[d\\] \\<e\\> \\| \\`f\\`')
  })
})
