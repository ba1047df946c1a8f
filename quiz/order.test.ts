import { describe, expect, it } from 'vitest'
import { bank, liveBank } from './bank'
import { letter } from './letters'
import { isLiveQuestion, publicQuestion } from './live/protocol'
import { attemptOrder, inLessonOrder, LESSON_SEED } from './order'
import { worksheet } from './present'

describe('the lesson\'s order', () => {
  const choices = liveBank.filter(isLiveQuestion).flatMap(q => (q.kind === 'true-false' ? [] : [inLessonOrder(q)]))

  it('spreads the right option over the letters: none holds it in more than 40% of the live choice questions', () => {
    // The bank lists the right option first; without the shuffle every key would be A.
    const letters = choices.map(q => letter(q.options.findIndex(o => o.correct)))
    const counts = Object.fromEntries(Array.from(new Set(letters), l => [l, letters.filter(x => x === l).length]))
    expect(choices.length).toBeGreaterThanOrEqual(20)
    const most = Math.max(...Object.values(counts)) / choices.length
    expect(most, `right options by letter with LESSON_SEED "${LESSON_SEED}": ${JSON.stringify(counts)}; try another seed`).toBeLessThanOrEqual(0.4)
  })

  it('never shows an ordering question already in its right order', () => {
    for (const q of bank.map(inLessonOrder).filter(q => q.kind === 'ordering'))
      expect(q.items.map(it => it.id), q.id).not.toEqual(q.answer)
  })

  it('is the order of the printed slide, the projector and the phones, and the quiz\'s default', () => {
    const question = liveBank.find(q => q.id === 'practice-inke')
    if (!question || !isLiveQuestion(question))
      throw new Error('practice-inke is not a live question')
    const ordered = inLessonOrder(question)
    const texts = ordered.kind === 'true-false' ? [] : ordered.options.map(o => o.text)
    expect(worksheet(ordered).options.map(o => o.text)).toEqual(texts)
    expect(publicQuestion(question).options.map(o => o.text)).toEqual(texts)
    const inQuiz = attemptOrder(bank, LESSON_SEED)
    expect(inQuiz.map(q => q.id)).toEqual(bank.map(q => q.id))
    expect(inQuiz).toEqual(bank.map(inLessonOrder))
  })

  it('changes with another seed, for one student\'s own order', () => {
    expect(attemptOrder(bank, 'x').map(q => q.id)).not.toEqual(bank.map(q => q.id))
  })
})
