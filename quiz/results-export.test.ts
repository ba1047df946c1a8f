import { describe, expect, it } from 'vitest'
import { fixtures } from '../test/fixtures/questions'
import { bankVersion, buildResults, csvField, resultsCsv, resultsFileName, resultsJson, TEACHER_MARKS, UTF8_BOM } from './results-export'

const questions = [fixtures.single, fixtures.short, fixtures.matching]
const report = buildResults({
  questions,
  responses: {
    'fx-single': { kind: 'single', optionId: 'baidu' },
    'fx-short': { kind: 'short', text: '人口红利, "dividend"\nline two' },
  },
  seed: 'abc',
  name: ' 王丽 ',
  date: new Date('2026-03-02T08:30:00Z'),
  bank: bankVersion(questions),
})

describe('bankVersion', () => {
  it('is the same for the same bank and changes with any answer, option or point', () => {
    expect(bankVersion(questions)).toMatch(/^[0-9a-f]{8}$/)
    expect(bankVersion([...questions])).toBe(bankVersion(questions))
    expect(bankVersion([{ ...fixtures.single, points: 2 }, fixtures.short, fixtures.matching])).not.toBe(bankVersion(questions))
    const otherAnswer = { ...fixtures.short, accepted: ['something else'] }
    expect(bankVersion([fixtures.single, otherAnswer, fixtures.matching])).not.toBe(bankVersion(questions))
  })
})

describe('buildResults', () => {
  it('dates, names and scores the attempt', () => {
    expect([report.date, report.name, report.total, report.max, report.percentage]).toEqual(['2026-03-02T08:30:00.000Z', '王丽', 1, 4, 25])
  })

  it('lists every question in the order shown, with the answer in words and its points', () => {
    expect(report.questions.map(q => [q.number, q.id, q.answer, q.points, q.max, q.status])).toEqual([
      [1, 'fx-single', 'Baidu', 1, 1, 'correct'],
      [2, 'fx-short', '人口红利, "dividend"\nline two', 0, 1, 'wrong'],
      [3, 'fx-matching', '(no answer)', 0, 2, 'unanswered'],
    ])
  })
})

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['one\ntwo', '"one\ntwo"'],
    ['=1+1', '\'=1+1'],
    ['+1+1', '\'+1+1'],
    ['-1+1', '\'-1+1'],
    ['@SUM(A1:A2)', '\'@SUM(A1:A2)'],
    ['\t=1+1', '\'\t=1+1'],
    ['\r=1+1', '"\'\r=1+1"'],
    ['1+1=2', '1+1=2'],
    [3.5, '3.5'],
    [-2, '-2'],
  ])('writes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })
})

describe('resultsCsv', () => {
  const csv = resultsCsv(report)

  it('starts with a UTF-8 byte order mark and ends rows with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')[0]).toBe(`${UTF8_BOM}Date,Name,Number,Question ID,Part,Question,Answer,Points,Max points,Result`)
  })

  it('quotes a typed answer with commas, quotes and a line break', () => {
    expect(csv).toContain('"人口红利, ""dividend""\nline two",0,1,wrong\r\n')
  })

  it('leaves the points of a written answer blank for the teacher, and out of the total', () => {
    const withOpen = resultsCsv(buildResults({
      questions: [fixtures.single, fixtures.open],
      responses: { 'fx-single': { kind: 'single', optionId: 'baidu' }, 'fx-open': { kind: 'open', text: 'My answer' } },
      seed: 'abc',
      name: 'Li',
      date: new Date('2026-03-02T08:30:00Z'),
      bank: 'v1',
    })).trimEnd().split('\r\n')
    expect(withOpen[2]).toMatch(new RegExp(`,My answer,,${fixtures.open.points},${TEACHER_MARKS}$`))
    expect(withOpen.at(-1)).toBe('2026-03-02T08:30:00.000Z,Li,Total,,,,,1,1,100%')
  })

  it('ends with the total', () => {
    expect(csv.trimEnd().split('\r\n').at(-1)).toBe('2026-03-02T08:30:00.000Z,王丽,Total,,,,,1,4,25%')
  })
})

describe('resultsJson and resultsFileName', () => {
  it('round-trips the report', () => {
    expect(JSON.parse(resultsJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('names the file after the student and the day', () => {
    expect(resultsFileName(report, 'csv')).toBe('quiz-results-王丽-2026-03-02.csv')
    expect(resultsFileName({ ...report, name: '' }, 'json')).toBe('quiz-results-2026-03-02.json')
  })
})
