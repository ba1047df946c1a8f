import type { PartId } from '../content/parts'
import type { Bank, ChoiceOption, Question } from './types'
import { PART_IDS, partById } from '../content/parts'
import { slidePath } from '../content/slides'
import { assertNever } from './grade'

const GIFT_SPECIAL = /[\\~=#{}:]/g
const GIFT_ESCAPE = /\\([\\~=#{}:n])/g
const LINE_BREAK = /\r\n?|\n/g
const ARROW = /->/g
const SLASH = /\//g

/** The top of the Moodle category path the export files every question under. */
export const GIFT_CATEGORY_ROOT = 'Chinese tech lesson'

/**
 * Escape text for GIFT: a backslash before `\ ~ = # { } :`, line breaks as `\n`, and `->`
 * (which Moodle would read as a matching arrow, and which GIFT cannot escape) as `→`.
 */
export function escapeGift(text: string): string {
  return text
    .replace(GIFT_SPECIAL, ch => `\\${ch}`)
    .replace(LINE_BREAK, '\\n')
    .replace(ARROW, '→')
}

/** Undo `escapeGift` (apart from `->`, which stays `→`): for tests and for reading GIFT back. */
export function unescapeGift(text: string): string {
  return text.replace(GIFT_ESCAPE, (_, ch: string) => (ch === 'n' ? '\n' : ch))
}

/** "1st", "2nd", "3rd", "4th"…: the answers an ordering question is exported with. */
export function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13)
    return `${n}th`
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`
}

/**
 * The GIFT weight of one option of a multiple-answer question with `correctCount` right options:
 * `+100/k` for a right one and `-100/k` for a wrong one, to 5 decimals, which are among Moodle's
 * allowed grades for k ≤ 10 (100, 50, 33.33333, 25, 20 …). The right ones add up to 100, and each
 * wrong pick costs what a right pick earns, the same rule `grade` uses.
 */
export function multipleWeight(correct: boolean, correctCount: number): string {
  const weight = Number((100 / correctCount).toFixed(5))
  return `%${correct ? '' : '-'}${weight}%`
}

function feedback(text: string | undefined): string {
  return text ? `#${escapeGift(text)}` : ''
}

function choice(option: ChoiceOption, prefix: string): string {
  return `${prefix}${escapeGift(option.text)}${feedback(option.feedback)}`
}

/** The answer lines inside the braces, without the general feedback. */
function answerLines(question: Question): string[] {
  switch (question.kind) {
    case 'single':
      return question.options.map(o => choice(o, o.correct ? '=' : '~'))
    case 'multiple': {
      const k = question.options.filter(o => o.correct).length
      return question.options.map(o => choice(o, `~${multipleWeight(o.correct, k)}`))
    }
    case 'true-false': {
      // Moodle: the first feedback is shown for the wrong answer, the second for the right one.
      const wrong = question.answer ? question.feedback?.false : question.feedback?.true
      const right = question.answer ? question.feedback?.true : question.feedback?.false
      const tail = right ? `${feedback(wrong) || '#'}${feedback(right)}` : feedback(wrong)
      return [`${question.answer ? 'TRUE' : 'FALSE'}${tail}`]
    }
    case 'matching':
      return question.pairs.map(p => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`)
    case 'ordering':
      // GIFT has no ordering type: each item is matched to its position ("1st", "2nd", …).
      return question.answer.map((id, i) => {
        const item = question.items.find(it => it.id === id)
        return `=${escapeGift(item?.text ?? id)} -> ${ordinal(i + 1)}`
      })
    case 'short':
      return question.accepted.map((a, i) => `=${escapeGift(a)}${i === 0 ? feedback(question.feedback?.correct) : ''}`)
    default:
      return assertNever(question)
  }
}

/** One question in GIFT, with a comment line giving its Moodle id number and tags. */
export function questionToGift(question: Question): string {
  const prompt = question.kind === 'ordering'
    ? `${question.prompt} (Match each item to its position: 1st is first.)`
    : question.prompt
  return [
    `// [id:${question.id}] [tag:${question.part}] [tag:${question.kind}] ${question.points} point(s); taught on ${slidePath(question.slide)}`,
    `::${escapeGift(question.id)}::${escapeGift(prompt)} {`,
    ...answerLines(question),
    `####${escapeGift(question.explanation)}`,
    '}',
  ].join('\n')
}

/** The category line for a part: `$CATEGORY: Chinese tech lesson/Part 1 - The need to …`. */
export function giftCategory(part: PartId): string {
  const { label, title } = partById(part)
  const name = label === title ? label : `${label} - ${title}`
  return `$CATEGORY: ${GIFT_CATEGORY_ROOT}/${name.replace(SLASH, '//')}`
}

/**
 * The bank as a GIFT file for Moodle: one category per part (in teaching order), a blank line
 * between questions, titles from ids, the explanation as general feedback.
 */
export function toGift(bank: Bank): string {
  const blocks = ['// Comprehension quiz for the lesson on "Are Chinese Tech Companies To Surpass Their Silicon Valley Counterparts?"\n// Generated by `npm run quiz -- gift`; edit quiz/bank.ts, not this file.']
  for (const part of PART_IDS) {
    const questions = bank.filter(q => q.part === part)
    if (questions.length === 0)
      continue
    blocks.push(giftCategory(part), ...questions.map(questionToGift))
  }
  return `${blocks.join('\n\n')}\n`
}
