import { describe, expect, it } from 'vitest'
import { BACKOFF_MS, MAX_FAILURES, normalizeCode, readCookie, sameSecret, TeacherGate } from './teacher-gate'

describe('sameSecret', () => {
  it.each([
    ['K7MPQ4', 'K7MPQ4', true],
    ['K7MPQ4', 'K7MPQ5', false],
    ['K7MPQ4', 'K7MPQ4X', false],
    ['', 'K7MPQ4', false],
  ])('compares %j and %j: %s', (a, b, same) => {
    expect(sameSecret(a, b)).toBe(same)
  })
})

describe('normalizeCode', () => {
  it('ignores surrounding spaces and case, as a code read aloud is typed', () => {
    expect(normalizeCode('  k7mpq4 ')).toBe('K7MPQ4')
  })
})

describe('readCookie', () => {
  it('finds a cookie among others, and nothing when it is absent', () => {
    expect(readCookie('a=1; lesson_teacher=abc; b=2', 'lesson_teacher')).toBe('abc')
    expect(readCookie('xlesson_teacher=abc', 'lesson_teacher')).toBeUndefined()
    expect(readCookie(undefined, 'lesson_teacher')).toBeUndefined()
  })
})

describe('teacherGate', () => {
  it('makes an address wait after five wrong codes, longer after each further one, and forgets it after a right one', () => {
    let now = 0
    const gate = new TeacherGate('K7MPQ4', 'class', () => now)
    for (let i = 0; i < MAX_FAILURES - 1; i += 1)
      expect(gate.check('10.0.0.9', 'nope')).toEqual({ ok: false, reason: 'wrong' })
    expect(gate.waitSeconds('10.0.0.9')).toBe(0)
    gate.check('10.0.0.9', 'nope')
    expect(gate.check('10.0.0.9', 'K7MPQ4')).toEqual({ ok: false, reason: 'wait', retryAfterSeconds: BACKOFF_MS / 1000 })
    expect(gate.check('10.0.0.10', 'K7MPQ4')).toEqual({ ok: true })
    now += BACKOFF_MS
    gate.check('10.0.0.9', 'nope')
    expect(gate.waitSeconds('10.0.0.9')).toBe(2 * BACKOFF_MS / 1000)
    now += 2 * BACKOFF_MS
    expect(gate.check('10.0.0.9', 'k7mpq4')).toEqual({ ok: true })
    expect(gate.check('10.0.0.9', 'nope')).toEqual({ ok: false, reason: 'wrong' })
    expect(gate.waitSeconds('10.0.0.9')).toBe(0)
  })

  it('gives a session cookie that survives a restart with the same code, and no other class accepts', () => {
    const gate = new TeacherGate('K7MPQ4', 'class-a', () => 0)
    const cookie = gate.setCookie().split(';')[0]!
    expect(new TeacherGate('k7mpq4', 'class-a', () => 0).hasSession(cookie)).toBe(true)
    expect(new TeacherGate('OTHER9', 'class-a', () => 0).hasSession(cookie)).toBe(false)
    expect(new TeacherGate('K7MPQ4', 'class-b', () => 0).hasSession(cookie)).toBe(false)
    expect(gate.setCookie()).toContain('HttpOnly')
  })
})
