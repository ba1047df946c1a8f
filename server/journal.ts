// The class's record: an append-only JSON Lines file, one accepted event per line. Node 20 has no
// built-in SQLite and a native database module would need a download, so this file is the store.
//
// Every line is written and flushed to the disk (write + fdatasync) before the request that made
// it is acknowledged. Lines appended in one turn of the event loop are written and flushed together
// just after it (group commit), and lines that come while a flush runs go in the next: 500 answers
// at once cost a few dozen flushes, not 500.
//
// The write and the flush run on the event loop's own thread (writeSync, fdatasyncSync), as
// better-sqlite3 does, not in libuv's thread pool: a flush is about 0.2 ms on a laptop's SSD, and
// the two hand-overs to a pool thread and back cost as much again on a busy machine. In
// `npm run bench:class` at 1,000 phones this halved the server's own time per answer (p50 0.96 ms
// to 0.47–0.64 ms). The price: while the disk flushes, the server does nothing else; on a disk that
// takes 10 ms a flush, every request may wait that long, which a class does not notice.
import type { LiveEvent } from '../quiz/live/state'
import { Buffer } from 'node:buffer'
import { appendFileSync, closeSync, fdatasyncSync, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs'
import { basename } from 'node:path'
import * as v from 'valibot'
import { firstIssue } from '../quiz/live/protocol'
import { LiveEventSchema } from '../quiz/live/state'

/** U+FEFF at the start of a text file: a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF'

/** Files of a class (its answers, its teacher code) are the teacher's alone: read and write for the owner only. */
export const PRIVATE_FILE = 0o600

const NEWLINE = 0x0A

/** An event of the journal and the line it is on (from 1), for messages. */
export interface JournalEntry {
  readonly line: number
  readonly event: LiveEvent
}

/** What a journal file holds: its events, what was wrong with it, and where its last complete line ends. */
export interface ParsedJournal {
  readonly entries: JournalEntry[]
  /** Sentences for the person running the class: a torn last line, a broken line in the middle. */
  readonly warnings: string[]
  /**
   * The length in bytes of the journal up to and including its last good line. Anything after it
   * (a line cut off by a power cut) is cut away before the journal is appended to, so that the
   * next event starts on a line of its own.
   */
  readonly goodBytes: number
  /** The bytes after `goodBytes`, if any: kept aside in `journal.jsonl.torn`. */
  readonly tornTail: Buffer | undefined
}

type LineResult = { ok: true, event: LiveEvent } | { ok: false, why: string }

/** One line of the journal read as an event, or why it is not one. */
export function parseLine(text: string): LineResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch {
    return { ok: false, why: 'it is not valid JSON' }
  }
  const parsed = v.safeParse(LiveEventSchema, value)
  return parsed.success ? { ok: true, event: parsed.output } : { ok: false, why: `it is not an event: ${firstIssue(parsed.issues)}` }
}

/**
 * Reads a journal's bytes. A last line that is cut off, or that is not an event, is a torn write
 * (a power cut, a full disk): it is skipped with a warning and cut away. A broken line in the
 * middle is skipped with a warning naming its line number; the events around it still count.
 * Never throws on the content.
 */
export function parseJournal(bytes: Buffer, name = 'journal.jsonl'): ParsedJournal {
  const lastNewline = bytes.lastIndexOf(NEWLINE)
  const complete = bytes.subarray(0, lastNewline + 1)
  let tail = bytes.subarray(lastNewline + 1)
  const lines = complete.toString('utf8').split('\n')
  // The text after the last newline is empty by construction.
  lines.pop()
  // An editor that saved the journal may have put a byte order mark before the first event.
  const bom = lines[0]?.startsWith(BYTE_ORDER_MARK) === true
  if (bom)
    lines[0] = lines[0]!.slice(BYTE_ORDER_MARK.length)
  const entries: JournalEntry[] = []
  const broken: { line: number, why: string }[] = []
  lines.forEach((text, i) => {
    if (text.trim() === '')
      return
    const result = parseLine(text)
    if (result.ok)
      entries.push({ line: i + 1, event: result.event })
    else
      broken.push({ line: i + 1, why: result.why })
  })
  const warnings: string[] = bom ? [`${name} starts with a byte order mark (an editor that saved it may have added one); it was skipped, and line 1 read without it`] : []
  let goodBytes = complete.length
  let tornLine = lines.length + 1
  // A complete last line that is not an event is torn too (a crash can leave zeros behind).
  const last = broken.at(-1)
  const lastGood = entries.at(-1)?.line ?? 0
  if (tail.length === 0 && last && last.line > lastGood) {
    goodBytes = byteOffsetOfLine(complete, last.line)
    tail = complete.subarray(goodBytes)
    tornLine = last.line
    broken.pop()
  }
  for (const { line, why } of broken)
    warnings.push(`${name} line ${line} is skipped: ${why}. The events before and after it are kept.`)
  if (tail.length > 0)
    warnings.push(`${name}: the last line (line ${tornLine}, ${tail.length} bytes) is incomplete, probably cut off by a crash or a power cut; it is skipped and kept aside in ${name}.torn. Nothing acknowledged is lost: an event is acknowledged only once its line is complete on disk.`)
  return { entries, warnings, goodBytes, tornTail: tail.length > 0 ? Buffer.from(tail) : undefined }
}

/** The byte offset where line `line` (from 1) starts. */
function byteOffsetOfLine(bytes: Buffer, line: number): number {
  let offset = 0
  for (let i = 1; i < line; i += 1)
    offset = bytes.indexOf(NEWLINE, offset) + 1
  return offset
}

/** Reads the journal at `path`; a missing file is an empty journal. */
export function readJournal(path: string): ParsedJournal {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  }
  catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    if (code === 'ENOENT')
      return { entries: [], warnings: [], goodBytes: 0, tornTail: undefined }
    if (code === 'EISDIR')
      throw new Error(`${path} is a folder, where the class's journal should be a file: move or rename that folder, then start again`)
    throw new Error(`cannot read the class's journal ${path}: ${message}`)
  }
  return parseJournal(bytes, basename(path))
}

interface Pending {
  readonly bytes: Buffer
  readonly resolve: () => void
  readonly reject: (error: Error) => void
}

function writeAll(fd: number, buffer: Buffer): void {
  for (let offset = 0; offset < buffer.length;)
    offset += writeSync(fd, buffer, offset, buffer.length - offset)
}

/** Flushes a file's data to the disk (fdatasync), on this thread; rejects if the disk fails. */
export function datasync(fd: number): Promise<void> {
  try {
    fdatasyncSync(fd)
    return Promise.resolve()
  }
  catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

/** Appends lines to a journal, each batch written and flushed to disk before its lines are acknowledged. */
export class JournalWriter {
  /** How many write + fdatasync rounds have run: fewer than lines when requests arrive together. */
  flushes = 0
  /** Lines written and flushed. */
  lines = 0
  /**
   * Called, before any waiting `append` is rejected, when a write or flush fails: the lines of
   * that batch and of every batch queued behind it are not on disk. The file is cut back to its
   * last flushed line.
   */
  onFailure: ((error: Error) => void) | undefined

  private queue: Pending[] = []
  private running: Promise<void> | undefined
  private closed = false
  private scheduled = false

  private constructor(private readonly fd: number, private size: number, private readonly sync: (fd: number) => Promise<void>) {}

  /**
   * Opens `path` for appending, creating it. If it is longer than `keepBytes` (a torn last line
   * found by `readJournal`), the extra bytes are first appended to `<path>.torn` and cut away.
   * `sync` flushes the file to disk: fdatasync, unless a test watches it.
   */
  static open(path: string, keepBytes?: number, sync: (fd: number) => Promise<void> = datasync): JournalWriter {
    // Only the teacher's account reads the class's answers (the mode applies when the file is created).
    const fd = openSync(path, 'a', PRIVATE_FILE)
    const { size } = fstatSync(fd)
    if (keepBytes !== undefined && size > keepBytes) {
      const tail = readFileSync(path).subarray(keepBytes)
      appendFileSync(`${path}.torn`, tail, { mode: PRIVATE_FILE })
      ftruncateSync(fd, keepBytes)
      return new JournalWriter(fd, keepBytes, sync)
    }
    return new JournalWriter(fd, size, sync)
  }

  /** Appends one line (without its newline); resolves once it is on disk, rejects if it could not be written. */
  append(line: string): Promise<void> {
    if (this.closed)
      return Promise.reject(new Error('the journal is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes: Buffer.from(`${line}\n`), resolve, reject })
      // Just after this turn of the event loop: the requests that arrived with this one join it.
      if (!this.running && !this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.start())
      }
    })
  }

  private start(): void {
    this.scheduled = false
    if (this.running || this.queue.length === 0)
      return
    this.running = this.run().finally(() => {
      this.running = undefined
      // Lines that came as the last batch was acknowledged.
      this.start()
    })
  }

  private async run(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue
      this.queue = []
      const buffer = Buffer.concat(batch.map(p => p.bytes))
      try {
        writeAll(this.fd, buffer)
        await this.sync(this.fd)
      }
      catch (error) {
        this.fail(error as Error, batch)
        continue
      }
      this.size += buffer.length
      this.flushes += 1
      this.lines += batch.length
      for (const pending of batch)
        pending.resolve()
    }
  }

  private fail(error: Error, batch: Pending[]): void {
    const behind = this.queue
    this.queue = []
    try {
      ftruncateSync(this.fd, this.size)
    }
    catch {
      // The disk is failing; the torn line is cut when the journal is next read.
    }
    this.onFailure?.(error)
    for (const pending of [...batch, ...behind])
      pending.reject(error)
  }

  /** Waits for every line appended so far to be on disk, then closes the file. */
  async close(): Promise<void> {
    this.closed = true
    this.start()
    while (this.running)
      await this.running
    closeSync(this.fd)
  }
}
