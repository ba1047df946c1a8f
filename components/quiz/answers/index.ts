// The answer widget of each question kind: the one table the quiz page (/quiz) and the phone page
// (/join) render questions through. The compiler checks it lists every kind of the registry
// (quiz/kinds/index.ts) with a widget that takes that kind's props, so a kind without a widget fails
// to compile rather than rendering a question that cannot be answered.
import type { QuestionKind, ResponseOf } from '../../../quiz/types'
import type { AnswerWidgetProps } from './props'
import MatchingAnswer from './MatchingAnswer.vue'
import MultipleAnswer from './MultipleAnswer.vue'
import NumericAnswer from './NumericAnswer.vue'
import OpenAnswer from './OpenAnswer.vue'
import OrderingAnswer from './OrderingAnswer.vue'
import ShortAnswer from './ShortAnswer.vue'
import SingleAnswer from './SingleAnswer.vue'
import TrueFalseAnswer from './TrueFalseAnswer.vue'

export type { AnswerMarks, AnswerWidgetProps } from './props'

/** A component whose props are a kind's widget props and whose `v-model` is that kind's response. */
type AnswerWidget<K extends QuestionKind> = abstract new (...args: any[]) => {
  $props: AnswerWidgetProps<K> & { modelValue?: ResponseOf<K> }
}

/** Each kind's answer widget. */
export const ANSWER_WIDGETS = {
  'single': SingleAnswer,
  'multiple': MultipleAnswer,
  'true-false': TrueFalseAnswer,
  'matching': MatchingAnswer,
  'ordering': OrderingAnswer,
  'short': ShortAnswer,
  'numeric': NumericAnswer,
  'open': OpenAnswer,
} as const satisfies { readonly [K in QuestionKind]: AnswerWidget<K> }
