import { describe, expect, it } from 'vitest'
import { BACKOFF_MS, MAX_FAILURES, normalizeCode, readCookie, sameSecret, TEACHER_COOKIE_SECONDS, TeacherGate } from './teacher-gate'

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

  it('ends a session on sign-out for good: the same cookie, kept or copied, no longer works, and others go on', () => {
    const ended: string[] = []
    const gate = new TeacherGate('K7MPQ4', 'class-a', () => 0, { onEnd: id => ended.push(id) })
    const laptop = gate.setCookie().split(';')[0]!
    const tablet = gate.setCookie().split(';')[0]!
    expect(laptop).not.toBe(tablet)
    gate.endSession(laptop)
    expect(gate.hasSession(laptop)).toBe(false)
    expect(gate.hasSession(tablet)).toBe(true)
    expect(ended).toHaveLength(1)
    // After a restart, with the sign-outs read back from the class folder.
    const restarted = new TeacherGate('K7MPQ4', 'class-a', () => 0, { ended })
    expect(restarted.hasSession(laptop)).toBe(false)
    expect(restarted.hasSession(tablet)).toBe(true)
  })

  it('refuses a session older than the cookie\'s 12 hours, and a forged or altered one', () => {
    let now = 0
    const gate = new TeacherGate('K7MPQ4', 'class-a', () => now)
    const cookie = gate.setCookie().split(';')[0]!
    now = TEACHER_COOKIE_SECONDS * 1000 - 1
    expect(gate.hasSession(cookie)).toBe(true)
    now += 1
    expect(gate.hasSession(cookie)).toBe(false)
    now = 0
    const [id, mac] = cookie.slice('lesson_teacher='.length).split('.')
    expect(gate.hasSession(`lesson_teacher=${id}x.${mac}`)).toBe(false)
    expect(gate.hasSession(`lesson_teacher=${id}.${mac}x`)).toBe(false)
    expect(gate.hasSession('lesson_teacher=forged')).toBe(false)
  })
})
