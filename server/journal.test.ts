import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { datasync, JournalWriter, parseJournal, readJournal } from './journal'

const open = (n: number) => JSON.stringify({ type: 'open', at: `2026-03-02T10:0${n}:00.000Z`, questionId: `q-${n}` })

function tempFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'journal-')), 'journal.jsonl')
}

describe('parseJournal', () => {
  it('reads one event per line, with its line number, skipping blank lines', () => {
    const parsed = parseJournal(Buffer.from(`${open(1)}\n\n${open(2)}\n`))
    expect(parsed.entries.map(e => [e.line, e.event.type])).toEqual([[1, 'open'], [3, 'open']])
    expect(parsed.warnings).toEqual([])
    expect(parsed.tornTail).toBeUndefined()
  })

  it('reads the first event after a byte order mark an editor put there, and says so', () => {
    const parsed = parseJournal(Buffer.from(`\uFEFF${open(1)}\n${open(2)}\n`))
    expect(parsed.entries.map(e => [e.line, e.event.type])).toEqual([[1, 'open'], [2, 'open']])
    expect(parsed.warnings).toEqual([expect.stringContaining('starts with a byte order mark')])
    expect(parsed.tornTail).toBeUndefined()
  })

  it('names the journal when it cannot be read: a folder in its place, or anything else', () => {
    const path = tempFile()
    mkdirSync(path)
    expect(() => readJournal(path)).toThrow(`${path} is a folder, where the class's journal should be a file`)
  })

  it('skips a torn last line with a warning, and marks where the good part ends', () => {
    const good = `${open(1)}\n${open(2)}\n`
    const parsed = parseJournal(Buffer.from(`${good}{"type":"ans`))
    expect(parsed.entries).toHaveLength(2)
    expect(parsed.goodBytes).toBe(Buffer.byteLength(good))
    expect(parsed.tornTail?.toString()).toBe('{"type":"ans')
    expect(parsed.warnings).toEqual([expect.stringContaining('last line (line 3, 12 bytes) is incomplete')])
  })

  it('takes a complete last line that is not an event (zeros left by a crash) as torn too', () => {
    const good = `${open(1)}\n`
    const parsed = parseJournal(Buffer.from(`${good}\0\0\0\0\n`))
    expect(parsed.goodBytes).toBe(Buffer.byteLength(good))
    expect(parsed.warnings).toEqual([expect.stringContaining('last line (line 2, 5 bytes)')])
  })

  it('reports a broken line in the middle by its line number and keeps the events around it', () => {
    const parsed = parseJournal(Buffer.from(`${open(1)}\n{"type":"open"\n${open(3)}\n{"type":"fly","at":"x"}\n${open(5)}\n`))
    expect(parsed.entries.map(e => e.line)).toEqual([1, 3, 5])
    expect(parsed.warnings).toEqual([
      expect.stringContaining('journal.jsonl line 2 is skipped: it is not valid JSON'),
      expect.stringContaining('journal.jsonl line 4 is skipped: it is not an event'),
    ])
    expect(parsed.tornTail).toBeUndefined()
  })

  it('reads a missing journal as an empty one', () => {
    expect(readJournal(tempFile()).entries).toEqual([])
  })
})

describe('journalWriter', () => {
  it('writes every line, and flushes the lines appended in one turn of the event loop together, once', async () => {
    const path = tempFile()
    const writer = JournalWriter.open(path)
    await Promise.all(Array.from({ length: 300 }, (_, i) => writer.append(open(i % 10))))
    expect(writer.lines).toBe(300)
    expect(writer.flushes).toBe(1)
    // Lines that come while a flush is on its way go together in the next one.
    let letThrough = (): void => {}
    const gate = new Promise<void>((resolve) => {
      letThrough = resolve
    })
    const gated = JournalWriter.open(tempFile(), undefined, async (fd) => {
      await gate
      await datasync(fd)
    })
    const first = gated.append(open(1))
    await new Promise(resolve => setImmediate(resolve))
    const behind = Array.from({ length: 50 }, (_, i) => gated.append(open(i % 10)))
    letThrough()
    await Promise.all([first, ...behind])
    expect(gated.flushes).toBe(2)
    await gated.close()
    await writer.close()
    expect(readJournal(path).entries).toHaveLength(300)
  })

  it('has a line on disk by the time its append resolves', async () => {
    const path = tempFile()
    const writer = JournalWriter.open(path)
    await writer.append(open(1))
    expect(readFileSync(path, 'utf8')).toBe(`${open(1)}\n`)
    await writer.append(open(2))
    expect(readFileSync(path, 'utf8')).toBe(`${open(1)}\n${open(2)}\n`)
    await writer.close()
  })

  it('cuts a torn tail away before appending, keeping it aside in .torn, so the next line starts clean', async () => {
    const path = tempFile()
    writeFileSync(path, `${open(1)}\n{"type":"op`)
    const parsed = readJournal(path)
    const writer = JournalWriter.open(path, parsed.goodBytes)
    await writer.append(open(2))
    await writer.close()
    expect(readFileSync(path, 'utf8')).toBe(`${open(1)}\n${open(2)}\n`)
    expect(readFileSync(`${path}.torn`, 'utf8')).toBe('{"type":"op')
    expect(readJournal(path).warnings).toEqual([])
  })

  it('refuses lines once closed, after writing those already appended', async () => {
    const path = tempFile()
    const writer = JournalWriter.open(path)
    const pending = writer.append(open(1))
    await writer.close()
    await pending
    await expect(writer.append(open(2))).rejects.toThrow('closed')
    expect(readJournal(path).entries).toHaveLength(1)
    expect(existsSync(`${path}.torn`)).toBe(false)
  })

  it('when a flush fails, refuses that batch and the lines queued behind it, says so, and cuts the file back to its last flushed line', async () => {
    const path = tempFile()
    let failing = false
    const writer = JournalWriter.open(path, undefined, async (fd) => {
      if (failing)
        throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO' })
      await datasync(fd)
    })
    const failures: Error[] = []
    writer.onFailure = error => failures.push(error)
    await writer.append(open(1))
    failing = true
    const refused = [writer.append(open(2)), writer.append(open(3))]
    await expect(Promise.all(refused)).rejects.toThrow('EIO')
    await Promise.allSettled(refused)
    expect(failures.map(e => e.message)).toEqual(['EIO: i/o error, fdatasync'])
    expect(readFileSync(path, 'utf8')).toBe(`${open(1)}\n`)
    failing = false
    await writer.append(open(4))
    await writer.close()
    expect(readFileSync(path, 'utf8')).toBe(`${open(1)}\n${open(4)}\n`)
    expect(writer.lines).toBe(2)
  })

  it.skipIf(!existsSync('/dev/full'))('refuses a line the disk cannot take (a full disk: /dev/full), never acknowledging it', async () => {
    const writer = JournalWriter.open('/dev/full')
    const failures: Error[] = []
    writer.onFailure = error => failures.push(error)
    await expect(writer.append(open(1))).rejects.toThrow('ENOSPC')
    expect(failures).toHaveLength(1)
    expect(writer.lines).toBe(0)
    await writer.close()
  })
})

describe('datasync', () => {
  it('flushes a file that is open, and fails on one that is not', async () => {
    const path = tempFile()
    writeFileSync(path, 'x')
    const { openSync, closeSync } = await import('node:fs')
    const fd = openSync(path, 'a')
    await expect(datasync(fd)).resolves.toBeUndefined()
    closeSync(fd)
    await expect(datasync(fd)).rejects.toThrow('EBADF')
  })
})
