// The teacher's answer key in Markdown; each kind's module writes the lines of its answer.
import type { Bank } from './types'
import { objectiveById } from '../content/objectives'
import { PART_IDS, partById } from '../content/parts'
import { slideById, slidePath } from '../content/slides'
import { escapeMarkdown } from './export-text'
import { kindOf } from './kinds'
import { POINTS_RULE } from './points'

/** Where the deck runs on the teacher's laptop (`npm run dev`): the key's slide links open it there. */
export const DEV_DECK_URL = 'http://localhost:3030/'

/**
 * A Markdown answer key for the teacher: questions numbered through the quiz and grouped by part,
 * each with its kind, points, right answer, explanation and the slide that teaches it, linked in
 * the deck at `deckUrl` (the hosted site, or the deck on the laptop by default).
 */
export function answerKey(bank: Bank, deckUrl: string = DEV_DECK_URL): string {
  const base = deckUrl.endsWith('/') ? deckUrl : `${deckUrl}/`
  const where = base === DEV_DECK_URL
    ? `The slide links open the deck on this computer: start it first with \`npm run dev\`.`
    : `The slide links open the deck at <${base}>.`
  const lines = ['# Quiz answer key', '', `${bank.length} questions, ${bank.reduce((s, q) => s + q.points, 0)} points. ${POINTS_RULE}`, '', where]
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
        `Taught on: [${escapeMarkdown(slide.title)}](${new URL(slidePath(q.slide).slice(1), base).href})${kind.partialCredit ? `. ${kind.partialCredit}` : ''}`,
        '',
        `Assesses: ${escapeMarkdown(`${objectiveById(q.objective).verb} ${objectiveById(q.objective).rest}`)}.`,
      )
    }
  }
  return `${lines.join('\n')}\n`
}
