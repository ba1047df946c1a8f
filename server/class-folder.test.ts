import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test/support/server'
import { classFolderName, createClassFolder, LOCK_FILE, lockClassFolder, newTeacherCode, readClassInfo, recentClassFolder, RESUME_WITHIN_MS, TEACHER_CODE_ALPHABET } from './class-folder'
import { JOURNAL_FILE } from './classroom'

describe('newTeacherCode', () => {
  it('is six characters that cannot be misread aloud: no 0, O, 1, I or L', () => {
    for (let i = 0; i < 200; i += 1)
      expect(newTeacherCode()).toMatch(/^[A-HJKMNP-Z2-9]{6}$/)
    expect(TEACHER_CODE_ALPHABET).not.toMatch(/[01OIL]/)
  })

  it('takes its randomness from outside, so it can be fixed', () => {
    expect(newTeacherCode(() => 0)).toBe('AAAAAA')
    expect(newTeacherCode(max => max - 1)).toBe('999999')
  })
})

describe('class folders', () => {
  const at = (h: number, m: number) => new Date(2026, 2, 2, h, m)

  it('are named for when the class started, in local time, and never overwrite one another', () => {
    const classes = tempDir('classes')
    expect(classFolderName(at(9, 5))).toBe('2026-03-02-0905')
    expect(createClassFolder(classes, at(10, 5), 'K7MPQ4')).toBe(join(classes, '2026-03-02-1005'))
    expect(createClassFolder(classes, at(10, 5), 'K7MPQ4')).toBe(join(classes, '2026-03-02-1005-2'))
    expect(readClassInfo(join(classes, '2026-03-02-1005'))).toEqual({ teacherCode: 'K7MPQ4', startedAt: at(10, 5).toISOString() })
  })

  it('continue the class used most recently, if within 4 hours', () => {
    const classes = tempDir('classes')
    const older = createClassFolder(classes, at(8, 0), 'OLD234')
    const newer = createClassFolder(classes, at(10, 5), 'NEW234')
    const used = (dir: string, date: Date) => {
      writeFileSync(join(dir, JOURNAL_FILE), '')
      utimesSync(join(dir, JOURNAL_FILE), date, date)
      utimesSync(join(dir, 'class.json'), date, date)
    }
    used(older, at(8, 30))
    used(newer, at(11, 0))
    expect(recentClassFolder(classes, at(12, 0))).toMatchObject({ dir: newer, info: { teacherCode: 'NEW234' } })
    expect(recentClassFolder(classes, new Date(at(11, 0).getTime() + RESUME_WITHIN_MS + 1))).toBeUndefined()
  })

  it('name a damaged or missing class.json of the latest class rather than pass over it', () => {
    const classes = tempDir('classes')
    const dir = createClassFolder(classes, at(10, 5), 'K7MPQ4')
    writeFileSync(join(dir, JOURNAL_FILE), '{"type":"join"}\n')
    writeFileSync(join(dir, 'class.json'), '{"teacherCode": 7}')
    expect(recentClassFolder(classes, new Date())).toMatchObject({ dir, info: undefined, problem: expect.stringContaining('class.json is damaged') })
    rmSync(join(dir, 'class.json'))
    expect(recentClassFolder(classes, new Date())).toMatchObject({ dir, info: undefined, problem: expect.stringContaining('class.json is missing') })
  })

  it('write class.json for the owner alone: it holds the teacher code', () => {
    const dir = createClassFolder(tempDir('classes'), at(10, 5), 'K7MPQ4')
    expect((statSync(join(dir, 'class.json')).mode & 0o777).toString(8)).toBe('600')
  })

  it('ignore folders that are not classes, and a missing classes folder', () => {
    const classes = tempDir('classes')
    mkdirSync(join(classes, 'notes'))
    expect(recentClassFolder(classes, new Date())).toBeUndefined()
    expect(recentClassFolder(join(classes, 'none'), new Date())).toBeUndefined()
  })
})

describe('the lock on a class folder', () => {
  it('lets one server hold a class, refuses a second naming the first, and is given back', () => {
    const dir = createClassFolder(tempDir('classes'), new Date(), 'K7MPQ4')
    const first = lockClassFolder(dir, 'http://192.168.1.20:3000')
    expect(first.ok).toBe(true)
    expect(lockClassFolder(dir, 'http://192.168.1.20:3001', process.pid + 1)).toMatchObject({ ok: false, holder: { pid: process.pid, url: 'http://192.168.1.20:3000' } })
    if (first.ok)
      first.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
    expect(lockClassFolder(dir, 'http://192.168.1.20:3001').ok).toBe(true)
  })

  it('takes over a lock left by a server that no longer runs', () => {
    const dir = createClassFolder(tempDir('classes'), new Date(), 'K7MPQ4')
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: gone, url: 'http://192.168.1.20:3000', startedAt: new Date().toISOString() }))
    expect(lockClassFolder(dir, 'http://192.168.1.20:3001').ok).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, url: 'http://192.168.1.20:3001' })
  })
})
