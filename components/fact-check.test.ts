import { describe, expect, it } from 'vitest'
import { VERDICTS } from '../content/fact-checks'
import { verdictLook } from './fact-check'

describe('verdictLook', () => {
  it('gives every verdict its own word, colour and icon', () => {
    const looks = VERDICTS.map(verdictLook)
    for (const key of ['label', 'color', 'icon'] as const)
      expect(new Set(looks.map(l => l[key])).size).toBe(VERDICTS.length)
  })

  it.each([
    ['false', 'False', 'cross'],
    ['mostly-true', 'Mostly true', 'check'],
    ['unverified', 'Unverified', 'question'],
  ] as const)('shows %s as "%s" with a %s', (verdict, label, icon) => {
    expect(verdictLook(verdict)).toMatchObject({ label, icon })
  })
})
