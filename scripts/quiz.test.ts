import type { CliFiles } from './quiz'
import { Buffer } from 'node:buffer'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse } from 'gift-pegjs'
import { afterAll, describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { toGift } from '../quiz/gift'
import { correctResponse } from '../quiz/grade'
import { toMoodleXml } from '../quiz/moodle-xml'
import { attemptOrder, inLessonOrder } from '../quiz/order'
import { bankVersion, buildResults, resultsJson } from '../quiz/results-export'
import { decodeUtf8, MAX_LISTED_ISSUES, runQuiz, USAGE } from './quiz'

const dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

/** Files held in memory: `check` reads these bytes whatever the path, and nothing is written. */
function inMemory(bytes: Uint8Array): CliFiles {
  return { readBytes: () => bytes, writeText: () => {} }
}

const CONTROL = /\p{Cc}/u

/** Whether text holds a control character other than the line breaks between messages: what must never reach a terminal. */
function hasControl(text: string): boolean {
  return CONTROL.test(text.replaceAll('\n', ''))
}

const single = {
  kind: 'single',
  id: 'who-won',
  part: 'part-1',
  slide: 'internet-era',
  objective: 'explain-reasons',
  prompt: 'Who beat Google in China?',
  options: [
    { id: 'baidu', text: 'Baidu', correct: true },
    { id: 'yahoo', text: 'Yahoo', correct: false },
    { id: 'sohu', text: 'Sohu', correct: false },
  ],
  explanation: 'Baidu.',
  points: 1,
}

describe('quiz check', () => {
  it('passes on the shipped bank', () => {
    const result = runQuiz(['check'])
    expect(result).toEqual({ exitCode: 0, stdout: expect.stringContaining(`is valid: ${bank.length} questions`), stderr: '' })
  })

  it('passes on a valid bank file', () => {
    const result = runQuiz(['check', file('good.json', JSON.stringify([single]))])
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('1 questions, 1 points')
  })

  it('fails on a broken bank file with one line per problem', () => {
    const broken = [
      { ...single, prompt: '' },
      { ...single, id: 'two-right', options: single.options.map(o => ({ ...o, correct: true })) },
      { ...single, id: 'who-won', part: 'part-9' },
    ]
    const result = runQuiz(['check', file('broken.json', JSON.stringify(broken))])
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      'who-won  prompt  is empty',
      expect.stringMatching(/^two-right {2}options {2}a single-choice question has exactly one correct option, not 3/),
      expect.stringMatching(/^who-won {2}part {2}unknown part "part-9"/),
      'who-won  id  duplicate id: questions #1 and #3 share it',
      expect.stringMatching(/^quiz: 4 problem\(s\) in .*broken\.json$/),
    ])
  })

  it.each([
    ['not JSON', '{ "questions": [', /^quiz: .*bad\.json is not valid JSON \(.+\)$/],
    ['JSON but not a bank', '{ "questions": [] }', /^quiz: .*bad\.json is not a quiz bank: a bank must be an array of questions, not object$/],
    ['an empty file', '', /^quiz: .*bad\.json is not valid JSON/],
  ])('gives one clear line for a file that is %s', (_, text, line) => {
    const result = runQuiz(['check', file('bad.json', text)])
    expect(result.exitCode).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(line)])
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('accepts a UTF-8 byte-order mark at the start of the file', () => {
    const result = runQuiz(['check', file('bom.json', `\uFEFF${JSON.stringify([single])}`)])
    expect(result.exitCode).toBe(0)
  })

  it.each<[string, number[], number]>([
    ['a byte that is never UTF-8', [0x5B, 0x22, 0xFF, 0x22, 0x5D], 2],
    ['a character cut short at the end', [0x5B, 0x22, 0xE4, 0xB8], 2],
    ['a continuation byte on its own, after a real U+FFFD', [0x5B, 0x22, 0xEF, 0xBF, 0xBD, 0x80, 0x22, 0x5D], 5],
  ])('refuses %s, naming the offset of the first bad byte', (_, bytes, offset) => {
    const result = runQuiz(['check', file('bytes.json', new Uint8Array(bytes))])
    expect(result.exitCode).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(new RegExp(`^quiz: .*bytes\\.json is not UTF-8 text: byte ${offset} \\(0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}\\)`))])
  })

  it.each<[string, Uint8Array]>([
    ['with a byte order mark, little-endian', Uint8Array.from([0xFF, 0xFE, ...Buffer.from('[]', 'utf16le')])],
    ['with a byte order mark, big-endian', Uint8Array.from([0xFE, 0xFF, ...Buffer.from('[]', 'utf16le').swap16()])],
    ['without a byte order mark', Uint8Array.from(Buffer.from(JSON.stringify([single]), 'utf16le'))],
  ])('names UTF-16 text (%s) and says to save the file as UTF-8', (_, bytes) => {
    const result = runQuiz(['check', file('unicode.json', bytes)])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/^quiz: .*unicode\.json cannot be read: it is UTF-16 text \("Unicode" in Notepad and Excel\), not UTF-8: save it again as UTF-8 and try again\n$/)
  })

  it('decodes UTF-8 without ever replacing a byte', () => {
    expect(decodeUtf8(new Uint8Array([0xE4, 0xB8, 0xAD]))).toEqual({ ok: true, text: '中' })
    expect(decodeUtf8(new Uint8Array([0x61, 0xC3, 0x28]))).toEqual({ ok: false, offset: 1 })
  })

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('reports a question whose kind is %j as a problem, not a stack trace', (kind) => {
    const result = runQuiz(['check', file('kind.json', JSON.stringify([{ ...single, kind }]))])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(new RegExp(`^who-won {2}kind {2}unknown kind "${kind}"`))
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  })

  it('shows what the file and the command line hold without control characters, cut short', () => {
    const hostile = `\u001B[2J\u001B]0;owned\u0007${'x'.repeat(500)}`
    const bad = runQuiz(['check', file('hostile.json', JSON.stringify([{ ...single, id: hostile, part: hostile, [hostile]: 1 }]))])
    expect(bad.exitCode).toBe(1)
    expect(hasControl(bad.stderr)).toBe(false)
    expect(Math.max(...bad.stderr.split('\n').map(line => line.length))).toBeLessThan(300)
    expect(bad.stderr).toContain('\\u001b[2J')

    const notJson = runQuiz(['check', file('hostile.txt', `${hostile}`)])
    expect(hasControl(notJson.stderr)).toBe(false)
    const missing = runQuiz(['check', join(dir, `${hostile}.json`)])
    expect(missing.exitCode).toBe(2)
    expect(hasControl(missing.stderr)).toBe(false)
    expect(hasControl(runQuiz([hostile]).stderr)).toBe(false)
  })

  it(`lists at most ${MAX_LISTED_ISSUES} problems, and counts them all`, () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...single, id: `q-${i}`, prompt: '' }))
    const result = runQuiz(['check', file('many.json', JSON.stringify(many))])
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(MAX_LISTED_ISSUES + 1)
    expect(lines.at(-1)).toMatch(/^quiz: 80 problem\(s\) in .*many\.json \(the first 50 listed\)$/)
  })

  it('never throws and always exits 0, 1 or 2, whatever the file holds', () => {
    const json = fc.jsonValue().map(value => new TextEncoder().encode(JSON.stringify(value)))
    const questions = fc.array(fc.record({ kind: fc.constantFrom('single', 'constructor', '__proto__', 'toString'), id: fc.string(), options: fc.jsonValue() }, { requiredKeys: [] }))
      .map(value => new TextEncoder().encode(`\uFEFF${JSON.stringify(value)}`))
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), json, questions), (bytes) => {
      const result = runQuiz(['check', 'bank.json'], inMemory(bytes))
      expect([0, 1, 2]).toContain(result.exitCode)
      expect(hasControl(result.stderr)).toBe(false)
      expect(hasControl(result.stdout)).toBe(false)
    }), { numRuns: 500 })
  })

  it('gives one clear line for a file that does not exist', () => {
    const result = runQuiz(['check', join(dir, 'missing.json')])
    expect(result.exitCode).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^quiz: cannot read .*missing\.json: ENOENT/)])
  })
})

describe('quiz gift, xml and key', () => {
  it('prints GIFT that parses, one question per bank question, and nothing else on stdout', () => {
    const result = runQuiz(['gift'])
    expect(result).toEqual({ exitCode: 0, stdout: toGift(bank.map(inLessonOrder)), stderr: '' })
    expect(parse(result.stdout).filter(q => q.type !== 'Category')).toHaveLength(bank.length)
  })

  it('prints Moodle XML, and nothing else on stdout', () => {
    expect(runQuiz(['xml'])).toEqual({ exitCode: 0, stdout: toMoodleXml(bank.map(inLessonOrder)), stderr: '' })
  })

  it('writes GIFT to a file with --out, saying so on stderr', () => {
    const out = join(dir, 'quiz.gift')
    const result = runQuiz(['gift', '--out', out])
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: `quiz: wrote ${bank.length} questions to ${out}\n` })
    expect(readFileSync(out, 'utf8')).toBe(toGift(bank.map(inLessonOrder)))
  })

  it('writes Moodle XML to a file with -o', () => {
    const out = join(dir, 'quiz.xml')
    expect(runQuiz(['xml', '-o', out]).exitCode).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(toMoodleXml(bank.map(inLessonOrder)))
  })

  it('writes the answer key to a file with --out=FILE', () => {
    const out = join(dir, 'key.md')
    expect(runQuiz(['key', `--out=${out}`]).exitCode).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^# Quiz answer key\n/)
  })

  it('reports a file it cannot write', () => {
    const result = runQuiz(['key', '--out', join(dir, 'no-such-dir', 'key.md')])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toMatch(/^quiz: cannot write /)
  })
})

describe('quiz usage', () => {
  it.each([['--help'], ['-h'], ['help'], ['gift', '--help'], ['check', 'bank.json', '-h']])('prints help for %s', (...argv) => {
    expect(runQuiz(argv)).toEqual({ exitCode: 0, stdout: `${USAGE}\n`, stderr: '' })
  })

  it('shows --out as the first way to export, and -s for redirecting stdout', () => {
    const examples = USAGE.split('\n').filter(line => line.trimStart().startsWith('npm run'))
    expect(examples[0]?.trim()).toBe('npm run quiz -- gift --out quiz.gift')
    expect(examples[1]?.trim()).toMatch(/^npm run -s quiz -- gift > quiz\.gift/)
  })

  it.each<[string, string[], RegExp]>([
    ['no command', [], /no command given/],
    ['an unknown command', ['grade'], /unknown command: grade/],
    ['--out without a file', ['gift', '--out'], /Option '-o, --out <value>' argument missing/],
    ['--out followed by another option', ['gift', '--out', '--help'], /Option '--out' argument is ambiguous$/m],
    ['an empty --out', ['gift', '--out='], /--out needs a file name/],
    ['an unknown option', ['key', '--verbose'], /Unknown option '--verbose'$/m],
    ['an argument an export does not take', ['xml', 'bank.json'], /unknown argument for xml: bank\.json/],
    ['--out for check', ['check', '--out', 'x'], /check writes no file/],
    ['two files to check', ['check', 'a.json', 'b.json'], /at most one file/],
    ['a command that is a name on every object', ['constructor'], /unknown command: constructor/],
  ])('exits 2 with the usage for %s', (_, argv, message) => {
    const result = runQuiz(argv)
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain(USAGE)
  })
})

describe('quiz report', () => {
  /** A student's results file from the practice quiz, as the page writes it: the first `right` questions right, the rest unanswered. */
  function handIn(name: string, right: number, date = '2026-03-02T09:00:00Z'): string {
    const questions = attemptOrder(bank, 'seed')
    const responses = Object.fromEntries(questions.slice(0, right).map(q => [q.id, correctResponse(q)]))
    return resultsJson(buildResults({ questions, responses, seed: 'seed', name, date: new Date(date), bank: bankVersion(bank) }))
  }

  it('reads a folder of results files and writes the report and three CSV files, self-reported, naming each file left out', () => {
    const folder = join(dir, 'handed-in')
    mkdirSync(folder)
    file('handed-in/li.json', handIn('Li', 10))
    file('handed-in/bo.json', handIn('Bo', 3))
    file('handed-in/bo-again.json', handIn('Bo', 5, '2026-03-02T10:00:00Z'))
    file('handed-in/broken.json', handIn('Ana', 10).slice(0, 100))
    file('handed-in/latin1.json', Uint8Array.from([0x7B, 0xE9, 0x7D]))
    file('handed-in/unicode.json', Uint8Array.from([0xFF, 0xFE, ...Buffer.from(handIn('Ana', 10), 'utf16le')]))
    file('handed-in/notes.txt', 'not a results file')
    const out = join(dir, 'report')
    const result = runQuiz(['report', folder, join(dir, 'missing.json'), '--out', out])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines.slice(0, -1)).toEqual([
      `quiz: left out ${join(folder, 'bo.json')}: another file from Bo: the later one, ${join(folder, 'bo-again.json')}, counts`,
      `quiz: left out ${join(folder, 'broken.json')}: damaged: it is not JSON (was it opened and saved in another program?)`,
      `quiz: left out ${join(folder, 'latin1.json')}: damaged: byte 1 is not UTF-8 text`,
      `quiz: left out ${join(folder, 'unicode.json')}: damaged: it is UTF-16 text ("Unicode" in Notepad and Excel), not UTF-8: save it again as UTF-8 and try again`,
      `quiz: left out ${join(dir, 'missing.json')}: cannot be read (ENOENT: no such file or directory, open '${join(dir, 'missing.json')}')`,
    ])
    expect(lines.at(-1)).toMatch(/^quiz: wrote .*report\.html, .*self-reported-students\.csv, .*self-reported-answers\.csv, .*self-reported-gradebook\.csv: 2 students, self-reported; 5 files left out$/)
    const gradebook = readFileSync(join(out, 'self-reported-gradebook.csv'), 'utf8')
    // The first n questions right, the rest unanswered (0); a written answer given waits for the teacher, out of the total.
    const line = (name: string, n: number): string => {
      const answered = attemptOrder(bank, 'seed').slice(0, n)
      const toMark = answered.filter(q => q.kind === 'open').reduce((sum, q) => sum + q.points, 0)
      const earned = answered.reduce((sum, q) => sum + q.points, 0) - toMark
      return `${name},${earned},${bank.reduce((sum, q) => sum + q.points, 0) - toMark}`
    }
    expect(gradebook).toBe(`\uFEFFIdentifier,Total,Maximum\r\n${line('Bo', 5)}\r\n${line('Li', 10)}\r\n`)
    const html = readFileSync(join(out, 'report.html'), 'utf8')
    expect(html).toContain('Self-reported')
    expect(html).toContain('broken.json</strong>: damaged')
  })

  it('writes no report and exits 1 when no file counts, saying why for each', () => {
    const result = runQuiz(['report', file('only.json', '[]'), '--out', join(dir, 'none')])
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toMatch(/left out .*only\.json: damaged: not a results file from the quiz/)
    expect(result.stderr).toMatch(/no results file could be counted, so no report was written\n$/)
  })

  it('asks for the files when given none', () => {
    expect(runQuiz(['report'])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/report needs the results files/) })
  })
})

describe('the quiz script', () => {
  it('runs as `tsx scripts/quiz.ts` and sets the exit code', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx')
    const ok = spawnSync(tsx, ['scripts/quiz.ts', 'check'], { encoding: 'utf8' })
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('is valid')
    const bad = spawnSync(tsx, ['scripts/quiz.ts', 'check', file('script.json', 'nope')], { encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1)
  }, 30_000)

  it('puts only the GIFT text on stdout under `npm run -s`, so a redirect makes a clean file', () => {
    const npm = spawnSync('npm', ['run', '-s', 'quiz', '--', 'gift'], { encoding: 'utf8' })
    expect(npm.status).toBe(0)
    expect(npm.stdout).toBe(toGift(bank.map(inLessonOrder)))
  }, 30_000)
})
