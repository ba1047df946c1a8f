import type { Question, QuestionKind, QuizResponse } from '../../quiz/types'
import { assertNever } from '../../quiz/guards'

/** How to answer each kind of question, shown under the prompt; the compiler insists on every kind. */
export const KIND_HINTS = {
  'single': 'Choose one answer.',
  'multiple': 'Choose every right answer.',
  'true-false': 'Choose true or false.',
  'matching': 'Choose a match for each item.',
  'ordering': 'Put the items in order with the Up and Down buttons; the first item is at the top.',
  'short': 'Type a short answer.',
  'open': 'Write a few sentences. Your teacher marks this answer.',
} as const satisfies Record<QuestionKind, string>

/**
 * Whether the student has given an answer worth checking: an option chosen, every item matched,
 * some text typed. An ordering question always has one (the order on screen).
 */
export function hasAnswer(question: Question, response: QuizResponse | undefined): boolean {
  if (!response || response.kind !== question.kind)
    return false
  switch (response.kind) {
    case 'single': return response.optionId !== ''
    case 'multiple': return response.optionIds.length > 0
    case 'true-false': return true
    case 'matching': return question.kind === 'matching' && question.pairs.every(p => response.matches[p.id] !== undefined)
    case 'ordering': return response.order.length > 0
    case 'short':
    case 'open':
      return response.text.trim() !== ''
    default: return assertNever(response)
  }
}
