import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assertNever, describeValue, isRecord, printable } from './guards'

describe('isRecord', () => {
  it.each<[string, unknown, boolean]>([
    ['an object', { a: 1 }, true],
    ['an object without a prototype', Object.create(null), true],
    ['an array', [], false],
    ['null', null, false],
    ['a string', 'a', false],
  ])('says %s is %s', (_, value, expected) => {
    expect(isRecord(value)).toBe(expected)
  })
})

describe('assertNever', () => {
  it('throws, naming the value it should never have been given', () => {
    expect(() => assertNever('essay' as never)).toThrow('unexpected value: "essay"')
  })
})

describe('printable', () => {
  it.each([
    ['plain text, 中文 and accents: jū\'ān', 'plain text, 中文 and accents: jū\'ān'],
    ['a terminal escape \u001B[31mred', 'a terminal escape \\u001b[31mred'],
    ['a single-byte escape \u009B31m', 'a single-byte escape \\u009b31m'],
    ['line\nbreak\ttab\r', 'line\\u000abreak\\u0009tab\\u000d'],
    ['right-to-left \u202Eoverride', 'right-to-left \\u202eoverride'],
    ['a line separator \u2028', 'a line separator \\u2028'],
    ['a lone surrogate \uD800', 'a lone surrogate \\ud800'],
    ['an emoji 😀 stays', 'an emoji 😀 stays'],
  ])('shows %j as %j', (text, shown) => {
    expect(printable(text)).toBe(shown)
  })

  it('cuts long text to about 80 characters with an ellipsis', () => {
    expect(printable('x'.repeat(80))).toBe('x'.repeat(80))
    expect(printable('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`)
    expect(printable('\u001B'.repeat(100))).toBe(`${'\\u001b'.repeat(13)}…`)
  })

  it('never lets a control character through and never runs long, whatever the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const shown = printable(text)
      expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u)
      expect(shown.length).toBeLessThanOrEqual(81)
    }), { numRuns: 500 })
  })
})

describe('describeValue', () => {
  it.each<[unknown, string]>([
    [null, 'null'],
    [[1], 'an array'],
    [42, 'number'],
    [{}, 'object'],
    [undefined, 'undefined'],
    ['a\u001Bb', '"a\\u001bb"'],
  ])('describes %j as %s', (value, text) => {
    expect(describeValue(value)).toBe(text)
  })
})
