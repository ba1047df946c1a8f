// Responses and right answers in words, whatever the kind: option texts rather than ids, so the
// downloaded results make sense to a teacher who has no copy of the bank.
import type { Question, QuizResponse } from './types'
import { kindOf } from './kinds'
import { NO_ANSWER } from './kinds/shared'

export { NO_ANSWER } from './kinds/shared'

/**
 * A response in words, as the student would read it back: option texts rather than ids, so the
 * downloaded results make sense to a teacher who has no copy of the bank.
 */
export function responseText(question: Question, response: QuizResponse | undefined): string {
  if (!response || response.kind !== question.kind)
    return NO_ANSWER
  return kindOf(question.kind).responseText(question, response)
}

/**
 * The right answer in words, shown after checking and on a slide's reveal; for an open question,
 * what the teacher looks for.
 */
export function correctAnswerText(question: Question): string {
  return kindOf(question.kind).correctText(question)
}
