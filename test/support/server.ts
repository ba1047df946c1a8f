// What the server's tests share: a small site on disk, a class folder, and a clock and ids they
// control. Browser tests can use `startClassServer` (server/start.ts) with a real build instead.
import type { Buffer } from 'node:buffer'
import type { ClassAppOptions } from '../../server/app'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { fixtures } from '../fixtures/questions'

/** The questions the server tests ask: the fixtures' single, multiple and true-false (live), and a short one (not live). */
export const testBank = [fixtures.single, fixtures.multiple, fixtures.trueFalse, fixtures.short]

/** The teacher code of the test classes. */
export const TEST_CODE = 'K7MPQ4'

/** A fresh empty folder under the system's temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`))
}

function put(root: string, path: string, content: string | Buffer): void {
  const file = join(root, path)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/**
 * A built site in miniature: the deck's index.html, a hashed asset with its .br and .gz, and the
 * student pages join/ and quiz/. `label` goes into every page, to tell sites apart.
 */
export function tempSite(label = 'site'): string {
  const root = tempDir(label)
  const asset = `console.log(${JSON.stringify(label)});\n`.repeat(50)
  put(root, 'index.html', `<!doctype html><title>${label} deck</title>`)
  put(root, 'assets/index-abc123.js', asset)
  put(root, 'assets/index-abc123.js.br', brotliCompressSync(asset))
  put(root, 'assets/index-abc123.js.gz', gzipSync(asset))
  put(root, 'join/index.html', `<!doctype html><title>${label} join</title>`)
  put(root, 'quiz/index.html', `<!doctype html><title>${label} quiz</title>`)
  return root
}

/** A clock a test sets and moves. */
export interface TestClock {
  readonly now: () => Date
  advance: (ms: number) => void
}

/** A clock that starts at 10:05 on 2 March 2026 (UTC) and moves only when told. */
export function testClock(start = Date.UTC(2026, 2, 2, 10, 5)): TestClock {
  let time = start
  return {
    now: () => new Date(time),
    advance: (ms) => {
      time += ms
    },
  }
}

/** Ids `id-1`, `id-2`, …: predictable, so tests can name students. */
export function counterIds(prefix = 'id'): () => string {
  let n = 0
  return () => `${prefix}-${(n += 1)}`
}

/** The options of a test class: the test bank, a temporary site and class folder, a test clock and counter ids. */
export function testClassOptions(overrides: Partial<ClassAppOptions> = {}): ClassAppOptions & { clock: () => Date } {
  return {
    bank: testBank,
    siteDir: tempSite(),
    classDir: join(tempDir('class'), 'class'),
    teacherCode: TEST_CODE,
    joinUrl: 'http://192.168.1.20:3000/join',
    clock: testClock().now,
    newId: counterIds(),
    onWarning: () => {},
    ...overrides,
  }
}
