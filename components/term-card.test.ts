import { describe, expect, it } from 'vitest'
import { termById } from '../content/terms'
import { whereLabel } from './term-card'

describe('whereLabel', () => {
  it('capitalises the fact sheet\'s words', () => {
    expect(whereLabel(termById('choose-one-of-two'))).toBe('After the article')
  })

  it('leaves words that already start with a capital as they are', () => {
    expect(whereLabel(termById('copycat'))).toBe('Part 1 ("students copying teachers"), Part 2')
  })
})
