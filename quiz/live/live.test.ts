import type { LiveEvent, LiveState } from './state'
import fc from 'fast-check'
import { List as PList } from 'immutable'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../../test/fixtures/questions'
import { inLessonOrder } from '../order'
import { isLiveQuestion, JoinRequestSchema, publicQuestion } from './protocol'
import { check, initialState, LiveEventSchema, openQuestionId, recordOf, reduce, replay } from './state'
import { projectorView, studentsShownChange, studentView, teacherSummary } from './views'

const { single, multiple, trueFalse, short } = fixtures
const bank = [single, multiple, trueFalse, short]
const JOIN_URL = 'http://192.168.1.20:3000/join'

let tick = 0
function at(): string {
  tick += 1
  return new Date(Date.UTC(2026, 2, 2, 10, 5, tick)).toISOString()
}

const join = (studentId: string, nickname = ''): LiveEvent => ({ type: 'join', at: at(), studentId, tokenHash: `hash-${studentId}`, nickname })
const open = (questionId: string): LiveEvent => ({ type: 'open', at: at(), questionId })
const close = (questionId: string): LiveEvent => ({ type: 'close', at: at(), questionId })
const reveal = (questionId: string): LiveEvent => ({ type: 'reveal', at: at(), questionId })
const reset = (questionId: string): LiveEvent => ({ type: 'reset', at: at(), questionId })
const undo = (questionId: string): LiveEvent => ({ type: 'undo-reset', at: at(), questionId })
const pick = (studentId: string, optionId: string, questionId: string = single.id): LiveEvent => ({ type: 'answer', at: at(), studentId, questionId, response: { kind: 'single', optionId } })

/** The state after the events, each of which must be accepted. */
function run(...events: LiveEvent[]): LiveState {
  return events.reduce((state, event) => {
    const refusal = check(state, event)
    if (refusal)
      throw new Error(`refused ${event.type}: ${refusal.message}`)
    return reduce(state, event)
  }, initialState(bank))
}

describe('publicQuestion', () => {
  it('gives the options in the lesson\'s order, without saying which are right, or their feedback', () => {
    const shown = publicQuestion(single)
    // The bank lists Baidu, Yahoo, Sohu; the lesson's order (quiz/order.ts) is the slides' letters.
    expect(shown).toEqual({ id: 'fx-single', kind: 'single', prompt: single.prompt, options: [{ id: 'baidu', text: 'Baidu' }, { id: 'sohu', text: 'Sohu' }, { id: 'yahoo', text: 'Yahoo' }] })
    expect(shown.options.map(o => o.id)).toEqual(inLessonOrder(single).options.map(o => o.id))
    expect(JSON.stringify(shown)).not.toMatch(/correct|feedback|explanation/)
  })

  it('gives a true-false question the options true and false', () => {
    expect(publicQuestion(trueFalse).options).toEqual([{ id: 'true', text: 'True' }, { id: 'false', text: 'False' }])
    expect(JSON.stringify(publicQuestion(trueFalse))).not.toContain('answer')
  })

  it('asks single, multiple and true-false questions live, not typed or ordered ones', () => {
    expect(Object.values(fixtures).filter(isLiveQuestion).map(q => q.kind)).toEqual(['single', 'multiple', 'true-false'])
  })
})

describe('joinRequestSchema', () => {
  const parse = (body: unknown) => v.safeParse(JoinRequestSchema, body)

  it.each<[string, unknown, string]>([
    ['trims the nickname', { nickname: '  Wang Li ' }, 'Wang Li'],
    ['takes no nickname as none', {}, ''],
    ['takes a request without a body', null, ''],
    ['counts characters, not bytes or UTF-16 units', { nickname: '王'.repeat(12) + '😀'.repeat(12) }, '王'.repeat(12) + '😀'.repeat(12)],
  ])('%s', (_, body, nickname) => {
    const result = parse(body)
    expect(result.success && result.output.nickname).toBe(nickname)
  })

  it.each<[string, unknown]>([
    ['a nickname of 25 characters', { nickname: 'x'.repeat(25) }],
    ['a nickname with a line break', { nickname: 'a\nb' }],
    ['a nickname with a terminal escape', { nickname: '\u001B[31mred' }],
    ['a number', { nickname: 42 }],
    ['an array body', []],
  ])('refuses %s', (_, body) => {
    expect(parse(body).success).toBe(false)
  })
})

describe('reduce', () => {
  it('numbers students in the order they join', () => {
    const state = run(join('a', 'Li'), join('b'))
    expect(Array.from(state.students.values(), s => [s.studentId, s.number])).toEqual([['a', 1], ['b', 2]])
  })

  it('keeps one current answer per student: a changed answer replaces the first', () => {
    const state = run(join('a'), open(single.id), pick('a', 'yahoo'), pick('a', 'baidu'))
    expect(projectorView(state, JOIN_URL).counts).toEqual({ baidu: 1, yahoo: 0, sohu: 0 })
    expect(studentView(state, 'a')?.answer).toEqual({ kind: 'single', optionId: 'baidu' })
  })

  it.each<[string, LiveEvent[], LiveEvent, string]>([
    ['an answer before the question opens', [join('a')], pick('a', 'baidu'), 'not-open'],
    ['an answer after it closes', [join('a'), open(single.id), close(single.id)], pick('a', 'baidu'), 'not-open'],
    ['an answer to a question that is not live', [join('a'), open(single.id)], { type: 'answer', at: at(), studentId: 'a', questionId: short.id, response: { kind: 'single', optionId: 'x' } } as LiveEvent, 'unknown-question'],
    ['an answer to an unknown question', [join('a')], pick('a', 'baidu', 'nope'), 'unknown-question'],
    ['an answer from a student who has not joined', [open(single.id)], pick('ghost', 'baidu'), 'unknown-student'],
    ['an option of another question', [join('a'), open(single.id)], pick('a', 'wechat'), 'bad-response'],
    ['an answer of another kind', [join('a'), open(single.id)], { type: 'answer', at: at(), studentId: 'a', questionId: single.id, response: { kind: 'true-false', value: true } }, 'bad-response'],
    ['a multiple answer that chooses nothing', [join('a'), open(multiple.id)], { type: 'answer', at: at(), studentId: 'a', questionId: multiple.id, response: { kind: 'multiple', optionIds: [] } }, 'bad-response'],
    ['revealing a question never opened', [], reveal(single.id), 'wrong-phase'],
    ['closing a question never opened', [], close(single.id), 'wrong-phase'],
    ['opening a revealed question without a reset', [open(single.id), reveal(single.id)], open(single.id), 'wrong-phase'],
    ['opening an unknown question', [], open('nope'), 'unknown-question'],
    ['a second join with the same token', [join('a')], { type: 'join', at: at(), studentId: 'b', tokenHash: 'hash-a', nickname: '' }, 'bad-join'],
  ])('refuses %s, and leaves the state as it was', (_, before, event, code) => {
    const state = run(...before)
    expect(check(state, event)?.code).toBe(code)
    expect(reduce(state, event)).toBe(state)
  })

  it('opens one question at a time: opening another closes the first', () => {
    const state = run(open(single.id), open(trueFalse.id))
    expect(openQuestionId(state)).toBe(trueFalse.id)
    expect(state.records.get(single.id)?.phase).toBe('closed')
  })

  it('reveal closes an open question; closing a revealed one leaves it revealed', () => {
    const revealed = run(join('a'), open(single.id), reveal(single.id))
    expect(revealed.records.get(single.id)?.phase).toBe('revealed')
    expect(check(revealed, pick('a', 'baidu'))?.code).toBe('not-open')
    expect(run(open(single.id), reveal(single.id), close(single.id)).records.get(single.id)?.phase).toBe('revealed')
  })

  it('reset clears the question\'s answers and sets it back to waiting, so it can be asked again', () => {
    const state = run(join('a'), open(single.id), pick('a', 'yahoo'), reveal(single.id), reset(single.id), open(single.id))
    expect(projectorView(state, JOIN_URL)).toMatchObject({ phase: 'open', answered: 0, counts: { baidu: 0, yahoo: 0, sohu: 0 } })
    expect(studentView(state, 'a')?.answer).toBeUndefined()
  })

  it('reset starts a new round and keeps the one before, which an undo brings back while nothing happened since', () => {
    const state = run(join('a'), join('b'), open(single.id), pick('a', 'baidu'), pick('b', 'yahoo'), reveal(single.id), reset(single.id))
    const record = recordOf(state, single.id)
    expect([record.phase, record.answers.size, record.earlier.size]).toEqual(['waiting', 0, 1])
    expect(record.earlier.get(0)).toMatchObject({ phase: 'revealed' })
    expect(record.earlier.get(0)?.answers.get('b')).toEqual({ kind: 'single', optionId: 'yahoo' })
    const undone = run(join('a'), join('b'), open(single.id), pick('a', 'baidu'), pick('b', 'yahoo'), reveal(single.id), reset(single.id), undo(single.id))
    expect(recordOf(undone, single.id)).toMatchObject({ phase: 'revealed', earlier: PList() })
    expect(recordOf(undone, single.id).answers.size).toBe(2)
    // Asked again: the new round's answers count, the earlier round stays, and there is nothing to undo.
    const again = reduce(reduce(state, open(single.id)), pick('a', 'sohu'))
    expect(check(again, undo(single.id))).toMatchObject({ code: 'wrong-phase' })
    expect(recordOf(again, single.id).earlier.size).toBe(1)
    expect(check(initialState(bank), undo(single.id))).toMatchObject({ code: 'wrong-phase' })
    // A reset of a question never asked keeps no empty round.
    expect(recordOf(run(reset(single.id)), single.id).earlier.size).toBe(0)
  })

  it('removes a student with their answers; the next to join gets the next number, never a removed one\'s', () => {
    const remove = (studentId: string): LiveEvent => ({ type: 'remove', at: at(), studentId })
    const state = run(join('a', 'Li'), join('b', 'Fake'), open(single.id), pick('a', 'baidu'), pick('b', 'yahoo'), reset(single.id), open(single.id), pick('b', 'sohu'), remove('b'), join('c', 'Fake'))
    expect(Array.from(state.students.values(), s => [s.studentId, s.nickname, s.number])).toEqual([['a', 'Li', 1], ['c', 'Fake', 3]])
    expect(state.byTokenHash.has('hash-b')).toBe(false)
    expect(projectorView(state, JOIN_URL)).toMatchObject({ answered: 0, joined: 2 })
    expect(recordOf(state, single.id).earlier.get(0)?.answers.has('b')).toBe(false)
    expect(check(state, remove('b'))).toMatchObject({ code: 'no-such-student' })
  })

  it('keeps the open question on screen when the teacher acts on an earlier one', () => {
    const state = run(open(single.id), open(trueFalse.id), reveal(single.id))
    expect(state.current).toBe(trueFalse.id)
  })

  it('does not change the state it is given', () => {
    const before = run(join('a'), open(single.id), pick('a', 'yahoo'))
    const seen = JSON.stringify([projectorView(before, JOIN_URL), studentView(before, 'a'), teacherSummary(before)])
    const after = [pick('a', 'baidu'), join('b'), reveal(single.id), reset(single.id)].reduce(reduce, before)
    expect(after).not.toBe(before)
    expect(JSON.stringify([projectorView(before, JOIN_URL), studentView(before, 'a'), teacherSummary(before)])).toBe(seen)
  })
})

describe('studentView', () => {
  it('shows "waiting" and no question before the teacher opens one', () => {
    expect(studentView(run(join('a', 'Li')), 'a')).toEqual({ phase: 'waiting', you: { studentId: 'a', nickname: 'Li', number: 1 } })
  })

  it('shows the open question without its answer, and the student\'s own answer', () => {
    const view = studentView(run(join('a'), join('b'), open(single.id), pick('a', 'yahoo'), pick('b', 'baidu')), 'a')
    expect(view).toMatchObject({ phase: 'open', question: publicQuestion(single), answer: { kind: 'single', optionId: 'yahoo' } })
    expect(JSON.stringify(view)).not.toMatch(/correct|explanation|baidu"\}/)
  })

  it('after the reveal, says whether the student was right, with the right options and the explanation', () => {
    const state = run(join('a'), join('b'), join('c'), open(single.id), pick('a', 'yahoo'), pick('b', 'baidu'), reveal(single.id))
    expect(studentView(state, 'a')?.result).toEqual({ correct: false, rightOptionIds: ['baidu'], explanation: single.explanation })
    expect(studentView(state, 'b')?.result?.correct).toBe(true)
    expect(studentView(state, 'c')).toMatchObject({ phase: 'revealed', result: { correct: false } })
    expect(studentView(state, 'c')?.answer).toBeUndefined()
  })

  it('knows no student who has not joined', () => {
    expect(studentView(run(), 'a')).toBeUndefined()
  })
})

describe('projectorView', () => {
  it('counts answers per option and who answered, with the join address', () => {
    const state = run(join('a'), join('b'), join('c'), open(multiple.id), {
      type: 'answer',
      at: at(),
      studentId: 'a',
      questionId: multiple.id,
      response: { kind: 'multiple', optionIds: ['wechat', 'xiaomi'] },
    }, { type: 'answer', at: at(), studentId: 'b', questionId: multiple.id, response: { kind: 'multiple', optionIds: ['wechat'] } })
    expect(projectorView(state, JOIN_URL)).toEqual({
      phase: 'open',
      question: publicQuestion(multiple),
      counts: { wechat: 2, xiaomi: 1, wifi: 0, taobao: 0, baidu: 0 },
      answered: 2,
      joined: 3,
      joinUrl: JOIN_URL,
    })
  })

  it('names the right options only after the reveal', () => {
    const state = run(join('a'), open(trueFalse.id), { type: 'answer', at: at(), studentId: 'a', questionId: trueFalse.id, response: { kind: 'true-false', value: false } })
    expect(projectorView(state, JOIN_URL).rightOptionIds).toBeUndefined()
    expect(projectorView(reduce(state, close(trueFalse.id)), JOIN_URL).rightOptionIds).toBeUndefined()
    const revealed = projectorView(reduce(state, reveal(trueFalse.id)), JOIN_URL)
    expect(revealed).toMatchObject({ rightOptionIds: ['true'], counts: { true: 0, false: 1 } })
  })

  it('shows a class with no question yet as waiting, with how many joined', () => {
    expect(projectorView(run(join('a')), JOIN_URL)).toEqual({ phase: 'waiting', counts: {}, answered: 0, joined: 1, joinUrl: JOIN_URL })
  })
})

describe('teacherSummary', () => {
  it('gives each question asked its counts and share right, and each student a name and a score', () => {
    const state = run(
      join('a', 'Li'),
      join('b'),
      open(single.id),
      pick('a', 'baidu'),
      pick('b', 'yahoo'),
      reveal(single.id),
      open(trueFalse.id),
      { type: 'answer', at: at(), studentId: 'a', questionId: trueFalse.id, response: { kind: 'true-false', value: true } },
      close(trueFalse.id),
    )
    const summary = teacherSummary(state)
    expect(summary.questions.map(q => [q.id, q.phase, q.answered, q.correct, q.shareCorrect])).toEqual([
      [single.id, 'revealed', 2, 1, 0.5],
      [trueFalse.id, 'closed', 1, 1, 1],
    ])
    expect(summary.questions[0]?.options).toEqual([
      { id: 'baidu', text: 'Baidu', right: true, count: 1 },
      { id: 'sohu', text: 'Sohu', right: false, count: 0 },
      { id: 'yahoo', text: 'Yahoo', right: false, count: 1 },
    ])
    expect(summary.students.map(s => [s.name, s.answered, s.correct, s.score, s.max])).toEqual([
      ['Li', 2, 2, 2, 2],
      ['Student 2', 1, 0, 0, 2],
    ])
    expect(summary.students[1]?.answers[single.id]).toEqual({ response: { kind: 'single', optionId: 'yahoo' }, text: 'Yahoo', correct: false, score: 0 })
  })

  it('lists a question reset and not asked again, with its earlier rounds', () => {
    const summary = teacherSummary(run(join('a'), open(single.id), pick('a', 'baidu'), close(single.id), reset(single.id)))
    expect(summary.questions.map(q => [q.id, q.phase, q.answered])).toEqual([[single.id, 'waiting', 0]])
    expect(summary.questions[0]?.earlier).toEqual([{ round: 1, phase: 'closed', resetAt: expect.any(String), answered: 1, correct: 1, counts: { baidu: 1, sohu: 0, yahoo: 0 } }])
    expect(summary.students[0]?.max).toBe(0)
  })

  it('leaves out questions never asked, and gives no share when nobody answered', () => {
    const summary = teacherSummary(run(open(multiple.id)))
    expect(summary.questions.map(q => [q.id, q.shareCorrect])).toEqual([[multiple.id, null]])
  })
})

describe('the journal events', () => {
  it('are read back by their schema as they were written', () => {
    const events = [join('a', 'Li'), open(single.id), pick('a', 'baidu'), close(single.id), reveal(single.id), reset(single.id)]
    for (const event of events)
      expect(v.parse(LiveEventSchema, JSON.parse(JSON.stringify(event)))).toEqual(event)
  })

  it('refuse an event of an unknown type or with a malformed date', () => {
    expect(v.safeParse(LiveEventSchema, { type: 'delete', at: at(), questionId: 'x' }).success).toBe(false)
    expect(v.safeParse(LiveEventSchema, { type: 'open', at: 'yesterday', questionId: 'x' }).success).toBe(false)
  })
})

/** Any sequence of events over two students and the live questions, most of them legal. */
const anyEvent = fc.oneof(
  fc.constantFrom('a', 'b').map(id => join(id)),
  fc.constantFrom(single.id, multiple.id, trueFalse.id, 'nope').chain(questionId =>
    fc.constantFrom<LiveEvent['type']>('open', 'close', 'reveal', 'reset', 'undo-reset').map(type => ({ type, at: at(), questionId }) as LiveEvent)),
  fc.tuple(fc.constantFrom('a', 'b'), fc.constantFrom('baidu', 'yahoo', 'wechat')).map(([id, option]) => pick(id, option)),
  fc.tuple(fc.constantFrom('a', 'b'), fc.boolean()).map(([studentId, value]): LiveEvent => ({ type: 'answer', at: at(), studentId, questionId: trueFalse.id, response: { kind: 'true-false', value } })),
)

describe('the state as a function of the events', () => {
  it('is the same however often the events are replayed, and keeps at most one question open', () => {
    fc.assert(fc.property(fc.array(anyEvent, { maxLength: 40 }), (events) => {
      const once = replay(bank, events)
      const twice = replay(bank, events)
      expect(JSON.stringify(teacherSummary(twice.state))).toBe(JSON.stringify(teacherSummary(once.state)))
      const open = [...once.state.records.values()].filter(r => r.phase === 'open')
      expect(open.length).toBeLessThanOrEqual(1)
      const view = projectorView(once.state, JOIN_URL)
      expect(view.answered).toBeLessThanOrEqual(view.joined)
      expect(once.refused.every(({ index }) => check(replay(bank, events.slice(0, index)).state, events[index]!) !== undefined)).toBe(true)
    }))
  })
})

describe('studentsShownChange', () => {
  it('names every student whose phone shows something else after an event', () => {
    const students = ['a', 'b', 'c']
    const remove = fc.constantFrom('a', 'b').map((studentId): LiveEvent => ({ type: 'remove', at: at(), studentId }))
    const events = fc.array(fc.oneof(anyEvent, remove, fc.constant(join('c'))), { minLength: 20, maxLength: 40 })
    let answers = 0
    fc.assert(fc.property(events, (events) => {
      // Two students in and a question open, so that answers are taken; the third joins on the way.
      let state = run(join('a'), join('b'), open(single.id))
      for (const event of events) {
        if (check(state, event))
          continue
        const after = reduce(state, event)
        const named = studentsShownChange(event)
        for (const id of students) {
          const changed = JSON.stringify(studentView(after, id)) !== JSON.stringify(studentView(state, id))
          if (changed && named !== 'everyone')
            expect(named, `${event.type} changed ${id}'s phone`).toContain(id)
        }
        answers += event.type === 'answer' ? 1 : 0
        state = after
      }
    }))
    expect(answers, 'answers taken in the sequences tried').toBeGreaterThan(20)
  })

  it('names only the student who answered or joined, so a class\'s other phones are not rendered again', () => {
    expect(studentsShownChange(pick('a', 'baidu'))).toEqual(['a'])
    expect(studentsShownChange(join('d'))).toEqual(['d'])
    expect(studentsShownChange(open(single.id))).toBe('everyone')
  })
})
