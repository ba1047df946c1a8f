// The journal flushes with the real fdatasync unless a test passes its own: node:fs is watched here,
// in a file of its own, so that no other test runs with it mocked.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { JournalWriter } from './journal'

const flushed = vi.hoisted(() => ({ fds: [] as number[], contents: [] as string[], path: '' }))

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  return {
    ...fs,
    fdatasyncSync: (fd: number) => {
      flushed.fds.push(fd)
      // What is on disk when the flush is asked for: the line has been written first.
      flushed.contents.push(flushed.path ? fs.readFileSync(flushed.path, 'utf8') : '')
      fs.fdatasyncSync(fd)
    },
  }
})

describe('a journal opened without a flush of its own', () => {
  it('flushes every batch with fdatasync before the line is acknowledged', async () => {
    flushed.path = join(mkdtempSync(join(tmpdir(), 'journal-sync-')), 'journal.jsonl')
    const writer = JournalWriter.open(flushed.path)
    await writer.append('{"line":1}')
    expect(flushed.fds).toHaveLength(1)
    expect(flushed.contents).toEqual(['{"line":1}\n'])
    await writer.append('{"line":2}')
    expect(flushed.fds).toHaveLength(2)
    await writer.close()
    expect(readFileSync(flushed.path, 'utf8')).toBe('{"line":1}\n{"line":2}\n')
  })
})
