import type { Question } from './types'
import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { PART_IDS } from '../content/parts'
import { fixtures } from '../test/fixtures/questions'
import { bank } from './bank'
import { escapeHtml, escapeXml } from './export-text'
import { categoryPath, moodleCategory } from './gift'
import { multiplePercent } from './kinds/multiple'
import { shortAnswerPatterns } from './kinds/short'
import { questionToMoodleXml, toMoodleXml } from './moodle-xml'

const window = new Window()
afterAll(() => window.close())

const HTML_ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' }

/** Undo the HTML escaping of text Moodle shows as HTML. */
function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, entity => HTML_ENTITY[entity] ?? entity)
}

/**
 * Parse XML as a browser would, and check what happy-dom's lenient parser lets through: every
 * `&` starts an entity XML knows, and no character XML 1.0 forbids is there.
 */
function parseXml(xml: string): Document {
  expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos);)/g)).toBeNull()
  // No CDATA is written, so `]]>` can only be text that was not escaped.
  expect(xml).not.toContain(']]>')
  expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u)
  const doc = new window.DOMParser().parseFromString(xml, 'application/xml') as unknown as Document
  expect(doc.querySelector('parsererror')?.textContent ?? null).toBeNull()
  expect(doc.documentElement.tagName).toBe('quiz')
  return doc
}

/** The element's own `<text>`, or its child's, as Moodle reads it (trimmed). */
function textOf(element: Element | null | undefined, child?: string): string | undefined {
  return element?.querySelector(child ? `:scope > ${child} > text` : ':scope > text')?.textContent?.trim()
}

function questionIn(doc: Document, id: string): Element {
  const found = [...doc.querySelectorAll('question')].find(q => q.querySelector(':scope > idnumber')?.textContent === id)
  if (!found)
    throw new Error(`no question ${id}`)
  return found
}

/** Each answer as [grade in percent, text, feedback]. */
function answersOf(question: Element): [number, string | undefined, string | undefined][] {
  return Array.from(question.querySelectorAll(':scope > answer'), a => [
    Number(a.getAttribute('fraction')),
    textOf(a),
    textOf(a, 'feedback'),
  ])
}

describe('toMoodleXml', () => {
  const doc = parseXml(toMoodleXml(bank))

  it('has every question of the bank, with its points as the default grade and its part and kind as tags', () => {
    const ids = Array.from(doc.querySelectorAll('question:not([type="category"]) > idnumber'), e => e.textContent)
    expect(ids).toEqual(PART_IDS.flatMap(part => bank.filter(q => q.part === part).map(q => q.id)))
    for (const question of bank) {
      const element = questionIn(doc, question.id)
      expect(textOf(element, 'name')).toBe(question.id)
      expect(Number(element.querySelector(':scope > defaultgrade')?.textContent)).toBe(question.points)
      expect(Array.from(element.querySelectorAll(':scope > tags > tag > text'), t => t.textContent)).toEqual([question.part, question.kind])
      expect(unescapeHtml(textOf(element, 'generalfeedback') ?? '')).toBe(question.explanation)
    }
  })

  it('opens one category per part, named as in the GIFT export, before that part\'s questions', () => {
    const order = Array.from(doc.querySelectorAll('question'), q =>
      q.getAttribute('type') === 'category' ? `category ${textOf(q, 'category')}` : bank.find(b => b.id === q.querySelector(':scope > idnumber')?.textContent)?.part)
    const expected = PART_IDS.flatMap(part => [`category ${categoryPath(part)}`, ...bank.filter(q => q.part === part).map(() => part)])
    expect(order).toEqual(expected)
  })

  it('marks the right answers of every shipped question', () => {
    for (const question of bank) {
      const element = questionIn(doc, question.id)
      const answers = answersOf(element)
      switch (question.kind) {
        case 'single':
          expect(answers.map(([fraction, text]) => [fraction, unescapeHtml(text ?? '')])).toEqual(question.options.map(o => [o.correct ? 100 : 0, o.text]))
          break
        case 'multiple': {
          const k = question.options.filter(o => o.correct).length
          expect(answers.map(([fraction]) => fraction)).toEqual(question.options.map(o => multiplePercent(o.correct, k)))
          break
        }
        case 'true-false':
          expect(answers.map(([fraction, text]) => [text, fraction])).toEqual([['true', question.answer ? 100 : 0], ['false', question.answer ? 0 : 100]])
          break
        case 'matching':
          expect(Array.from(element.querySelectorAll(':scope > subquestion'), s => [unescapeHtml(textOf(s) ?? ''), unescapeHtml(textOf(s, 'answer') ?? '')]))
            .toEqual(question.pairs.map(p => [p.left, p.right]))
          break
        case 'ordering':
          expect(answers.map(([position, text]) => [position, unescapeHtml(text ?? '')])).toEqual(question.answer.map((id, i) => [i + 1, question.items.find(it => it.id === id)?.text]))
          break
        case 'short':
          expect(answers.filter(([fraction]) => fraction === 100).map(([, text]) => text)).toEqual(shortAnswerPatterns(question.accepted))
          expect(element.querySelector(':scope > usecase')?.textContent).toBe('0')
          break
      }
    }
  })

  it('writes each kind as the Moodle type that grades it', () => {
    const types = Object.fromEntries(bank.map(q => [q.kind, questionIn(doc, q.id).getAttribute('type')]))
    expect(types).toEqual({ 'single': 'multichoice', 'multiple': 'multichoice', 'true-false': 'truefalse', 'matching': 'matching', 'ordering': 'ordering', 'short': 'shortanswer', 'numeric': 'numerical', 'open': 'essay' })
    const single = bank.find(q => q.kind === 'single')
    const multiple = bank.find(q => q.kind === 'multiple')
    expect(single && questionIn(doc, single.id).querySelector(':scope > single')?.textContent).toBe('true')
    expect(multiple && questionIn(doc, multiple.id).querySelector(':scope > single')?.textContent).toBe('false')
  })
})

describe('questionToMoodleXml', () => {
  const inQuiz = (question: Question): Element => questionIn(parseXml(`<quiz>${questionToMoodleXml(question)}</quiz>`), question.id)

  it('lets Moodle shuffle the options, except a scale\'s, which keep their order', () => {
    expect(inQuiz(fixtures.single).querySelector(':scope > shuffleanswers')?.textContent).toBe('true')
    const scale = inQuiz({ ...fixtures.single, keepOrder: true })
    expect(scale.querySelector(':scope > shuffleanswers')?.textContent).toBe('false')
    expect(answersOf(scale).map(([, text]) => text)).toEqual(fixtures.single.options.map(o => o.text))
  })

  it('keeps per-answer feedback, true-false feedback and short-answer feedback, with a catch-all for wrong short answers', () => {
    expect(answersOf(inQuiz(fixtures.single))).toEqual([[100, 'Baidu', 'Right.'], [0, 'Yahoo', 'Yahoo is American.'], [0, 'Sohu', undefined]])
    expect(answersOf(inQuiz(fixtures.trueFalse))).toEqual([[100, 'true', 'Yes.'], [0, 'false', 'No: about 57% vs 7.7%.']])
    expect(answersOf(inQuiz(fixtures.short)).at(-1)).toEqual([0, '*', 'It is the demographic dividend.'])
    expect(answersOf(inQuiz(fixtures.short)).filter(([f]) => f === 100).every(([, , feedback]) => feedback === 'Yes.')).toBe(true)
  })

  it('keeps an ordering question\'s prompt as in the bank: Moodle\'s Ordering type needs no instruction added', () => {
    expect(textOf(inQuiz(fixtures.ordering), 'questiontext')).toBe('Order by date.')
  })

  const HOSTILE = ['a ]]> b', '<![CDATA[x]]>', '<b>bold</b> & "quoted"', '%50% maybe', '[html]x', 'a*b', 'a\u0000b\u001Bc', '&&058; {}~=#:\\', 'line\nbreak']

  it.each(HOSTILE)('carries %j through every field', (text) => {
    const written = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, '\uFFFD').trim()
    // What Moodle reads from the file for text it shows as HTML: `& < >` escaped, so shown as written.
    const asHtml = escapeHtml(written)
    const single: Question = { ...fixtures.single, prompt: text, explanation: text, options: [{ id: 'a', text, correct: true, feedback: text }, { id: 'b', text: `${text} b`, correct: false }, { id: 'c', text: 'c', correct: false }] }
    const element = inQuiz(single)
    expect(textOf(element, 'questiontext')).toBe(asHtml)
    expect(textOf(element, 'generalfeedback')).toBe(asHtml)
    expect(answersOf(element)[0]).toEqual([100, asHtml, asHtml])

    const matching: Question = { ...fixtures.matching, pairs: [{ id: 'a', left: text, right: text }, { id: 'b', left: 'b', right: 'b' }] }
    const pair = inQuiz(matching).querySelector(':scope > subquestion')
    expect([textOf(pair), textOf(pair, 'answer')]).toEqual([asHtml, asHtml])

    const ordering: Question = { ...fixtures.ordering, items: [{ id: 'b', text: `${text} b` }, { id: 'a', text }, { id: 'c', text: 'c' }], answer: ['a', 'b', 'c'] }
    expect(answersOf(inQuiz(ordering)).map(([, item]) => item)).toEqual([asHtml, escapeHtml(`${written} b`), 'c'])

    // Short answers are compared, not shown: not HTML, and every `*` a literal `\*` to Moodle's matcher.
    const short: Question = { ...fixtures.short, accepted: [text] }
    const stored = answersOf(inQuiz(short))[0]?.[1] ?? ''
    expect(stored).not.toMatch(/(?<!\\)\*/)
    expect(stored.replace(/\\\*/g, '*')).toBe(written)
  })

  it('escapes text for XML, and replaces what XML cannot carry', () => {
    expect(escapeXml('a ]]> & <b> "c"')).toBe('a ]]&gt; &amp; &lt;b&gt; "c"')
    expect(escapeXml('a\u0000b\u001Bc\uFFFEd')).toBe('a\uFFFDb\uFFFDc\uFFFDd')
  })
})

describe('the Moodle category path', () => {
  it('files each part under the lesson, named by its label and title, or its label alone when they are the same', () => {
    expect(categoryPath('part-1')).toBe('Chinese tech lesson/Part 1 - The need to upgrade traditional business')
    expect(categoryPath('critical-reading')).toBe('Chinese tech lesson/Reading it critically')
  })

  it('doubles a slash within a name, so Moodle does not read it as a sub-category', () => {
    expect(moodleCategory('Lessons 2016/17', 'Part 1')).toBe('Lessons 2016//17/Part 1')
  })

  it('is the category of every question of the part in the XML file', () => {
    const doc = parseXml(toMoodleXml(bank))
    const categories = Array.from(doc.querySelectorAll('question[type="category"] > category > text'), c => c.textContent)
    expect(categories).toContain('Chinese tech lesson/Part 3 - Insecurity and the focus on technology')
  })
})
