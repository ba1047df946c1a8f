import { describe, expect, it } from 'vitest'
import { NO_STORAGE } from '../../quiz/progress'
import { browserStorage } from './browser-storage'

describe('browserStorage', () => {
  it('does not take the page\'s in-memory stand-in for storage that saves', () => {
    expect(browserStorage(true)).toBe(NO_STORAGE)
  })

  it('is no storage where the page has none', () => {
    expect(browserStorage(false)).toBe(NO_STORAGE)
  })
})
