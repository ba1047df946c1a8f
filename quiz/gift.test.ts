import type { GIFTQuestion, Matching, MultipleChoice, ShortAnswer, TrueFalse } from 'gift-pegjs'
import type { MultipleQuestion, Question, SingleQuestion } from './types'
import fc from 'fast-check'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { PART_IDS } from '../content/parts'
import { fixtures } from '../test/fixtures/questions'
import { moodleShortAnswerGrade } from '../test/support/moodle-short-answer'
import { bank } from './bank'
import { escapeGift, escapeHtml, ordinal, unescapeGift } from './export-text'
import { giftCategory, questionToGift, toGift } from './gift'
import { multipleWeight } from './kinds/multiple'

const SPECIALS = ['~', '=', '#', '{', '}', ':', '\\', '\n']

/** Parse GIFT and drop the category entries. */
function questionsIn(gift: string): Exclude<GIFTQuestion, { type: 'Category' }>[] {
  return parse(gift).filter((q): q is Exclude<GIFTQuestion, { type: 'Category' }> => q.type !== 'Category')
}

function only<T extends GIFTQuestion>(gift: string): T {
  const [question, ...rest] = questionsIn(gift)
  expect(rest).toEqual([])
  return question as T
}

/** What gift-pegjs gives back for bank text: spaces collapsed and trimmed (Moodle keeps them; the bank's texts have none). */
function asParsed(text: string): string {
  return text.replace(/ {2,}/g, ' ').trim()
}

const HTML_ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' }

/** Undo `escapeHtml`, which every text Moodle shows as HTML went through. */
function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, entity => HTML_ENTITY[entity] ?? entity)
}

/** Moodle's placeholders for escaped characters, which gift-pegjs leaves in a pair's right-hand side. */
const PLACEHOLDER: Record<string, string> = { '&&058;': ':', '&&035;': '#', '&&061;': '=', '&&123;': '{', '&&125;': '}', '&&126;': '~', '&&092;': '\\', '&&010': '\n' }

/** A pair's right-hand side as Moodle stores it: placeholders back to characters, then HTML entities. */
function rightSide(text: string): string {
  return unescapeHtml(text.replace(/&&0(?:58;|35;|61;|92;|10)|&&12[356];/g, p => PLACEHOLDER[p] ?? p))
}

/** A short answer as Moodle's matcher reads it: `\*` is a literal star. */
function shortAnswer(text: string): string {
  return text.replace(/\\\*/g, '*')
}

describe('escapeGift', () => {
  it.each([
    ['~', '\\~'],
    ['=', '\\='],
    ['#', '\\#'],
    ['{', '\\{'],
    ['}', '\\}'],
    [':', '\\:'],
    ['\\', '\\\\'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['A -> B', 'A → B'],
    ['plain text, 44% (2016)', 'plain text, 44% (2016)'],
  ])('escapes %j as %j', (input, output) => {
    expect(escapeGift(input)).toBe(output)
  })

  it('is undone by unescapeGift for any text without "->"', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const input = text.replace(/->/g, '').replace(/\r/g, '')
      expect(unescapeGift(escapeGift(input))).toBe(input)
    }), { numRuns: 500 })
  })

  it('survives every special character through a GIFT parser', () => {
    const piece = fc.constantFrom(...SPECIALS, 'a', 'Z', ' ', '-', '>', '<', '&', '%', '[', ']', '*', '中', '/', '0')
    const text = fc.array(piece, { maxLength: 20 }).map(parts => `x${parts.join('')}y`)
    fc.assert(fc.property(text, text, text, (prompt, option, feedback) => {
      const question: SingleQuestion = {
        ...fixtures.single,
        prompt,
        options: [
          { id: 'a', text: option, correct: true, feedback },
          { id: 'b', text: `${option} (b)`, correct: false },
          { id: 'c', text: 'c', correct: false },
        ],
        explanation: feedback,
      }
      const parsed = only<MultipleChoice>(questionToGift(question))
      expect(unescapeHtml(parsed.stem.text)).toBe(asParsed(prompt))
      expect(unescapeHtml(parsed.choices[0]?.text.text ?? '')).toBe(asParsed(option))
      expect(unescapeHtml(parsed.choices[0]?.feedback?.text ?? '')).toBe(asParsed(feedback))
      expect(unescapeHtml(parsed.globalFeedback?.text ?? '')).toBe(asParsed(feedback))
    }), { numRuns: 300 })
  })
})

describe('ordinal', () => {
  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [6, '6th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [22, '22nd']])('writes %i as %s', (n, text) => {
    expect(ordinal(n)).toBe(text)
  })
})

describe('multipleWeight', () => {
  it.each([
    [true, 1, '%100%'],
    [true, 2, '%50%'],
    [false, 2, '%-50%'],
    [true, 3, '%33.33333%'],
    [false, 3, '%-33.33333%'],
    [true, 4, '%25%'],
    [true, 6, '%16.66667%'],
  ])('gives a %s option of %i right ones the weight %s', (correct, k, weight) => {
    expect(multipleWeight(correct, k)).toBe(weight)
  })
})

describe('questionToGift', () => {
  it('writes a single-choice question with per-answer and general feedback', () => {
    expect(questionToGift(fixtures.single)).toBe([
      '// [id:fx-single] [tag:part-1] [tag:single] 1 point(s); taught on /internet-era',
      '::fx-single::Who beat Google in China? {',
      '=Baidu#Right.',
      '~%0%Yahoo#Yahoo is American.',
      '~%0%Sohu',
      '####Baidu.',
      '}',
    ].join('\n'))
    const parsed = only<MultipleChoice>(questionToGift(fixtures.single))
    expect(parsed.title).toBe('fx-single')
    expect(parsed.choices.map(c => c.isCorrect)).toEqual([true, false, false])
  })

  it('weights multiple answers so the right ones add up to 100 and each wrong one costs as much', () => {
    const parsed = only<MultipleChoice>(questionToGift(fixtures.multiple))
    const weights = parsed.choices.map(c => c.weight ?? Number.NaN)
    expect(weights.filter(w => w > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
    expect(weights).toEqual([33.33333, 33.33333, 33.33333, -33.33333, -33.33333])
  })

  it('puts true-false feedback in Moodle\'s order: for the wrong answer first, then the right one', () => {
    const parsed = only<TrueFalse>(questionToGift(fixtures.trueFalse))
    expect(parsed.isTrue).toBe(true)
    expect(parsed.trueFeedback?.text).toBe(fixtures.trueFalse.feedback.false)
    expect(parsed.falseFeedback?.text).toBe(fixtures.trueFalse.feedback.true)

    const falseStatement = { ...fixtures.trueFalse, answer: false, feedback: { true: 'No.' } }
    expect(questionToGift(falseStatement)).toContain('\nFALSE#No.\n')
    const rightOnly = { ...fixtures.trueFalse, feedback: { true: 'Yes.' } }
    expect(questionToGift(rightOnly)).toContain('\nTRUE##Yes.\n')
    expect(only<TrueFalse>(questionToGift(rightOnly)).falseFeedback?.text).toBe('Yes.')
  })

  it('writes a matching question as left -> right pairs', () => {
    const parsed = only<Matching>(questionToGift(fixtures.matching))
    expect(parsed.type).toBe('Matching')
    expect(parsed.matchPairs.map(p => [p.subquestion.text, p.subanswer])).toEqual(fixtures.matching.pairs.map(p => [p.left, p.right]))
  })

  it('exports an ordering question as matching each item to its position', () => {
    const parsed = only<Matching>(questionToGift(fixtures.ordering))
    expect(parsed.type).toBe('Matching')
    expect(parsed.matchPairs.map(p => [p.subquestion.text, p.subanswer])).toEqual([
      ['Youku – Tudou', '1st'],
      ['Didi – Kuaidi', '2nd'],
      ['Ctrip – Qunar', '3rd'],
      ['Didi – Uber China', '4th'],
      ['Extra', '5th'],
    ])
    expect(parsed.stem.text).toContain('Match each item to its position')
  })

  it('writes Moodle\'s patterns for what the grader accepts at 100%, each with the right-answer feedback, then a catch-all with the wrong-answer feedback', () => {
    const parsed = only<ShortAnswer>(questionToGift(fixtures.short))
    expect(parsed.type).toBe('Short')
    expect(parsed.choices.map(c => [c.text.text, c.weight, c.feedback?.text])).toEqual([
      ['demographic*dividend', 100, 'Yes.'],
      ['demographic*dividend.', 100, 'Yes.'],
      ['rénkǒu*hónglì', 100, 'Yes.'],
      ['rénkǒu*hónglì.', 100, 'Yes.'],
      ['renkou*hongli', 100, 'Yes.'],
      ['renkou*hongli.', 100, 'Yes.'],
      ['*', 0, 'It is the demographic dividend.'],
    ])
    const silent = { ...fixtures.short, feedback: { correct: 'Yes.' } }
    expect(only<ShortAnswer>(questionToGift(silent)).choices.map(c => c.text.text)).not.toContain('*')
  })

  it('gives every wrong single-choice option an explicit 0% and keeps `=` alone for the right one', () => {
    const lines = questionToGift(fixtures.single).split('\n').filter(l => /^[=~]/.test(l))
    expect(lines.map(l => l.match(/^(=|~%0%)/)?.[0])).toEqual(['=', '~%0%', '~%0%'])
  })
})

/** Texts a bank could hold that GIFT or Moodle would misread if written as they are. */
const HOSTILE = ['%50% maybe', '%33.3%x', '[html]<b>x</b>', '[markdown]*x*', ' [plain]x', '[moodle]x', 'a*b', '{}~=#:\\', 'a -> b', 'line one\nline two', '<script>alert(1)</script>', '&amp; &lt;', '&&058;']

describe('hostile text', () => {
  const q = { id: 'hostile', part: 'part-1', slide: 'internet-era', objective: 'explain-reasons', points: 1 } as const

  it.each(HOSTILE)('comes back as written from every field of a single or multiple question: %j', (text) => {
    for (const kind of ['single', 'multiple'] as const) {
      const options = [
        { id: 'a', text, correct: true, feedback: text },
        { id: 'b', text: `${text} (b)`, correct: kind === 'multiple', feedback: text },
        { id: 'c', text: `${text} (c)`, correct: false },
      ]
      const question: Question = { ...q, kind, prompt: text, explanation: text, options }
      const parsed = only<MultipleChoice>(questionToGift(question))
      expect(unescapeHtml(parsed.stem.text)).toBe(asParsed(text))
      expect(unescapeHtml(parsed.globalFeedback?.text ?? '')).toBe(asParsed(text))
      expect(parsed.choices.map(c => unescapeHtml(c.text.text))).toEqual(options.map(o => asParsed(o.text)))
      expect(parsed.choices.map(c => unescapeHtml(c.feedback?.text ?? ''))).toEqual(options.map(o => asParsed(o.feedback ?? '')))
      expect(parsed.choices.map(c => c.weight ?? 100)).toEqual(kind === 'single' ? [100, 0, 0] : [50, 50, -50])
    }
  })

  it.each(HOSTILE)('comes back as written from every field of a true-false question: %j', (text) => {
    const question: Question = { ...q, kind: 'true-false', prompt: text, explanation: text, answer: false, feedback: { true: `${text} (true)`, false: `${text} (false)` } }
    const parsed = only<TrueFalse>(questionToGift(question))
    expect(parsed.isTrue).toBe(false)
    expect(unescapeHtml(parsed.stem.text)).toBe(asParsed(text))
    expect(unescapeHtml(parsed.trueFeedback?.text ?? '')).toBe(asParsed(`${text} (true)`))
    expect(unescapeHtml(parsed.falseFeedback?.text ?? '')).toBe(asParsed(`${text} (false)`))
  })

  it.each(HOSTILE)('comes back as written from both sides of a matching pair and from ordering items: %j', (text) => {
    const written = [{ id: 'a', left: text, right: text }, { id: 'b', left: `${text} 2`, right: `${text} 2` }]
    const matching: Question = { ...q, kind: 'matching', prompt: text, explanation: text, pairs: written }
    const pairs = only<Matching>(questionToGift(matching)).matchPairs
    expect(pairs.map(p => [unescapeHtml(p.subquestion.text), rightSide(p.subanswer)])).toEqual(written.map(p => [asParsed(p.left), asParsed(p.right)]))

    const ordering: Question = { ...q, kind: 'ordering', prompt: text, explanation: text, items: [{ id: 'b', text: `${text} 2` }, { id: 'a', text }, { id: 'c', text: `${text} 3` }], answer: ['a', 'b', 'c'] }
    const items = only<Matching>(questionToGift(ordering)).matchPairs
    expect(items.map(p => [unescapeHtml(p.subquestion.text), p.subanswer])).toEqual([[asParsed(text), '1st'], [asParsed(`${text} 2`), '2nd'], [asParsed(`${text} 3`), '3rd']])
  })

  // Moodle turns its own placeholders (`&&058;` is `:`) back into characters in any text, and GIFT
  // cannot escape `&`; shown text escapes it as `&amp;`, but a short answer is compared, not shown.
  it.each(HOSTILE.filter(text => !text.includes('&&')))('comes back as written from a short answer and its feedback: %j', (text) => {
    const question: Question = { ...q, kind: 'short', prompt: text, explanation: text, accepted: [`${text} x`], feedback: { correct: text, incorrect: `${text} (no)` } }
    const parsed = only<ShortAnswer>(questionToGift(question))
    expect(unescapeHtml(parsed.stem.text)).toBe(asParsed(text))
    // Short answers are compared, not shown: no HTML escaping; `->` cannot be written in GIFT.
    expect(shortAnswer(parsed.choices[0]?.text.text ?? '')).toBe(asParsed(`${text} x`).replace(/->/g, '→'))
    // The first is the answer as written, a star in it escaped; Moodle marks that answer right.
    expect(moodleShortAnswerGrade(parsed.choices.map(c => ({ fraction: c.weight ?? 100, pattern: c.text.text })), asParsed(`${text} x`))).toBe(100)
    expect(unescapeHtml(parsed.choices[0]?.feedback?.text ?? '')).toBe(asParsed(text))
    expect(unescapeHtml(parsed.choices.at(-1)?.feedback?.text ?? '')).toBe(asParsed(`${text} (no)`))
  })

  it('marks as Moodle text whatever Moodle would read a format or a weight from, and nothing else', () => {
    expect(questionToGift({ ...fixtures.single, prompt: '[html]<b>x</b>' })).toContain('::fx-single::[moodle][html]&lt;b&gt;x&lt;/b&gt; {')
    expect(questionToGift({ ...fixtures.single, prompt: '%50% maybe' })).toContain('::fx-single::[moodle]%50% maybe {')
    expect(questionToGift({ ...fixtures.single, prompt: 'Why [x]?' })).toContain('::fx-single::Why [x]? {')
  })

  it('writes no HTML tag, only its text', () => {
    expect(escapeHtml('<script>a && b</script>')).toBe('&lt;script&gt;a &amp;&amp; b&lt;/script&gt;')
    expect(questionToGift({ ...fixtures.single, explanation: '<script>alert(1)</script>' })).not.toMatch(/<script/)
  })
})

describe('toGift', () => {
  const gift = toGift(bank)
  const parsed = parse(gift)
  const questions = questionsIn(gift)

  it('exports the shipped bank as GIFT that parses, one entry per question', () => {
    expect(questions).toHaveLength(bank.length)
    expect(questions.map(q => q.title)).toEqual(PART_IDS.flatMap(part => bank.filter(q => q.part === part).map(q => q.id)))
    expect(questions.map(q => q.id)).toEqual(questions.map(q => q.title))
  })

  it('opens one category per part, in teaching order', () => {
    const categories = parsed.filter(q => q.type === 'Category').map(q => `$CATEGORY: ${q.title}`)
    expect(categories).toEqual(PART_IDS.filter(part => bank.some(q => q.part === part)).map(giftCategory))
  })

  it('keeps each question\'s kind, prompt and explanation', () => {
    const expectedType: Record<Question['kind'], string> = {
      'single': 'MC',
      'multiple': 'MC',
      'true-false': 'TF',
      'matching': 'Matching',
      'ordering': 'Matching',
      'short': 'Short',
      'numeric': 'Numerical',
      'open': 'Essay',
    }
    for (const question of questions) {
      const source = bank.find(q => q.id === question.title) as Question
      expect(question.type).toBe(expectedType[source.kind])
      if (question.type !== 'Description') {
        expect(unescapeHtml(question.stem.text).startsWith(asParsed(source.prompt))).toBe(true)
        expect(unescapeHtml(question.globalFeedback?.text ?? '')).toBe(asParsed(source.explanation))
      }
    }
  })

  it('gives every multiple-answer question weights that add up to 100', () => {
    for (const question of questions) {
      const source = bank.find(q => q.id === question.title) as Question
      if (source.kind !== 'multiple' || question.type !== 'MC')
        continue
      const weights = question.choices.map(c => c.weight ?? 0)
      expect(weights.filter(w => w > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3)
      expect(weights.filter(w => w < 0)).toHaveLength((source as MultipleQuestion).options.filter(o => !o.correct).length)
    }
  })
})
