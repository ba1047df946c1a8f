import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'gift-pegjs'
import { afterAll, describe, expect, it } from 'vitest'
import { bank } from '../quiz/bank'
import { runQuiz, USAGE } from './quiz'

const dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text, 'utf8')
  return path
}

const single = {
  kind: 'single',
  id: 'who-won',
  part: 'part-1',
  slide: 'internet-era',
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

  it('gives one clear line for a file that does not exist', () => {
    const result = runQuiz(['check', join(dir, 'missing.json')])
    expect(result.exitCode).toBe(2)
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^quiz: cannot read .*missing\.json: ENOENT/)])
  })
})

describe('quiz gift and key', () => {
  it('prints GIFT that parses, one question per bank question', () => {
    const result = runQuiz(['gift'])
    expect(result.exitCode).toBe(0)
    expect(parse(result.stdout).filter(q => q.type !== 'Category')).toHaveLength(bank.length)
  })

  it('writes GIFT to a file with --out', () => {
    const out = join(dir, 'quiz.gift')
    const result = runQuiz(['gift', '--out', out])
    expect(result).toEqual({ exitCode: 0, stdout: `quiz: wrote ${bank.length} questions to ${out}\n`, stderr: '' })
    expect(readFileSync(out, 'utf8')).toBe(runQuiz(['gift']).stdout)
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
  it.each([['--help'], ['-h'], ['help'], ['gift', '--help']])('prints help for %s', (...argv) => {
    expect(runQuiz(argv)).toEqual({ exitCode: 0, stdout: `${USAGE}\n`, stderr: '' })
  })

  it.each<[string, string[], RegExp]>([
    ['no command', [], /no command given/],
    ['an unknown command', ['grade'], /unknown command: grade/],
    ['--out without a file', ['gift', '--out'], /--out needs a file name/],
    ['an unknown option', ['key', '--verbose'], /unknown argument for key: --verbose/],
    ['two files to check', ['check', 'a.json', 'b.json'], /at most one file/],
  ])('exits 2 with the usage for %s', (_, argv, message) => {
    const result = runQuiz(argv)
    expect(result.exitCode).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain(USAGE)
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
})
