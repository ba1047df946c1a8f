// The bank in Moodle XML, which, unlike GIFT, carries each question's points (`<defaultgrade>`).
// The elements are those Moodle's own importer reads, moodle/moodle `question/format/xml/format.php`
// (commit 00055ef6): `import_headers()` (name, question text, general feedback, `defaultgrade`,
// `idnumber`, tags), `import_multichoice()`, `import_truefalse()` (answers whose text is `true` and
// `false`), `import_shortanswer()` (`usecase`; answers read as plain text, not HTML),
// `import_match()` (`subquestion`s with their `answer`) and `import_category()`. Every text is
// trimmed by the importer. Texts other than short answers are written, as in the GIFT export, in
// Moodle's own format with `& < >` escaped as HTML, so they show exactly as in the bank.
import type { Bank, Question } from './types'
import { PART_IDS } from '../content/parts'
import { categoryPath, escapeHtml, multiplePercent, orderingAsMatching, shortAnswerVariants } from './gift'
import { assertNever } from './guards'

const XML_SPECIAL = /[&<>]/g
const XML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const
/** What XML 1.0 cannot carry at all, not even as a character reference: most control characters, lone surrogates. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const STAR = /\*/g
const MOODLE_FORMAT = 'format="moodle_auto_format"'

/**
 * Text as XML character data (not for attributes): `& < >` as entities, so a `]]>` in it ends
 * nothing, and the characters XML 1.0 cannot carry (most control characters) replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(XML_SPECIAL, ch => XML_ENTITY[ch as keyof typeof XML_ENTITY])
}

/** `<text>` as Moodle reads it. */
function text(value: string): string {
  return `<text>${escapeXml(value)}</text>`
}

/** An element holding text Moodle shows as HTML, escaped so that it shows as written. */
function shown(tag: string, value: string): string {
  return `<${tag} ${MOODLE_FORMAT}>${text(escapeHtml(value))}</${tag}>`
}

/** An answer with its grade in percent and, when there is one, its feedback. */
function answer(fraction: number, body: string, feedback?: string): string {
  return `    <answer fraction="${fraction}" ${MOODLE_FORMAT}>${body}${feedback ? shown('feedback', feedback) : ''}</answer>`
}

/** The question type attribute and the elements after the common ones. */
function body(question: Question): [type: string, lines: string[]] {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const k = question.options.filter(o => o.correct).length
      const percent = (correct: boolean): number => (question.kind === 'single' ? (correct ? 100 : 0) : multiplePercent(correct, k))
      return ['multichoice', [
        `    <single>${question.kind === 'single'}</single>`,
        '    <shuffleanswers>true</shuffleanswers>',
        '    <answernumbering>abc</answernumbering>',
        ...question.options.map(o => answer(percent(o.correct), text(escapeHtml(o.text)), o.feedback)),
      ]]
    }
    case 'true-false':
      return ['truefalse', [true, false].map(value =>
        answer(value === question.answer ? 100 : 0, text(String(value)), value ? question.feedback?.true : question.feedback?.false))]
    case 'matching':
    case 'ordering': {
      // An ordering question goes to Moodle as a matching question from each item to its
      // position, as in the GIFT export (see `orderingAsMatching`).
      const pairs = question.kind === 'matching' ? question.pairs : orderingAsMatching(question).pairs
      return ['matching', [
        '    <shuffleanswers>true</shuffleanswers>',
        ...pairs.map(p => `    <subquestion ${MOODLE_FORMAT}>${text(escapeHtml(p.left))}<answer>${text(escapeHtml(p.right))}</answer></subquestion>`),
      ]]
    }
    case 'short':
      return ['shortanswer', [
        // 0: case is ignored. The variants make up for accents, spacing and punctuation.
        '    <usecase>0</usecase>',
        // `\*` is a literal star to Moodle's matcher; `*` alone, last, is its catch-all for any other answer.
        ...shortAnswerVariants(question.accepted).map(a => answer(100, text(a.replace(STAR, '\\*')), question.feedback?.correct)),
        ...(question.feedback?.incorrect ? [answer(0, text('*'), question.feedback.incorrect)] : []),
      ]]
    case 'open':
      // An essay the teacher marks: the rubric and a sample answer go to the grader's information.
      return ['essay', [
        '    <responseformat>editor</responseformat>',
        '    <responserequired>1</responserequired>',
        '    <responsefieldlines>8</responsefieldlines>',
        `    ${shown('graderinfo', `Rubric (one point each): ${question.rubric.join('; ')}. Sample answer: ${question.sample}`)}`,
      ]]
    default:
      return assertNever(question)
  }
}

/** One question as Moodle XML: name and id number from its id, points as the default grade, its part and kind as tags. */
export function questionToMoodleXml(question: Question): string {
  const [type, lines] = body(question)
  const prompt = question.kind === 'ordering' ? orderingAsMatching(question).prompt : question.prompt
  return [
    `  <question type="${type}">`,
    `    <name>${text(question.id)}</name>`,
    `    ${shown('questiontext', prompt)}`,
    `    ${shown('generalfeedback', question.explanation)}`,
    `    <defaultgrade>${question.points}</defaultgrade>`,
    `    <idnumber>${escapeXml(question.id)}</idnumber>`,
    ...lines,
    `    <tags><tag>${text(question.part)}</tag><tag>${text(question.kind)}</tag></tags>`,
    '  </question>',
  ].join('\n')
}

/**
 * The bank as a Moodle XML file (Question bank → Import → Moodle XML format): one category per
 * part, in teaching order, with the same names as the GIFT export's; each question with its
 * points, id number, tags, per-answer feedback and the explanation as general feedback.
 */
export function toMoodleXml(bank: Bank): string {
  const blocks = PART_IDS.flatMap((part) => {
    const questions = bank.filter(q => q.part === part)
    if (questions.length === 0)
      return []
    const category = `  <question type="category">\n    <category>${text(categoryPath(part))}</category>\n  </question>`
    return [category, ...questions.map(questionToMoodleXml)]
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Comprehension quiz for the lesson on "Are Chinese Tech Companies To Surpass Their Silicon Valley Counterparts?" -->',
    // XML comments cannot hold a double hyphen, so no `npm run quiz -- xml` here.
    '<!-- Generated by the quiz command (xml) from quiz/bank.ts; edit the bank, not this file. -->',
    '<quiz>',
    ...blocks,
    '</quiz>',
    '',
  ].join('\n')
}
