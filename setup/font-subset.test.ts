import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { codePointsIn, keepUsedFontFaces, parseUnicodeRange } from './font-subset'

const css = `/* piece-a */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/a.woff2) format('woff2');
  unicode-range: U+4E00-4E2F,U+5B89;
}

/* piece-b */
@font-face {
  font-family: 'Noto Sans SC';
  src: url(./files/b.woff2) format('woff2');
  unicode-range: U+0000-00FF;
}`

describe('parseUnicodeRange', () => {
  it.each([
    ['U+4E00-4E2F', [[0x4E00, 0x4E2F]]],
    ['U+3000', [[0x3000, 0x3000]]],
    ['U+4??', [[0x400, 0x4FF]]],
    ['U+1f1e9-1f1f5, U+20AB', [[0x1F1E9, 0x1F1F5], [0x20AB, 0x20AB]]],
  ])('reads %s', (value, expected) => {
    expect(parseUnicodeRange(value)).toEqual(expected)
  })

  it('refuses what it cannot read', () => {
    expect(() => parseUnicodeRange('U+XYZ')).toThrow(/cannot read unicode-range part "U\+XYZ"/)
  })
})

describe('keepUsedFontFaces', () => {
  it('keeps the pieces whose range covers a used character, with their comments', () => {
    const kept = keepUsedFontFaces(css, codePointsIn(['安']))
    expect(kept).toContain('a.woff2')
    expect(kept).toContain('/* piece-a */')
    expect(kept).not.toContain('b.woff2')
  })

  it('drops every piece when no used character falls in any range', () => {
    expect(keepUsedFontFaces(css, codePointsIn(['\u3042']))).toBe('')
  })

  it('keeps the piece for every Chinese character of the glossary in the real Noto Sans SC stylesheet', () => {
    const real = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/400.css'), 'utf8')
    const glossary = '人口红利互联网线上到线下外卖山寨合并潮烧钱补贴大战直播反垄断法二选一居安思危'
    const kept = keepUsedFontFaces(real, codePointsIn([glossary]))
    const keptRanges = [...kept.matchAll(/unicode-range:\s*([^;]+)/g)].flatMap(m => parseUnicodeRange(m[1]!))
    const uncovered = [...glossary].filter((char) => {
      const point = char.codePointAt(0)!
      return !keptRanges.some(([from, to]) => point >= from && point <= to)
    })
    expect(uncovered).toEqual([])
    expect(kept.match(/@font-face/g)!.length).toBeLessThan(real.match(/@font-face/g)!.length / 3)
  })
})
