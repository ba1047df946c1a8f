import type { Question } from '../../quiz/types'
import { correctResponse } from '../../quiz/grade'
import { assertNever } from '../../quiz/guards'

/** A lettered line a class reads from the screen: "A  Baidu". */
export interface LetteredLine {
  readonly letter: string
  readonly text: string
}

/** A question laid out for a slide or a worksheet: what to read and, separately, the answer. */
export interface SlideView {
  /** How to answer, in a few words ("Choose one."). */
  readonly instruction: string
  /** Items the class works with in a matching question (numbered 1, 2, …), else empty. */
  readonly items: readonly LetteredLine[]
  /** The lettered options (A, B, …); empty for a short answer. */
  readonly options: readonly LetteredLine[]
  /** The answer, in letters where there are letters ("B", "1 → C, 2 → A", "C, A, B"). */
  readonly answer: string
}

/** A, B, …, Z, then AA, AB, …: the letter of the option at `index`. */
export function letter(index: number): string {
  const a = 'A'.charCodeAt(0)
  return index < 26 ? String.fromCharCode(a + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26)
}

function lettered(texts: readonly string[]): LetteredLine[] {
  return texts.map((text, i) => ({ letter: letter(i), text }))
}

/**
 * The question as the class sees it on a slide: options lettered in the order given (shuffle the
 * question first for a different order), and the answer written with those letters.
 */
export function slideView(question: Question): SlideView {
  const response = correctResponse(question)
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const ids = response.kind === 'single' ? [response.optionId] : response.kind === 'multiple' ? response.optionIds : []
      return {
        instruction: question.kind === 'single' ? 'Choose one.' : 'Choose every right option.',
        items: [],
        options: lettered(question.options.map(o => o.text)),
        answer: question.options.flatMap((o, i) => (ids.includes(o.id) ? [letter(i)] : [])).join(', '),
      }
    }
    case 'true-false':
      return {
        instruction: 'True or false?',
        items: [],
        options: lettered(['True', 'False']),
        answer: question.answer ? 'A (True)' : 'B (False)',
      }
    case 'matching': {
      // Right-hand options in a fixed order of their own (alphabetical), so item 1 is not simply A.
      const rights = [...question.pairs].sort((x, y) => x.right.localeCompare(y.right))
      return {
        instruction: 'Match each numbered item with a letter.',
        items: question.pairs.map((p, i) => ({ letter: String(i + 1), text: p.left })),
        options: lettered(rights.map(p => p.right)),
        answer: question.pairs.map((p, i) => `${i + 1} → ${letter(rights.indexOf(p))}`).join(', '),
      }
    }
    case 'ordering':
      return {
        instruction: 'Put the letters in order.',
        items: [],
        options: lettered(question.items.map(it => it.text)),
        answer: question.answer.map(id => letter(question.items.findIndex(it => it.id === id))).join(', '),
      }
    case 'short':
      return {
        instruction: 'Write a short answer.',
        items: [],
        options: [],
        answer: question.accepted.join(' or '),
      }
    case 'open':
      return {
        instruction: 'Write a few sentences.',
        items: [],
        options: [],
        answer: `Look for: ${question.rubric.join('; ')}`,
      }
    default:
      return assertNever(question)
  }
}

/**
 * The key under which Slidev provides its context (`injectionSlidevContext` in
 * `@slidev/client/constants.ts`). Components read it with `inject` rather than importing
 * `@slidev/client`, whose sources do not type-check outside a Slidev build; a test checks the key
 * against the installed client so an upgrade that renames it is noticed.
 */
export const SLIDEV_CONTEXT_KEY = '$$slidev-context'

/** What {@link slidevPrintMode} reads of Slidev's context. */
export interface SlidevNavLike {
  readonly nav?: { readonly isPrintMode?: boolean }
}

/**
 * Whether Slidev is printing (the PDF export, or `?print` in the address): the answer must then stay
 * off the page, so the printed quiz slides are a worksheet. Outside Slidev (tests) this is false.
 */
export function slidevPrintMode(context: SlidevNavLike | null | undefined): boolean {
  return context?.nav?.isPrintMode === true
}

/**
 * Whether an address is one Slidev's exporter prints (`?print=true`, `?print=clicks`). The exporter
 * loads such addresses for every PDF and PNG; reading the address directly keeps the answers off
 * the page even where Slidev's navigation state has not caught up when the page is captured.
 */
export function isPrintAddress(search: string): boolean {
  return new URLSearchParams(search).has('print')
}
