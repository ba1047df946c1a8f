import type { QuestionKind, ShownOf } from '../../../quiz/types'

/** After a live question's reveal: the right options and the student's own, marked in words beside them. */
export interface AnswerMarks {
  readonly right: readonly string[]
  readonly yours: readonly string[]
}

/**
 * What every answer widget takes, whatever its kind, besides its response (`v-model`): what it shows
 * of the question (never the answer), a name unique on the page, and, on a phone in the live quiz,
 * letters before the options and the marks after the reveal.
 */
export interface AnswerWidgetProps<K extends QuestionKind> {
  /** What the widget shows of the question: its options, items or nothing. */
  shown: ShownOf<K>
  /** Unique on the page: the inputs' ids and names start with it. */
  name: string
  /** "A · " before each option, as the projector and the printed slides letter them. */
  lettered?: boolean
  /** After a live question's reveal: which options were right, and which the student chose. */
  marks?: AnswerMarks
}
