import type { GIFTQuestion, Matching, MultipleChoice, ShortAnswer, TrueFalse } from 'gift-pegjs'
import type { MultipleQuestion, Question, SingleQuestion } from './types'
import fc from 'fast-check'
import { parse } from 'gift-pegjs'
import { describe, expect, it } from 'vitest'
import { PART_IDS } from '../content/parts'
import { bank } from './bank'
import { escapeGift, giftCategory, multipleWeight, ordinal, questionToGift, toGift, unescapeGift } from './gift'
import { fixtures } from './test-fixtures'

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

/** What gift-pegjs gives back for text in Moodle format: spaces collapsed and trimmed. */
function asParsed(text: string): string {
  return text.replace(/->/g, '→').replace(/ {2,}/g, ' ').trim()
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
    const piece = fc.constantFrom(...SPECIALS, 'a', 'Z', ' ', '-', '>', '%', '中', '/', '0')
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
      expect(parsed.stem.text).toBe(asParsed(prompt))
      expect(parsed.choices[0]?.text.text).toBe(asParsed(option))
      expect(parsed.choices[0]?.feedback?.text).toBe(asParsed(feedback))
      expect(parsed.globalFeedback?.text).toBe(asParsed(feedback))
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
      '~Yahoo#Yahoo is American.',
      '~Sohu',
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

  it('writes every accepted short answer, with the right-answer feedback', () => {
    const parsed = only<ShortAnswer>(questionToGift(fixtures.short))
    expect(parsed.type).toBe('Short')
    expect(parsed.choices.map(c => c.text.text)).toEqual(['demographic dividend', 'rénkǒu hónglì'])
    expect(parsed.choices[0]?.feedback?.text).toBe('Yes.')
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
    }
    for (const question of questions) {
      const source = bank.find(q => q.id === question.title) as Question
      expect(question.type).toBe(expectedType[source.kind])
      if (question.type !== 'Description') {
        expect(question.stem.text.startsWith(asParsed(source.prompt))).toBe(true)
        expect(question.globalFeedback?.text).toBe(asParsed(source.explanation))
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
