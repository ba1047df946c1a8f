import type { QuizResponse } from './types'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { buildReport } from './live/report'
import { bankVersion, buildResults, resultsJson } from './results-export'
import { readHandIns } from './self-reported'
import { shuffleBank } from './shuffle'

const { single, short, open } = fixtures
const bank = [single, short, open]

/** The JSON file a student downloads from the practice quiz, taken in their own order. */
function handIn(name: string, responses: Record<string, QuizResponse>, date = '2026-03-02T09:00:00Z', seed = name): string {
  return resultsJson(buildResults({ questions: shuffleBank(bank, seed), responses, seed, name, date: new Date(date), bank: bankVersion(bank) }))
}

const right = { [single.id]: { kind: 'single', optionId: 'baidu' }, [short.id]: { kind: 'short', text: short.accepted[0]! } } as const
const wrong = { [single.id]: { kind: 'single', optionId: 'yahoo' } } as const

describe('readHandIns', () => {
  it('counts each good file as a student, graded again against the bank, written answers left to mark', () => {
    const { input, counted, leftOut } = readHandIns([
      { file: 'li.json', text: handIn('Li', { ...right, [open.id]: { kind: 'open', text: 'The 2021 fine.' } }) },
      { file: 'bo.json', text: handIn('Bo', wrong) },
    ], bank)
    expect(leftOut).toEqual([])
    expect(counted.map(c => c.name)).toEqual(['Li', 'Bo'])
    const report = buildReport(input)
    // Li's written answer waits for the teacher, out of the total; Bo gave none, which scores 0 of its 3.
    expect(report.students.map(s => [s.name, s.total.score, s.total.max])).toEqual([['Li', 2, 2], ['Bo', 0, 5]])
    expect(report.items.find(i => i.id === single.id)?.facility).toBe(0.5)
    expect(report.students[0]?.cells[`quiz:${open.id}`]?.result).toBe('to mark')
  })

  it('does not take the points a file claims: it grades the answers', () => {
    const edited = JSON.parse(handIn('Bo', wrong)) as { total: number, questions: { points: number }[] }
    edited.total = 99
    for (const q of edited.questions)
      q.points = 9
    const report = buildReport(readHandIns([{ file: 'bo.json', text: JSON.stringify(edited) }], bank).input)
    expect(report.students[0]?.total).toEqual({ score: 0, max: 5 })
  })

  it('names and leaves out a damaged file, one from another version of the quiz, and a second file from a student; the rest count', () => {
    const otherVersion = JSON.parse(handIn('Chen', right)) as { bank: string }
    otherVersion.bank = '00000000'
    const badAnswer = handIn('Dara', right).replace('"optionId": "baidu"', '"optionId": "netscape"')
    const { counted, leftOut } = readHandIns([
      { file: 'li-old.json', text: handIn('Li', wrong, '2026-03-02T09:00:00Z') },
      { file: 'cut.json', text: handIn('Ana', right).slice(0, 80) },
      { file: 'notes.json', text: '{"hello": "world"}' },
      { file: 'chen.json', text: JSON.stringify(otherVersion) },
      { file: 'dara.json', text: badAnswer },
      { file: 'li-new.json', text: handIn(' li ', right, '2026-03-02T09:30:00Z') },
    ], bank)
    expect(counted).toEqual([{ file: 'li-new.json', name: 'li' }])
    expect(leftOut).toEqual([
      { file: 'cut.json', reason: 'damaged: it is not JSON (was it opened and saved in another program?)' },
      { file: 'notes.json', reason: expect.stringMatching(/^damaged: not a results file from the quiz \(date: /) },
      { file: 'chen.json', reason: `from another version of the quiz (version 00000000; this one is ${bankVersion(bank)}): ask the student to take this one again` },
      { file: 'dara.json', reason: expect.stringMatching(/^damaged: the answer to fx-single cannot be read/) },
      { file: 'li-old.json', reason: 'another file from Li: the later one, li-new.json, counts' },
    ])
  })

  it('takes an older file without a version when it has the same questions, and refuses one with others', () => {
    const old = JSON.parse(handIn('Li', right)) as { bank?: string, questions: { id: string }[] }
    delete old.bank
    expect(readHandIns([{ file: 'old.json', text: JSON.stringify(old) }], bank).counted).toHaveLength(1)
    old.questions = old.questions.slice(1)
    expect(readHandIns([{ file: 'old.json', text: JSON.stringify(old) }], bank).leftOut[0]?.reason).toMatch(/^from another version of the quiz: /)
  })

  it('keeps two students without a name apart, naming them by their files', () => {
    const { input } = readHandIns([{ file: 'a.json', text: handIn('', right) }, { file: 'b.json', text: handIn('  ', wrong) }], bank)
    expect(input.students.map(s => s.name)).toEqual(['(no name: a.json)', '(no name: b.json)'])
  })
})
