import type { Bank } from './types'
import { isPartId, PART_IDS } from '../content/parts'
import { isSlideId } from '../content/slides'
import { normalizeAnswer } from './grade'
import { QUESTION_KINDS } from './types'

/** One problem in a bank: which question, which field, and what is wrong. */
export interface ValidationIssue {
  /** The question's id, or `#n` (its 1-based position) when it has no usable id, or `(bank)`. */
  readonly id: string
  /** The field, as a path: `options[2].text`. */
  readonly field: string
  /** What is wrong, in a few words. */
  readonly message: string
}

/** A valid bank, or every problem found in it. */
export type ValidationResult
  = | { readonly ok: true, readonly value: Bank }
    | { readonly ok: false, readonly issues: readonly ValidationIssue[] }

/** Limits the validator enforces; exported so the README and the tests can quote them. */
export const LIMITS = {
  single: { minOptions: 3, maxOptions: 5 },
  multiple: { minOptions: 3, maxOptions: 6 },
  matching: { minPairs: 2 },
  ordering: { minItems: 3, maxItems: 6 },
} as const

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const COMMON_FIELDS = ['id', 'kind', 'part', 'slide', 'prompt', 'explanation', 'points']
const KIND_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'single': ['options'],
  'multiple': ['options'],
  'true-false': ['answer', 'feedback'],
  'matching': ['pairs'],
  'ordering': ['items', 'answer'],
  'short': ['accepted', 'feedback'],
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function describe(value: unknown): string {
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'an array'
  return typeof value === 'string' ? `"${value}"` : typeof value
}

/** Collects issues for one question. */
class Checker {
  readonly issues: ValidationIssue[] = []
  constructor(private readonly id: string) {}

  add(field: string, message: string): void {
    this.issues.push({ id: this.id, field, message })
  }

  /** A required non-empty string; returns it when valid. */
  text(record: Record<string, unknown>, key: string, path: string): string | undefined {
    const value = record[key]
    if (value === undefined)
      this.add(path, 'is missing')
    else if (typeof value !== 'string')
      this.add(path, `must be a string, not ${describe(value)}`)
    else if (value.trim() === '')
      this.add(path, 'is empty')
    else
      return value
    return undefined
  }

  /** An optional string. */
  optionalText(record: Record<string, unknown>, key: string, path: string): void {
    const value = record[key]
    if (value !== undefined && !isText(value))
      this.add(path, `must be a non-empty string, not ${describe(value)}`)
  }

  /** An array field; returns it when it is one. */
  array(record: Record<string, unknown>, key: string): readonly unknown[] | undefined {
    const value = record[key]
    if (Array.isArray(value))
      return value
    this.add(key, value === undefined ? 'is missing' : `must be an array, not ${describe(value)}`)
    return undefined
  }

  /** Report values that occur more than once (compared after `normalize`). */
  unique(values: readonly (string | undefined)[], path: (i: number) => string, what: string, normalize: (s: string) => string = s => s): void {
    const seen = new Map<string, number>()
    values.forEach((value, i) => {
      if (value === undefined)
        return
      const key = normalize(value)
      const first = seen.get(key)
      if (first === undefined)
        seen.set(key, i)
      else
        this.add(path(i), `${what} repeats ${path(first)} ("${value}")`)
    })
  }

  /** Elements of an array of `{ id, text-like fields }` objects. */
  entries(list: readonly unknown[], key: string, textKeys: readonly string[]): { id?: string, texts: Record<string, string | undefined> }[] {
    return list.map((entry, i) => {
      const path = `${key}[${i}]`
      if (!isRecord(entry)) {
        this.add(path, `must be an object, not ${describe(entry)}`)
        return { texts: {} }
      }
      const id = this.text(entry, 'id', `${path}.id`)
      if (id !== undefined && !KEBAB.test(id))
        this.add(`${path}.id`, `"${id}" is not kebab-case`)
      const texts: Record<string, string | undefined> = {}
      for (const textKey of textKeys)
        texts[textKey] = this.text(entry, textKey, `${path}.${textKey}`)
      return { id, texts }
    })
  }
}

function checkChoices(c: Checker, q: Record<string, unknown>, kind: 'single' | 'multiple'): void {
  const options = c.array(q, 'options')
  if (!options)
    return
  const { minOptions, maxOptions } = LIMITS[kind]
  if (options.length < minOptions || options.length > maxOptions)
    c.add('options', `has ${options.length} options; a ${kind} question needs ${minOptions}–${maxOptions}`)
  const entries = c.entries(options, 'options', ['text'])
  c.unique(entries.map(e => e.id), i => `options[${i}].id`, 'id')
  c.unique(entries.map(e => e.texts.text), i => `options[${i}].text`, 'duplicate option: text', normalizeAnswer)
  const correct: number[] = []
  options.forEach((option, i) => {
    if (!isRecord(option))
      return
    if (typeof option.correct !== 'boolean')
      c.add(`options[${i}].correct`, option.correct === undefined ? 'is missing' : `must be true or false, not ${describe(option.correct)}`)
    else if (option.correct)
      correct.push(i)
    c.optionalText(option, 'feedback', `options[${i}].feedback`)
    for (const extra of Object.keys(option).filter(k => !['id', 'text', 'correct', 'feedback'].includes(k)))
      c.add(`options[${i}].${extra}`, 'is not a field of an option')
  })
  if (options.length > 0 && correct.length === 0)
    c.add('options', 'no correct option')
  if (kind === 'single' && correct.length > 1)
    c.add('options', `a single-choice question has exactly one correct option, not ${correct.length} (${correct.map(i => `options[${i}]`).join(', ')})`)
}

function checkTrueFalse(c: Checker, q: Record<string, unknown>): void {
  if (typeof q.answer !== 'boolean')
    c.add('answer', q.answer === undefined ? 'is missing' : `must be true or false, not ${describe(q.answer)}`)
  checkFeedback(c, q, ['true', 'false'])
}

function checkFeedback(c: Checker, q: Record<string, unknown>, keys: readonly string[]): void {
  if (q.feedback === undefined)
    return
  if (!isRecord(q.feedback)) {
    c.add('feedback', `must be an object, not ${describe(q.feedback)}`)
    return
  }
  for (const key of Object.keys(q.feedback)) {
    if (keys.includes(key))
      c.optionalText(q.feedback, key, `feedback.${key}`)
    else
      c.add(`feedback.${key}`, `is not a feedback field; expected ${keys.join(' or ')}`)
  }
}

function checkMatching(c: Checker, q: Record<string, unknown>): void {
  const pairs = c.array(q, 'pairs')
  if (!pairs)
    return
  if (pairs.length < LIMITS.matching.minPairs)
    c.add('pairs', `has ${pairs.length} pair(s); a matching question needs at least ${LIMITS.matching.minPairs}`)
  const entries = c.entries(pairs, 'pairs', ['left', 'right'])
  c.unique(entries.map(e => e.id), i => `pairs[${i}].id`, 'id')
  c.unique(entries.map(e => e.texts.left), i => `pairs[${i}].left`, 'repeated side: left', normalizeAnswer)
  c.unique(entries.map(e => e.texts.right), i => `pairs[${i}].right`, 'repeated side: right', normalizeAnswer)
}

function checkOrdering(c: Checker, q: Record<string, unknown>): void {
  const items = c.array(q, 'items')
  const answer = c.array(q, 'answer')
  if (!items)
    return
  const { minItems, maxItems } = LIMITS.ordering
  if (items.length < minItems || items.length > maxItems)
    c.add('items', `has ${items.length} items; an ordering question needs ${minItems}–${maxItems}`)
  const entries = c.entries(items, 'items', ['text'])
  c.unique(entries.map(e => e.id), i => `items[${i}].id`, 'id')
  c.unique(entries.map(e => e.texts.text), i => `items[${i}].text`, 'duplicate item: text', normalizeAnswer)
  if (!answer)
    return
  const ids = entries.flatMap(e => (e.id === undefined ? [] : [e.id]))
  answer.forEach((id, i) => {
    if (typeof id !== 'string')
      c.add(`answer[${i}]`, `must be an item id, not ${describe(id)}`)
    else if (!ids.includes(id))
      c.add(`answer[${i}]`, `"${id}" is not the id of an item`)
  })
  c.unique(answer.map(id => (typeof id === 'string' ? id : undefined)), i => `answer[${i}]`, 'id')
  const missing = ids.filter(id => !answer.includes(id))
  if (missing.length > 0)
    c.add('answer', `leaves out ${missing.map(id => `"${id}"`).join(', ')}; it must list every item once`)
}

function checkShort(c: Checker, q: Record<string, unknown>): void {
  const accepted = c.array(q, 'accepted')
  if (accepted) {
    if (accepted.length === 0)
      c.add('accepted', 'is empty; a short-answer question needs at least one accepted answer')
    const texts = accepted.map((a, i) => {
      if (!isText(a)) {
        c.add(`accepted[${i}]`, `must be a non-empty string, not ${describe(a)}`)
        return undefined
      }
      if (normalizeAnswer(a) === '') {
        c.add(`accepted[${i}]`, `"${a}" has no letters or digits, so no answer can match it`)
        return undefined
      }
      return a
    })
    c.unique(texts, i => `accepted[${i}]`, 'duplicate answer: it', normalizeAnswer)
  }
  checkFeedback(c, q, ['correct', 'incorrect'])
}

function checkQuestion(input: unknown, index: number, label: string): ValidationIssue[] {
  const c = new Checker(label)
  if (!isRecord(input)) {
    c.add('(question)', `must be an object, not ${describe(input)}`)
    return c.issues
  }
  if (input.id === undefined)
    c.add('id', 'is missing')
  else if (typeof input.id !== 'string' || !KEBAB.test(input.id))
    c.add('id', `${describe(input.id)} is not a kebab-case id (question #${index + 1})`)

  if (!isPartId(input.part))
    c.add('part', `unknown part ${describe(input.part)}; expected one of ${PART_IDS.join(', ')}`)
  if (!isSlideId(input.slide))
    c.add('slide', `unknown slide ${describe(input.slide)}; expected a slide anchor id from content/slides.ts`)
  c.text(input, 'prompt', 'prompt')
  c.text(input, 'explanation', 'explanation')
  if (typeof input.points !== 'number' || !Number.isFinite(input.points) || input.points <= 0)
    c.add('points', `must be a positive number, not ${describe(input.points)}${typeof input.points === 'number' ? ` (${input.points})` : ''}`)

  const kind = input.kind
  switch (kind) {
    case 'single':
    case 'multiple':
      checkChoices(c, input, kind)
      break
    case 'true-false':
      checkTrueFalse(c, input)
      break
    case 'matching':
      checkMatching(c, input)
      break
    case 'ordering':
      checkOrdering(c, input)
      break
    case 'short':
      checkShort(c, input)
      break
    default:
      c.add('kind', `unknown kind ${describe(kind)}; expected one of ${QUESTION_KINDS.join(', ')}`)
  }
  if (typeof kind === 'string' && kind in KIND_FIELDS) {
    const known = [...COMMON_FIELDS, ...(KIND_FIELDS[kind] ?? [])]
    for (const extra of Object.keys(input).filter(k => !known.includes(k)))
      c.add(extra, `is not a field of a ${kind} question`)
  }
  return c.issues
}

/**
 * Check a bank, typically parsed JSON, and report every problem at once, each naming the question
 * and the field. Never throws: anything that is not an array of questions gives a single issue
 * with id `(bank)`.
 */
export function validateBank(input: unknown): ValidationResult {
  if (!Array.isArray(input))
    return { ok: false, issues: [{ id: '(bank)', field: '(root)', message: `a bank must be an array of questions, not ${describe(input)}` }] }
  if (input.length === 0)
    return { ok: false, issues: [{ id: '(bank)', field: '(root)', message: 'the bank has no questions' }] }

  const issues: ValidationIssue[] = []
  const firstIndex = new Map<string, number>()
  input.forEach((question: unknown, index) => {
    const id = isRecord(question) && isText(question.id) ? question.id : `#${index + 1}`
    issues.push(...checkQuestion(question, index, id))
    if (isRecord(question) && isText(question.id)) {
      const first = firstIndex.get(question.id)
      if (first === undefined)
        firstIndex.set(question.id, index)
      else
        issues.push({ id: question.id, field: 'id', message: `duplicate id: questions #${first + 1} and #${index + 1} share it` })
    }
  })
  return issues.length === 0 ? { ok: true, value: input as Bank } : { ok: false, issues }
}

/** One issue as one line: `id  field  message`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.id}  ${issue.field}  ${issue.message}`
}
