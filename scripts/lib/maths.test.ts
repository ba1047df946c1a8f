import { describe, expect, it } from 'vitest'
import { mathsTriggers, mathsWarning } from './maths'

const slide = (raw: string, start = 10) => ({ filepath: '/lesson/pages/part-3.md', start, raw })

describe('mathsTriggers', () => {
  it('finds a line with two dollar signs, notes included, at its line in the file', () => {
    const raw = ['', '# Cloud', '', '<!--', 'AWS had 44% (US$9.8B); Alibaba 3% (US$675M).', '-->'].join('\n')
    expect(mathsTriggers([slide(raw)], '/lesson')).toEqual([{ file: 'pages/part-3.md', line: 15 }])
  })

  it.each([
    ['$$ x^2 $$'],
    ['$$'],
    ['inline $x$ maths'],
  ])('finds maths in %j', (text) => {
    expect(mathsTriggers([slide(text, 0)], '/lesson')).toHaveLength(1)
  })

  it.each([
    ['AWS: US$9.8B'],
    ['AWS: US$9.8B;\nAlibaba: US$675M'],
    ['no money at all'],
  ])('leaves %j alone: one $ per line is plain text to Slidev', (text) => {
    expect(mathsTriggers([slide(text, 0)], '/lesson')).toEqual([])
  })
})

describe('mathsWarning', () => {
  it('names the file and line, what it costs and what to write instead, in one line', () => {
    const warning = mathsWarning({ file: 'pages/part-3.md', line: 139 })
    expect(warning).toMatch(/^pages\/part-3\.md:139 /)
    expect(warning).toContain('KaTeX')
    expect(warning).toContain('one $ per line')
    expect(warning).not.toContain('\n')
  })
})
