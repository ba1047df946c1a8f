import type * as v from 'valibot'
import type { PartId } from '../content/parts'
import type { SlideId } from '../content/slides'
import type { GradeResult, ParsedResponse } from './grade'
import type { KINDS } from './kinds'
import type {
  ChoiceOption,
  MatchingPair,
  MatchingQuestion,
  MatchingResponse,
  MultipleQuestion,
  OpenQuestion,
  OrderingItem,
  OrderingQuestion,
  Question,
  QuestionKind,
  QuestionOf,
  QuizResponse,
  ResponseOf,
  ShortQuestion,
  SingleQuestion,
  SingleResponse,
  TrueFalseQuestion,
} from './types'
import { describe, expectTypeOf, it } from 'vitest'
import { grade, parseResponse } from './grade'
import { shuffleQuestion } from './shuffle'

type Common = 'id' | 'part' | 'slide' | 'objective' | 'onSlide' | 'prompt' | 'explanation' | 'points' | 'kind'

describe('question types', () => {
  it('tag the union by kind', () => {
    expectTypeOf<Question['kind']>().toEqualTypeOf<QuestionKind>()
    expectTypeOf<QuestionKind>().toEqualTypeOf<'single' | 'multiple' | 'true-false' | 'matching' | 'ordering' | 'short' | 'numeric' | 'open'>()
    expectTypeOf<QuestionOf<'matching'>>().toEqualTypeOf<MatchingQuestion>()
  })

  it('give each kind exactly its own fields', () => {
    expectTypeOf<keyof SingleQuestion>().toEqualTypeOf<Common | 'options' | 'keepOrder'>()
    expectTypeOf<keyof MultipleQuestion>().toEqualTypeOf<Common | 'options' | 'keepOrder'>()
    expectTypeOf<keyof TrueFalseQuestion>().toEqualTypeOf<Common | 'answer' | 'feedback'>()
    expectTypeOf<keyof MatchingQuestion>().toEqualTypeOf<Common | 'pairs'>()
    expectTypeOf<keyof OrderingQuestion>().toEqualTypeOf<Common | 'items' | 'answer'>()
    expectTypeOf<keyof ShortQuestion>().toEqualTypeOf<Common | 'accepted' | 'feedback'>()
    expectTypeOf<keyof OpenQuestion>().toEqualTypeOf<Common | 'rubric' | 'levels' | 'sample'>()
  })

  it('type the fields', () => {
    expectTypeOf<SingleQuestion['options']>().toEqualTypeOf<readonly ChoiceOption[]>()
    expectTypeOf<MatchingQuestion['pairs']>().toEqualTypeOf<readonly MatchingPair[]>()
    expectTypeOf<OrderingQuestion['items']>().toEqualTypeOf<readonly OrderingItem[]>()
    expectTypeOf<TrueFalseQuestion['answer']>().toEqualTypeOf<boolean>()
    expectTypeOf<Question['part']>().toEqualTypeOf<PartId>()
    expectTypeOf<Question['slide']>().toEqualTypeOf<SlideId>()
    expectTypeOf<ChoiceOption['feedback']>().toEqualTypeOf<string | undefined>()
  })

  it('reject a field of another kind', () => {
    // @ts-expect-error a single-choice question has no pairs
    const wrong: SingleQuestion = { kind: 'single', id: 'x', part: 'intro', slide: 'thesis', prompt: 'p', explanation: 'e', points: 1, options: [], pairs: [] }
    expectTypeOf(wrong).toEqualTypeOf<SingleQuestion>()
  })

  it('reject an unknown part or slide', () => {
    // @ts-expect-error "part-4" is not a part
    const q: TrueFalseQuestion = { kind: 'true-false', id: 'x', part: 'part-4', slide: 'thesis', prompt: 'p', explanation: 'e', points: 1, answer: true }
    expectTypeOf(q.part).toEqualTypeOf<PartId>()
  })
})

describe('schemas', () => {
  it('exist for every kind of the registry, and the types are what they parse to', () => {
    expectTypeOf<keyof typeof KINDS>().toEqualTypeOf<QuestionKind>()
    expectTypeOf<v.InferOutput<typeof KINDS['ordering']['question']>>().toEqualTypeOf<OrderingQuestion>()
    expectTypeOf<v.InferOutput<typeof KINDS['single']['response']>>().toEqualTypeOf<SingleResponse>()
  })
})

describe('responses', () => {
  it('match their question kind', () => {
    expectTypeOf<ResponseOf<'single'>>().toEqualTypeOf<SingleResponse>()
    expectTypeOf<QuizResponse['kind']>().toEqualTypeOf<QuestionKind>()
    expectTypeOf<ResponseOf<'ordering'>>().toHaveProperty('order').toEqualTypeOf<readonly string[]>()
  })

  it('are graded into a result union', () => {
    expectTypeOf(grade).parameters.toEqualTypeOf<[Question, unknown]>()
    expectTypeOf(grade).returns.toEqualTypeOf<GradeResult>()
  })

  it('are parsed into the response of the question\'s kind', () => {
    expectTypeOf(parseResponse<MatchingQuestion>).returns.toEqualTypeOf<ParsedResponse<MatchingResponse>>()
    expectTypeOf(parseResponse<Question>).returns.toEqualTypeOf<ParsedResponse<QuizResponse>>()
  })

  it('keep the kind of a shuffled question', () => {
    expectTypeOf(shuffleQuestion<MatchingQuestion>).returns.toEqualTypeOf<MatchingQuestion>()
  })
})
