import { describe, expect, it } from 'vitest'
import { classQuizKey, mergedAnswers, NOTHING_KEPT, readKept, waitingWords, withAnswer, withConfirmed } from './class-quiz'

const a = { kind: 'single', optionId: 'o1' } as const
const b = { kind: 'single', optionId: 'o2' } as const

describe('what the class quiz keeps on the device', () => {
  it('keeps an answer as unsent until the server confirms that very answer', () => {
    const kept = withAnswer(NOTHING_KEPT, 'q1', a)
    expect(kept).toEqual({ answers: { q1: a }, unsent: ['q1'], handIn: false })
    // Changed again while the first was on its way: the first's confirmation does not clear it.
    const changed = withAnswer(kept, 'q1', b)
    expect(withConfirmed(changed, 'q1', a).unsent).toEqual(['q1'])
    expect(withConfirmed(changed, 'q1', b).unsent).toEqual([])
  })

  it('shows the device\'s unsent answers over the server\'s, which are older', () => {
    const kept = withAnswer(NOTHING_KEPT, 'q1', b)
    expect(mergedAnswers({ q1: a, q2: a }, kept)).toEqual({ q1: b, q2: a })
    expect(mergedAnswers({ q1: a }, withConfirmed(kept, 'q1', b))).toEqual({ q1: a })
  })

  it('reads back what it wrote, and refuses damaged data instead of guessing', () => {
    const kept = { ...withAnswer(NOTHING_KEPT, 'q1', a), handIn: true }
    expect(readKept(JSON.stringify(kept))).toEqual({ ok: true, value: kept })
    expect(readKept(null)).toEqual({ ok: true, value: NOTHING_KEPT })
    expect(readKept('{"answers":{"q1":{"kind":"nope"}},"unsent":[],"handIn":false}')).toEqual({ ok: false })
    expect(readKept('not json')).toEqual({ ok: false })
    expect(classQuizKey('s1')).toBe('chinese-tech-lesson:class-quiz:s1')
  })

  it('says in words what waits for the connection', () => {
    expect(waitingWords(0, false)).toBe('')
    expect(waitingWords(1, false)).toBe('No connection: 1 answer is kept on this device, sent when it is back.')
    expect(waitingWords(3, true)).toBe('No connection: 3 answers and your hand-in are kept on this device, sent when it is back.')
    expect(waitingWords(0, true)).toBe('No connection: your hand-in is kept on this device, sent when it is back.')
  })
})
