// The teacher's answer key in Markdown; each kind's module writes the lines of its answer.
import type { Bank } from './types'
import { objectiveById } from '../content/objectives'
import { PART_IDS, partById } from '../content/parts'
import { slideById, slidePath } from '../content/slides'
import { escapeMarkdown } from './export-text'
import { kindOf } from './kinds'
import { POINTS_RULE } from './points'

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
      const kind = kindOf(q.kind)
      const slide = slideById(q.slide)
      lines.push(
        '',
        `### ${number}. \`${q.id}\` (${kind.label}, ${q.points} ${q.points === 1 ? 'point' : 'points'})`,
        '',
        escapeMarkdown(q.prompt),
        '',
        ...kind.key(q),
        '',
        `**Why:** ${escapeMarkdown(q.explanation)}`,
        '',
        `Taught on: [${escapeMarkdown(slide.title)}](${slidePath(q.slide)})${kind.partialCredit ? `. ${kind.partialCredit}` : ''}`,
        '',
        `Assesses: ${escapeMarkdown(`${objectiveById(q.objective).verb} ${objectiveById(q.objective).rest}`)}.`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
