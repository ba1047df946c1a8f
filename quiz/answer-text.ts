import type { Question, QuizResponse } from './types'
import { correctResponse } from './grade'
import { assertNever } from './guards'

/** What the results show for a question left unanswered. */
export const NO_ANSWER = '(no answer)'

function optionText(options: readonly { readonly id: string, readonly text: string }[], id: string): string {
  return options.find(o => o.id === id)?.text ?? id
}

/**
 * A response in words, as the student would read it back: option texts rather than ids, so the
 * downloaded results make sense to a teacher who has no copy of the bank.
 */
export function responseText(question: Question, response: QuizResponse | undefined): string {
  if (!response || response.kind !== question.kind)
    return NO_ANSWER
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' ? optionText(question.options, response.optionId) : NO_ANSWER
    case 'multiple':
      return response.kind === 'multiple' && response.optionIds.length > 0
        ? question.options.filter(o => response.optionIds.includes(o.id)).map(o => o.text).join('; ')
        : NO_ANSWER
    case 'true-false':
      return response.kind === 'true-false' ? (response.value ? 'True' : 'False') : NO_ANSWER
    case 'matching': {
      if (response.kind !== 'matching')
        return NO_ANSWER
      const lines = question.pairs.map((p) => {
        const chosen = response.matches[p.id]
        const right = chosen === undefined ? '(none)' : question.pairs.find(q => q.id === chosen)?.right ?? chosen
        return `${p.left} → ${right}`
      })
      return lines.join('; ')
    }
    case 'ordering':
      return response.kind === 'ordering'
        ? response.order.map((id, i) => `${i + 1}. ${optionText(question.items, id)}`).join('; ')
        : NO_ANSWER
    case 'short':
      return response.kind === 'short' && response.text.trim() !== '' ? response.text.trim() : NO_ANSWER
    case 'open':
      return response.kind === 'open' && response.text.trim() !== '' ? response.text.trim() : NO_ANSWER
    default:
      return assertNever(question)
  }
}

/**
 * The right answer in words, shown after checking and on a slide's reveal; for an open question,
 * what the teacher looks for.
 */
export function correctAnswerText(question: Question): string {
  if (question.kind === 'short')
    return question.accepted.join(' or ')
  if (question.kind === 'open')
    return `Your teacher looks for: ${question.rubric.join('; ')}. For example: ${question.sample}`
  return responseText(question, correctResponse(question))
}
