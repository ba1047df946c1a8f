// The bank in Moodle's GIFT format, written so that Moodle imports literally the text in the bank.
// What the importer does with text was read in moodle/moodle `question/format/gift/format.php`
// (commit 00e93a99), `qformat_gift::readquestion()` and the helpers it calls:
// - `parse_text_with_format()` takes a leading `[html]`, `[markdown]`, `[plain]` or `[moodle]` as
//   the text's format (after trimming it) and drops it. It is called on the question text, the
//   general feedback, every multiple-choice and short answer and its feedback (`commentparser()`),
//   true/false feedback (`split_truefalse_comment()`) and the left side of a matching pair; not on
//   the right side of a pair, which is kept as plain text.
// - In a multiple-choice question, `=` marks a right answer and its text is taken as it is; after
//   `~`, text matching `$giftanswerweightregex` (`/^%\-*([0-9]{1,2})\.?([0-9]*)%/`) is read as a
//   weight. In a short answer, text after `=` matching that regex is a weight too. A weight is read
//   once only. A weight that is not on Moodle's grade list makes the import stop
//   (`qformat_default::importprocess()` in `question/format.php`, `match_grade_options()`).
// - `escapedchar_pre()` undoes `\\ \: \# \= \{ \} \~ \n` and nothing else.
// - The text is stored in Moodle's own format (FORMAT_MOODLE), which is shown as HTML.
// - Short answers are compared by `qtype_shortanswer_question::compare_string_with_wildcard()`
//   (`question/type/shortanswer/question.php`): `*` matches anything, `\*` is a literal star,
//   case is ignored when `usecase` is 0, and nothing else is.
// One thing GIFT cannot carry: a short answer holding one of Moodle's placeholders (`&&058;` is
// read as `:`); shown text escapes `&` as HTML, so only short answers could. Moodle XML can.
import type { PartId } from '../content/parts'
import type { Bank, ChoiceOption, OrderingQuestion, Question } from './types'
import { PART_IDS, partById } from '../content/parts'
import { slidePath } from '../content/slides'
import { removeAccents } from './grade'
import { assertNever } from './guards'

const GIFT_SPECIAL = /[\\~=#{}:]/g
const GIFT_ESCAPE = /\\([\\~=#{}:n])/g
const LINE_BREAK = /\r\n?|\n/g
const ARROW = /->/g
const SLASH = /\//g
const HTML_SPECIAL = /[&<>]/g
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const
const STAR = /\*/g
const NOT_LETTER_DIGIT_OR_SPACE = /[^\p{L}\p{N}\s]/gu
const SPACES = /\s+/gu
/** Text Moodle would read a format marker or a weight from: `[html]…`, `%50%…` (after trimming). */
const READ_AS_MARKUP = /^[\s\0]*[[%]/

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

/** Escape `& < >` so that text Moodle shows as HTML shows them as typed, not as markup. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, ch => HTML_ENTITY[ch as keyof typeof HTML_ENTITY])
}

/** `[moodle]`, Moodle's default format, before text that Moodle would otherwise read a format or a weight from. */
function formatMarker(text: string): string {
  return READ_AS_MARKUP.test(text) ? '[moodle]' : ''
}

/** Text Moodle shows as HTML (question text, answers, feedback): shown exactly as written. */
function giftText(text: string): string {
  return `${formatMarker(text)}${escapeGift(escapeHtml(text))}`
}

/**
 * A short answer as Moodle compares it: not HTML, and `*` literal rather than a wildcard. A `->`
 * becomes `→` (see `escapeGift`); the variants without punctuation still match what was meant.
 */
function giftShortAnswer(text: string): string {
  return `${formatMarker(text)}${escapeGift(text).replace(STAR, '\\*')}`
}

/** "1st", "2nd", "3rd", "4th"…: the answers an ordering question is exported with. */
export function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13)
    return `${n}th`
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`
}

/**
 * The Moodle grade, in percent, of one option of a multiple-answer question with `correctCount`
 * right options: `+100/k` for a right one and `-100/k` for a wrong one, to 5 decimals, which are
 * among Moodle's allowed grades for k ≤ 10 (100, 50, 33.33333, 25, 20 …). The right ones add up to
 * 100, and each wrong pick costs what a right pick earns, the same rule `grade` uses.
 */
export function multiplePercent(correct: boolean, correctCount: number): number {
  const weight = Number((100 / correctCount).toFixed(5))
  return correct ? weight : -weight
}

/** `multiplePercent` as a GIFT weight: `%33.33333%`, `%-50%`. */
export function multipleWeight(correct: boolean, correctCount: number): string {
  return `%${multiplePercent(correct, correctCount)}%`
}

/**
 * Every spelling Moodle must accept for these short answers to grade as `grade` does. Moodle
 * ignores case only, the grader also accents, spacing and punctuation; so each answer comes as
 * written, without accents, then also without punctuation, then also without spaces
 * ("jū'ān sīwēi", "ju'an siwei", "juan siwei", "juansiwei"), without repeats ignoring case.
 */
export function shortAnswerVariants(accepted: readonly string[]): string[] {
  const seen = new Set<string>()
  return accepted
    .flatMap((answer) => {
      const plain = removeAccents(answer).normalize('NFC')
      const bare = plain.replace(NOT_LETTER_DIGIT_OR_SPACE, '').replace(SPACES, ' ').trim()
      return [answer.trim(), plain.trim(), bare, bare.replace(SPACES, '')]
    })
    .filter((variant) => {
      const key = variant.toLowerCase()
      if (variant === '' || seen.has(key))
        return false
      seen.add(key)
      return true
    })
}

/**
 * An ordering question as Moodle can grade it: a matching question from each item to its
 * position ("1st", "2nd", …), with the prompt saying so. Moodle then gives credit per position,
 * so its partial credit can differ from the neighbouring-pairs rule of `grade`.
 */
export function orderingAsMatching(question: OrderingQuestion): { readonly prompt: string, readonly pairs: readonly { readonly left: string, readonly right: string }[] } {
  return {
    prompt: `${question.prompt} (Match each item to its position: 1st is first.)`,
    pairs: question.answer.map((id, i) => ({ left: question.items.find(item => item.id === id)?.text ?? id, right: ordinal(i + 1) })),
  }
}

/** The Moodle category path of a part: `Chinese tech lesson/Part 1 - The need to …` (a `/` in a name doubled). */
export function categoryPath(part: PartId): string {
  const { label, title } = partById(part)
  const name = label === title ? label : `${label} - ${title}`
  return `${GIFT_CATEGORY_ROOT}/${name.replace(SLASH, '//')}`
}

/** The category line for a part: `$CATEGORY: Chinese tech lesson/Part 1 - The need to …`. */
export function giftCategory(part: PartId): string {
  return `$CATEGORY: ${categoryPath(part)}`
}

function feedback(text: string | undefined): string {
  return text ? `#${giftText(text)}` : ''
}

function choice(option: ChoiceOption, prefix: string): string {
  return `${prefix}${giftText(option.text)}${feedback(option.feedback)}`
}

/** The answer lines inside the braces, without the general feedback. */
function answerLines(question: Question): string[] {
  switch (question.kind) {
    case 'single':
      // After `=` Moodle reads no weight (so not `=%100%`: that would be text); `~%0%` stops it
      // reading one from a wrong option's text.
      return question.options.map(o => choice(o, o.correct ? '=' : '~%0%'))
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
      // The right side is read with no format marker, but still shown as HTML.
      return question.pairs.map(p => `=${giftText(p.left)} -> ${escapeGift(escapeHtml(p.right))}`)
    case 'ordering':
      return orderingAsMatching(question).pairs.map(p => `=${giftText(p.left)} -> ${p.right}`)
    case 'short': {
      const right = shortAnswerVariants(question.accepted).map(a => `=%100%${giftShortAnswer(a)}${feedback(question.feedback?.correct)}`)
      // Moodle's catch-all: any other answer scores 0 and gets the wrong-answer feedback.
      const otherwise = question.feedback?.incorrect ? [`=%0%*${feedback(question.feedback.incorrect)}`] : []
      return [...right, ...otherwise]
    }
    case 'open':
      // Nothing but the general feedback in the braces: Moodle reads an essay question. GIFT has no
      // place for the rubric (Moodle XML's graderinfo has); the answer key carries it.
      return []
    default:
      return assertNever(question)
  }
}

/** One question in GIFT, with a comment line giving its Moodle id number and tags. */
export function questionToGift(question: Question): string {
  const prompt = question.kind === 'ordering' ? orderingAsMatching(question).prompt : question.prompt
  return [
    `// [id:${question.id}] [tag:${question.part}] [tag:${question.kind}] ${question.points} point(s); taught on ${slidePath(question.slide)}`,
    `::${escapeGift(question.id)}::${giftText(prompt)} {`,
    ...answerLines(question),
    `####${giftText(question.explanation)}`,
    '}',
  ].join('\n')
}

/**
 * The bank as a GIFT file for Moodle: one category per part (in teaching order), a blank line
 * between questions, titles from ids, the explanation as general feedback. GIFT cannot carry
 * points: Moodle gives every question its default mark (see `toMoodleXml`).
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
