// The questions the deck shows on its slides (the quick checks, asked live with the classroom
// server), laid out once in the lesson's order: the lettered worksheet, the live question a phone
// gets, and the answer the slide shows on a click. A build for the classroom server (class mode)
// replaces this module with a copy that has no answer and no key at all (setup/class-mode.ts), so
// the deck a student's device can load there holds none.
import type { Worksheet } from './kinds/kind'
import type { PublicQuestion } from './live/protocol'
import type { QuestionKind } from './types'
import { liveBank } from './bank'
import { isLiveQuestion, publicQuestion } from './live/protocol'
import { inLessonOrder } from './order'
import { worksheet } from './present'

/** A question as a slide shows it. `answer` is absent in a class-mode build: the reveal comes from the server. */
export interface DeckQuestion {
  readonly id: string
  readonly kind: QuestionKind
  readonly prompt: string
  /** The lettered layout, in the lesson's order, without the answer. */
  readonly sheet: Omit<Worksheet, 'answer'>
  /** The answer in the slide's letters ("B"), shown on a click. */
  readonly answer?: string
  /** What the classroom server sends phones and the projector, for a question asked live. */
  readonly live?: PublicQuestion
}

/** Every question the deck may show, laid out. */
export function deckQuestions(): DeckQuestion[] {
  return liveBank.map((question) => {
    const ordered = inLessonOrder(question)
    const { answer, ...sheet } = worksheet(ordered)
    return {
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      sheet,
      answer,
      ...(isLiveQuestion(question) ? { live: publicQuestion(question) } : {}),
    }
  })
}

let cache: ReadonlyMap<string, DeckQuestion> | undefined

/** The question with this id, as a slide shows it. */
export function deckQuestion(id: string): DeckQuestion | undefined {
  cache ??= new Map(deckQuestions().map(q => [q.id, q]))
  return cache.get(id)
}
