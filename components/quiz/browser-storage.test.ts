import { describe, expect, it } from 'vitest'
import { NO_STORAGE } from '../../quiz/progress'
import { browserStorage, checkedWrites } from './browser-storage'

describe('browserStorage', () => {
  it('does not take the page\'s in-memory stand-in for storage that saves', () => {
    expect(browserStorage(true)).toBe(NO_STORAGE)
  })

  it('is no storage where the page has none', () => {
    expect(browserStorage(false)).toBe(NO_STORAGE)
  })
})

describe('checkedWrites', () => {
  it('refuses a write the storage dropped without a word, as the storage shim does when storage is full', () => {
    const data = new Map<string, string>([['k', 'old']])
    const dropping = { length: 1, key: () => 'k', getItem: (k: string) => data.get(k) ?? null, setItem: () => {}, removeItem: (k: string) => void data.delete(k) }
    expect(() => checkedWrites(dropping).setItem('k', 'new')).toThrow()
    expect(() => checkedWrites(dropping).setItem('k', 'old')).not.toThrow()
  })

  it('passes a write that was kept', () => {
    const data = new Map<string, string>()
    const keeping = { length: 0, key: () => null, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) }
    checkedWrites(keeping).setItem('k', 'v')
    expect(data.get('k')).toBe('v')
  })
})
