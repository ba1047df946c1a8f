import type { OrderingQuestion } from '../types'
import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { bank } from '../bank'
import { escapeHtml } from '../export-text'
import { grade } from '../grade'
import { questionToMoodleXml } from '../moodle-xml'
import { MOODLE_ORDERING_GRADING } from './ordering'

const window = new Window()
afterAll(() => window.close())

/** The question element of one question in Moodle XML, parsed as a browser would. */
function inMoodleXml(question: OrderingQuestion): Element {
  const doc = new window.DOMParser().parseFromString(`<quiz>${questionToMoodleXml(question)}</quiz>`, 'application/xml') as unknown as Document
  expect(doc.querySelector('parsererror')).toBeNull()
  const element = doc.querySelector('quiz > question')
  if (!element)
    throw new Error(`no question ${question.id}`)
  return element
}

/** An element's text, as Moodle reads it (trimmed). */
function valueOf(question: Element, tag: string): string | undefined {
  return question.querySelector(`:scope > ${tag}`)?.textContent?.trim()
}

/** Every order of the items: 24 for four. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1)
    return [[...items]]
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map(rest => [item, ...rest]))
}

/**
 * The fraction Moodle gives an order, for some of `qtype_ordering`'s grading types, as
 * `qtype_ordering_question::grade_response()` computes them (moodle/moodle
 * `question/type/ordering/question.php`, with `get_next_answerids()` and
 * `get_previous_and_next_answerids()`): `right` is the right order, `given` the student's.
 */
const MOODLE_GRADING: Record<string, (right: readonly string[], given: readonly string[]) => number> = {
  // Items in their right position ÷ items: what a matching question from item to position scores.
  ABSOLUTE_POSITION: (right, given) => right.filter((id, i) => given[i] === id).length / right.length,
  // Items but the last followed by the item that follows them in the right order ÷ (items − 1).
  RELATIVE_NEXT_EXCLUDE_LAST: (right, given) =>
    right.slice(0, -1).filter((id, i) => given[given.indexOf(id) + 1] === right[i + 1]).length / (right.length - 1),
  // For each item, the items before it and after it in the right order that are also before and
  // after it in the student's ÷ all of them: every pair of items in the right relative order, twice.
  RELATIVE_ALL_PREVIOUS_AND_NEXT: (right, given) => {
    let kept = 0
    let all = 0
    for (const [i, id] of right.entries()) {
      const at = given.indexOf(id)
      const [before, after] = [right.slice(0, i), right.slice(i + 1)]
      kept += before.filter(other => given.indexOf(other) < at).length + after.filter(other => given.indexOf(other) > at).length
      all += before.length + after.length
    }
    return all === 0 ? 0 : kept / all
  },
}

const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`

/** A four-item ordering question: its 24 orders are the table in docs/teaching.md. */
const fourItems: OrderingQuestion = { ...fixtures.ordering, items: fixtures.ordering.items.filter(it => it.id !== 'e'), answer: ['a', 'b', 'c', 'd'] }

/** How the quiz grades an order. */
function quizFraction(question: OrderingQuestion, order: readonly string[]): number {
  const result = grade(question, { kind: 'ordering', order: [...order] })
  if (!result.ok)
    throw new Error(result.error.message)
  return result.fraction
}

/** Each of the 24 orders by the right positions of its items ("1-2-4-3": the last two swapped), with the quiz's and Moodle's grades. */
function compare(gradingType: string): { order: string, quiz: number, moodle: number }[] {
  const moodle = MOODLE_GRADING[gradingType]
  if (!moodle)
    throw new Error(`no formula for ${gradingType}`)
  return permutations(fourItems.answer).map(order => ({
    order: order.map(id => fourItems.answer.indexOf(id) + 1).join('-'),
    quiz: quizFraction(fourItems, order),
    moodle: moodle(fourItems.answer, order),
  }))
}

const agreeing = (rows: ReturnType<typeof compare>): number => rows.filter(r => Math.abs(r.quiz - r.moodle) < 1e-9).length

describe('an ordering question in Moodle XML', () => {
  it('is Moodle\'s Ordering question, with every item shown in a numbered column and the right order as the order of its answers', () => {
    for (const question of [fixtures.ordering, ...bank.filter(q => q.kind === 'ordering')]) {
      const element = inMoodleXml(question)
      expect(element.getAttribute('type')).toBe('ordering')
      expect(['layouttype', 'selecttype', 'selectcount', 'showgrading', 'numberingstyle', 'shownumcorrect'].map(tag => valueOf(element, tag)))
        .toEqual(['VERTICAL', 'ALL', String(question.items.length), 'SHOW', '123', '1'])
      const answers = [...element.querySelectorAll(':scope > answer')]
      expect(answers.map(a => a.querySelector(':scope > text')?.textContent)).toEqual(question.answer.map(id => escapeHtml(question.items.find(it => it.id === id)?.text ?? '')))
      expect(answers.map(a => a.getAttribute('fraction'))).toEqual(question.answer.map((_, i) => String(i + 1)))
      expect(element.querySelector(':scope > subquestion')).toBeNull()
      expect(valueOf(element, 'questiontext')).toBe(escapeHtml(question.prompt))
    }
  })

  it('is graded with the grading type it names', () => {
    expect(valueOf(inMoodleXml(fourItems), 'gradingtype')).toBe(MOODLE_ORDERING_GRADING)
    expect(Object.keys(MOODLE_GRADING)).toContain(MOODLE_ORDERING_GRADING)
  })
})

describe('an ordering question graded by Moodle, against the quiz\'s grading', () => {
  const rows = compare(MOODLE_ORDERING_GRADING)

  it('agrees on the right order, the reverse and 8 more of the 24 orders of four items', () => {
    expect(rows).toHaveLength(24)
    expect(rows.find(r => r.order === '1-2-3-4')).toEqual({ order: '1-2-3-4', quiz: 1, moodle: 1 })
    expect(rows.find(r => r.order === '4-3-2-1')).toEqual({ order: '4-3-2-1', quiz: 0, moodle: 0 })
    expect(agreeing(rows)).toBe(10)
  })

  it('differs on the other 14 by a sixth or a third of the marks: more when neighbours are swapped, less when an item or a pair moves far', () => {
    const differing = rows.filter(r => Math.abs(r.quiz - r.moodle) >= 1e-9).map(r => `${r.order}: quiz ${percent(r.quiz)}, Moodle ${percent(r.moodle)}`)
    expect(differing).toEqual([
      '1-2-4-3: quiz 67%, Moodle 83%',
      '1-3-2-4: quiz 67%, Moodle 83%',
      '1-4-3-2: quiz 33%, Moodle 50%',
      '2-1-3-4: quiz 67%, Moodle 83%',
      '2-1-4-3: quiz 33%, Moodle 67%',
      '2-3-4-1: quiz 67%, Moodle 50%',
      '2-4-1-3: quiz 33%, Moodle 50%',
      '3-1-4-2: quiz 67%, Moodle 50%',
      '3-2-1-4: quiz 33%, Moodle 50%',
      '3-4-1-2: quiz 67%, Moodle 33%',
      '3-4-2-1: quiz 33%, Moodle 17%',
      '4-1-2-3: quiz 67%, Moodle 50%',
      '4-2-3-1: quiz 33%, Moodle 17%',
      '4-3-1-2: quiz 33%, Moodle 17%',
    ])
    expect(Math.max(...rows.map(r => Math.abs(r.quiz - r.moodle)))).toBeCloseTo(1 / 3)
  })

  it('agrees more often than Moodle\'s default grading and than grading by position, as the matching export did', () => {
    expect(Object.fromEntries(Object.keys(MOODLE_GRADING).map(type => [type, agreeing(compare(type))]))).toEqual({
      ABSOLUTE_POSITION: 2,
      RELATIVE_NEXT_EXCLUDE_LAST: 8,
      RELATIVE_ALL_PREVIOUS_AND_NEXT: 10,
    })
  })
})
