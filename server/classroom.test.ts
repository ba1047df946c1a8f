import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { counterIds, tempDir, testBank, testClock } from '../test/support/server'
import { Classroom, JOURNAL_FILE } from './classroom'
import { datasync } from './journal'

function open(sync?: (fd: number) => Promise<void>): { classroom: Classroom, dir: string } {
  const dir = tempDir('classroom')
  const classroom = Classroom.open({ bank: testBank, classDir: dir, clock: testClock().now, newId: counterIds(), onWarning: () => {}, sync })
  return { classroom, dir }
}

/** A flush that waits until the test lets it finish. */
function gatedSync(): { sync: (fd: number) => Promise<void>, release: () => void, calls: () => number } {
  let calls = 0
  let release: () => void = () => {}
  const sync = async (fd: number): Promise<void> => {
    calls += 1
    await new Promise<void>((resolve) => {
      release = resolve
    })
    await datasync(fd)
  }
  return { sync, release: () => release(), calls: () => calls }
}

describe('classroom', () => {
  it('acknowledges an event only once the journal is flushed to disk, and shows it only then', async () => {
    const gate = gatedSync()
    const { classroom } = open(gate.sync)
    let acknowledged = false
    const joining = classroom.join('Li').then((outcome) => {
      acknowledged = true
      return outcome
    })
    // The write reaches the flush, which the gate holds (waited for, not timed: the machine may be busy).
    await vi.waitFor(() => expect(gate.calls()).toBe(1), { timeout: 20_000 })
    expect(acknowledged).toBe(false)
    expect(classroom.state.students.size).toBe(0)
    gate.release()
    expect(await joining).toMatchObject({ ok: true, value: { nickname: 'Li', number: 1 } })
    expect(classroom.state.students.size).toBe(1)
    await classroom.close()
  })

  it('writes the events that arrive during a flush together, with the next flush', async () => {
    const { classroom, dir } = open()
    await classroom.act('open', fixtures.single.id)
    const students = await Promise.all(Array.from({ length: 100 }, (_, i) => classroom.join(`S${i}`)))
    const before = classroom.journalStats.flushes
    await Promise.all(students.map(s => s.ok && classroom.answer(s.value.studentId, fixtures.single.id, { kind: 'single', optionId: 'baidu' })))
    expect(classroom.journalStats.flushes - before).toBeLessThan(20)
    await classroom.close()
    expect(readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n')).toHaveLength(201)
  })

  it('refuses and forgets the events of a flush that fails, and those queued behind it; the next ones carry on', async () => {
    let fail = false
    const { classroom, dir } = open(async (fd) => {
      if (fail)
        throw new Error('EIO: the disk failed')
      await datasync(fd)
    })
    await classroom.act('open', fixtures.single.id)
    fail = true
    const lost = [classroom.join('A'), classroom.join('B')]
    await expect(lost[0]).rejects.toThrow('EIO')
    await expect(lost[1]).rejects.toThrow('EIO')
    expect(classroom.state.students.size).toBe(0)
    fail = false
    expect(await classroom.join('C')).toMatchObject({ ok: true, value: { number: 1 } })
    await classroom.close()
    const lines = readFileSync(join(dir, JOURNAL_FILE), 'utf8').trim().split('\n').map(line => JSON.parse(line))
    expect(lines.map(l => l.nickname ?? l.type)).toEqual(['open', 'C'])
  })
})
