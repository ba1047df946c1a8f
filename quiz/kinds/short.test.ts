import type { ShortAnswer } from 'gift-pegjs'
import type { MoodleShortAnswer } from '../../test/support/moodle-short-answer'
import type { ShortQuestion } from '../types'
import fc from 'fast-check'
import { parse } from 'gift-pegjs'
import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { moodleMatches, moodleShortAnswerGrade } from '../../test/support/moodle-short-answer'
import { bank } from '../bank'
import { questionToGift } from '../gift'
import { grade } from '../grade'
import { questionToMoodleXml } from '../moodle-xml'
import { normalizeAnswer, removeAccents } from '../text'
import { shortAnswerPatterns } from './short'

const window = new Window()
afterAll(() => window.close())

const SPACE = / /g
const WORD_START = /(^|\s)(\p{L})/gu
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu
const UNESCAPED_STAR = /(?<!\\)\*/
const ESCAPED_STAR = /\\\*/g

/** Whether the quiz marks the typed text right. */
function quizAccepts(question: ShortQuestion, text: string): boolean {
  const result = grade(question, { kind: 'short', text })
  return result.ok && result.correct
}

/** The answers of a short question as Moodle imports them from the Moodle XML export. */
function fromMoodleXml(question: ShortQuestion): MoodleShortAnswer[] {
  const doc = new window.DOMParser().parseFromString(`<quiz>${questionToMoodleXml(question)}</quiz>`, 'application/xml') as unknown as Document
  expect(doc.querySelector('parsererror')).toBeNull()
  expect(doc.querySelector('question > usecase')?.textContent).toBe('0')
  return Array.from(doc.querySelectorAll('question > answer'), a => ({
    fraction: Number(a.getAttribute('fraction')),
    pattern: a.querySelector(':scope > text')?.textContent?.trim() ?? '',
  }))
}

/** The answers of a short question as Moodle imports them from the GIFT export (read back by gift-pegjs). */
function fromGift(question: ShortQuestion): MoodleShortAnswer[] {
  const [parsed] = parse(questionToGift(question)) as ShortAnswer[]
  expect(parsed?.type).toBe('Short')
  return (parsed?.choices ?? []).map(c => ({ fraction: c.weight ?? 100, pattern: c.text.text }))
}

/**
 * Ways a student may type an accepted answer that the quiz marks right: another case, spaces
 * around or doubled, a full stop after, hyphens for spaces or no spaces, no accents, no punctuation.
 */
function spellings(answer: string): string[] {
  const title = answer.replace(WORD_START, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`)
  const doubled = answer.replace(SPACE, '  ')
  const hyphened = answer.replace(SPACE, '-')
  const plain = removeAccents(answer).normalize('NFC')
  return [...new Set([
    answer,
    answer.toUpperCase(),
    title,
    `  ${answer} `,
    doubled,
    `${answer}.`,
    `${title}.`,
    ` ${doubled}. `,
    hyphened,
    `${hyphened}.`,
    answer.replace(SPACE, ''),
    plain,
    plain.replace(PUNCTUATION, ''),
    `${plain.toUpperCase()}.`,
  ])]
}

/** Answers the quiz marks wrong, near the right ones: a word of one, one with a word added or a letter short, another question's. */
function wrongAnswers(question: ShortQuestion, others: readonly ShortQuestion[]): string[] {
  const near = question.accepted.flatMap(a => [...a.split(' '), `${a} economy`, `not ${a}`, `${a}, or something else`, a.slice(0, -1), a.split(' ').reverse().join(' ')])
  return [...new Set([...near, ...others.flatMap(o => o.accepted), 'streaming', '*'])].filter(text => !quizAccepts(question, text))
}

const shortQuestions = [fixtures.short, ...bank.filter((q): q is ShortQuestion => q.kind === 'short')]

describe('shortAnswerPatterns', () => {
  it.each<[string[], string[]]>([
    [['live streaming'], ['live*streaming', 'live*streaming.']],
    [['jū\'ān sīwēi'], ['jū\'ān sīwēi', 'jū*ān*sīwēi', 'jū*ān*sīwēi.', 'ju*an*siwei', 'ju*an*siwei.']],
    [['Live-Streaming', 'live streaming'], ['Live-Streaming', 'Live*Streaming', 'Live*Streaming.']],
    [['2016'], ['2016', '2016.']],
    [['居安思危'], ['居安思危', '居安思危.']],
    [['a  -  b'], ['a  -  b', 'a*b', 'a*b.']],
    [['"a*b"'], ['"a\\*b"', 'a*b', 'a*b.']],
  ])('turns %j into %j', (accepted, patterns) => {
    expect(shortAnswerPatterns(accepted)).toEqual(patterns)
  })

  it('accepts every answer as written, shows only answers the quiz accepts, and gives no pattern twice ignoring case', () => {
    // As the validator allows: every accepted answer has a letter or a digit.
    const answer = fc.string({ unit: 'grapheme', minLength: 1 }).filter(a => normalizeAnswer(a) !== '')
    fc.assert(fc.property(fc.array(answer, { minLength: 1, maxLength: 3 }), (accepted) => {
      const question = { ...fixtures.short, accepted }
      const patterns = shortAnswerPatterns(accepted)
      for (const written of accepted)
        expect(patterns.some(p => moodleMatches(p, written.trim())), written).toBe(true)
      // What Moodle shows of a pattern as the right answer (`clean_response()`): its stars as spaces.
      for (const pattern of patterns)
        expect(quizAccepts(question, pattern.split(UNESCAPED_STAR).join(' ').replace(ESCAPED_STAR, '*')), pattern).toBe(true)
      expect(new Set(patterns.map(p => p.toLowerCase())).size).toBe(patterns.length)
    }), { numRuns: 300 })
  })
})

describe.each([['Moodle XML', fromMoodleXml], ['GIFT', fromGift]])('a short question imported into Moodle from %s', (_, imported) => {
  it.each(shortQuestions.map(q => [q.id, q] as const))('%s: is right in Moodle spelt in any way of a list the quiz accepts', (_, question) => {
    const answers = imported(question)
    for (const spelling of question.accepted.flatMap(spellings)) {
      expect(quizAccepts(question, spelling), spelling).toBe(true)
      expect(moodleShortAnswerGrade(answers, spelling), spelling).toBe(100)
    }
  })

  it.each(shortQuestions.map(q => [q.id, q] as const))('%s: is wrong in Moodle for answers near the right ones that the quiz marks wrong', (_, question) => {
    const answers = imported(question)
    const wrong = wrongAnswers(question, shortQuestions.filter(q => q !== question))
    expect(wrong.length).toBeGreaterThan(10)
    for (const text of wrong)
      expect(moodleShortAnswerGrade(answers, text), text).toBe(0)
  })

  it.each(shortQuestions.map(q => [q.id, q] as const))('%s: has at most five patterns an accepted answer, the catch-all apart', (_, question) => {
    expect(imported(question).filter(a => a.fraction === 100).length).toBeLessThanOrEqual(5 * question.accepted.length)
  })
})

describe('what Moodle still marks wrong that the quiz accepts', () => {
  // docs/teaching.md tells the teacher these: Moodle can only ignore case, and the patterns allow
  // anything between the words, a full stop after them, and nothing else.
  const zhibo = shortQuestions.find(q => q.id === 'p2-zhibo')
  it.each<[string, string, ShortQuestion | undefined]>([
    ['demographic dividend!', 'other punctuation at the end', fixtures.short],
    ['demographic dividend .', 'a space before the full stop', fixtures.short],
    ['"demographic dividend"', 'quotation marks around', fixtures.short],
    ['demo graphic dividend', 'a word split in two', fixtures.short],
    ['live stream', 'a word split in two: the bank has "livestream"', zhibo],
    ['rénkǒu hongli', 'some accents only', fixtures.short],
  ])('%j (%s)', (text, _, question) => {
    if (!question)
      throw new Error('no such question')
    expect(quizAccepts(question, text)).toBe(true)
    expect(moodleShortAnswerGrade(fromMoodleXml(question), text)).toBe(0)
  })
})
