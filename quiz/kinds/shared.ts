// Small pieces several kinds share: finding repeats for their rules, checking the ids a response
// names, options in words.
import type { GradeErrorCode, Problem, ShownOption } from './kind'
import * as v from 'valibot'
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

/** The options under ids that say nothing, by position: `o1`, `o2`, … (or another prefix). */
export function opaqueOptions(options: readonly ShownOption[], prefix: string): ShownOption[] {
  return options.map((o, i) => ({ id: `${prefix}${i + 1}`, text: o.text }))
}

/** The opaque id of the option with this id (`o2`); the id itself when no option has it. */
export function toOpaque(options: readonly { readonly id: string }[], id: string, prefix: string): string {
  const index = options.findIndex(o => o.id === id)
  return index < 0 ? id : `${prefix}${index + 1}`
}

/** The id of the option an opaque id names (`o2` → the second's); the opaque id itself when it names none. */
export function fromOpaque(options: readonly { readonly id: string }[], opaque: string, prefix: string): string {
  if (!opaque.startsWith(prefix))
    return opaque
  const index = Number(opaque.slice(prefix.length)) - 1
  return Number.isInteger(index) ? options[index]?.id ?? opaque : opaque
}

/** What a widget of options shows, as a schema: ids and texts. */
export const ShownOptionsSchema = v.array(v.object({ id: v.string(), text: v.string() }))

/** Typed text, trimmed, or the words for no answer. */
export function typedText(text: string): string {
  return text.trim() !== '' ? text.trim() : NO_ANSWER
}
