// Small pieces several kinds share: finding repeats for their rules, checking the ids a response
// names, options in words.
import type { GradeErrorCode, Problem, ShownOption } from './kind'
import { describeValue } from '../guards'

/** What the results show for a question left unanswered. */
export const NO_ANSWER = '(no answer)'

/**
 * Values that occur more than once (compared after `normalize`), each naming where it first
 * occurred. Values that are empty, or normalise to nothing, have problems of their own.
 */
export function* repeats(values: readonly string[], path: (i: number) => string, what: string, normalize: (s: string) => string = s => s): Iterable<Problem> {
  const seen = new Map<string, number>()
  for (const [i, value] of values.entries()) {
    const key = normalize(value)
    if (value.trim() === '' || key === '')
      continue
    const first = seen.get(key)
    if (first === undefined)
      seen.set(key, i)
    else
      yield [path(i), `${what} repeats ${path(first)} (${describeValue(value)})`]
  }
}

/** The problem when a count is outside `min`–`max`. */
export function* countBetween(count: number, min: number, max: number, field: string, message: string): Iterable<Problem> {
  if (count < min || count > max)
    yield [field, message]
}

function firstDuplicate(values: readonly string[]): string | undefined {
  return values.find((value, i) => values.indexOf(value) !== i)
}

/** The first id that is not known, or given twice. */
export function checkIds(ids: readonly string[], known: readonly string[], what: string): [GradeErrorCode, string] | undefined {
  const unknown = ids.find(id => !known.includes(id))
  if (unknown !== undefined)
    return ['unknown-id', `no ${what} ${describeValue(unknown)}`]
  const duplicate = firstDuplicate(ids)
  if (duplicate !== undefined)
    return ['duplicate-id', `${what} ${describeValue(duplicate)} is given twice`]
  return undefined
}

/** A piece of feedback as a list: empty when there is none. */
export function feedbackOf(text: string | undefined): string[] {
  return text ? [text] : []
}

/** The text of the option or item with this id; the id itself if there is none. */
export function textOf(options: readonly ShownOption[], id: string): string {
  return options.find(o => o.id === id)?.text ?? id
}

/** Only the id and text of each option: what a student's device may see of it. */
export function shownOptions(options: readonly ShownOption[]): ShownOption[] {
  return options.map(({ id, text }) => ({ id, text }))
}

/** Typed text, trimmed, or the words for no answer. */
export function typedText(text: string): string {
  return text.trim() !== '' ? text.trim() : NO_ANSWER
}
