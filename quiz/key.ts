import type { Bank, Question } from './types'
import { objectiveById } from '../content/objectives'
import { PART_IDS, partById } from '../content/parts'
import { slideById, slidePath } from '../content/slides'
import { assertNever } from './guards'
import { POINTS_RULE } from './points'

const MARKDOWN_SPECIAL = /[\\`*_[\]<>|]/g

const KIND_LABELS = {
  'single': 'single choice',
  'multiple': 'multiple answers',
  'true-false': 'true or false',
  'matching': 'matching',
  'ordering': 'ordering',
  'short': 'short answer',
  'open': 'open answer, marked by the teacher',
} as const satisfies Record<Question['kind'], string>

/** Escape the characters that would start Markdown formatting inside running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, ch => `\\${ch}`)
}

function answerLines(question: Question): string[] {
  const md = escapeMarkdown
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map(o => `- ${o.correct ? '**[x]**' : '[ ]'} ${md(o.text)}${o.feedback ? ` — _${md(o.feedback)}_` : ''}`)
    case 'true-false':
      return [`- **${question.answer ? 'True' : 'False'}**`]
    case 'matching':
      return question.pairs.map(p => `- ${md(p.left)} → **${md(p.right)}**`)
    case 'ordering':
      return question.answer.map((id, i) => `${i + 1}. ${md(question.items.find(it => it.id === id)?.text ?? id)}`)
    case 'short':
      return [`- Accepted: ${question.accepted.map(a => `**${md(a)}**`).join(', ')} (case, accents, spacing and punctuation ignored)`]
    case 'open':
      return [
        'Marked by the teacher, one point for each of:',
        ...question.rubric.map(point => `- ${md(point)}`),
        '',
        `**Sample answer:** ${md(question.sample)}`,
      ]
    default:
      return assertNever(question)
  }
}

function partialCreditNote(question: Question): string | undefined {
  switch (question.kind) {
    case 'multiple': return 'Partial credit: (right picks − wrong picks) ÷ right options, never below 0.'
    case 'matching': return 'Partial credit: the share of pairs matched correctly.'
    case 'ordering': return 'Partial credit: the share of neighbouring pairs in the right order.'
    default: return undefined
  }
}

/**
 * A Markdown answer key for the teacher: questions numbered through the quiz and grouped by part,
 * each with its kind, points, right answer, explanation and the slide that teaches it.
 */
export function answerKey(bank: Bank): string {
  const lines = ['# Quiz answer key', '', `${bank.length} questions, ${bank.reduce((s, q) => s + q.points, 0)} points. ${POINTS_RULE}`]
  let number = 0
  for (const part of PART_IDS) {
    const questions = bank.filter(q => q.part === part)
    if (questions.length === 0)
      continue
    const { label, title } = partById(part)
    lines.push('', `## ${label === title ? label : `${label}: ${title}`}`)
    for (const q of questions) {
      number++
      const slide = slideById(q.slide)
      const note = partialCreditNote(q)
      lines.push(
        '',
        `### ${number}. \`${q.id}\` (${KIND_LABELS[q.kind]}, ${q.points} ${q.points === 1 ? 'point' : 'points'})`,
        '',
        escapeMarkdown(q.prompt),
        '',
        ...answerLines(q),
        '',
        `**Why:** ${escapeMarkdown(q.explanation)}`,
        '',
        `Taught on: [${escapeMarkdown(slide.title)}](${slidePath(q.slide)})${note ? `. ${note}` : ''}`,
        '',
        `Assesses: ${escapeMarkdown(`${objectiveById(q.objective).verb} ${objectiveById(q.objective).rest}`)}.`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
