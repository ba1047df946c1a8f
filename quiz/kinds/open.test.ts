import { Window } from 'happy-dom'
import { afterAll, describe, expect, it } from 'vitest'
import { OBJECTIVE_IDS } from '../../content/objectives'
import { fixtures } from '../../test/fixtures/questions'
import { bank } from '../bank'
import { answerKey } from '../key'
import { questionToMoodleXml } from '../moodle-xml'
import { validateBank } from '../validate'

const window = new Window()
afterAll(() => window.close())

const { open } = fixtures

describe('an open question\'s marking guide', () => {
  it('asks for every objective in the students\' own words too, each with rubric points and quality levels', () => {
    for (const objective of OBJECTIVE_IDS) {
      const written = bank.filter(q => q.kind === 'open' && q.objective === objective)
      expect(written.length, objective).toBeGreaterThanOrEqual(1)
      for (const q of written) {
        if (q.kind !== 'open')
          continue
        expect(q.rubric.length, q.id).toBeGreaterThanOrEqual(2)
        expect(q.levels.map(l => l.points), q.id).toEqual([...q.levels.map(l => l.points)].sort((a, b) => b - a))
        expect(q.levels[0]!.points, q.id).toBe(q.points)
        expect(q.levels.at(-1)!.points, q.id).toBe(0)
      }
    }
  })

  it.each([
    ['no levels', { levels: [] }, 'levels', 'has 0 quality levels; a marking guide needs 2–5'],
    ['a top level below the question\'s points', { levels: [{ points: 2, means: 'good' }, { points: 0, means: 'none' }] }, 'levels[0].points', 'is 2; the top level is the question\'s 3 points'],
    ['a lowest level above 0', { levels: [{ points: 3, means: 'good' }, { points: 1, means: 'some' }] }, 'levels[1].points', 'is 1; the lowest level is 0 points'],
    ['levels out of order', { levels: [{ points: 3, means: 'good' }, { points: 0, means: 'none' }, { points: 1, means: 'some' }] }, 'levels[2].points', 'is 1; each level is worth fewer points than the one before (0)'],
  ])('names the field when the guide has %s', (_, change, field, message) => {
    const result = validateBank([{ ...open, ...change }])
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.issues).toContainEqual({ id: open.id, field, message })
  })

  it('names a level with no description', () => {
    const result = validateBank([{ ...open, levels: [{ points: 3, means: ' ' }, { points: 0, means: 'none' }] }])
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.issues.map(i => i.field)).toContain('levels[0].means')
  })

  it('gives the levels to the teacher: in the answer key and in Moodle\'s information for graders', () => {
    const key = answerKey([open])
    expect(key).toContain('Quality levels, for the whole answer:\n- **3**: a dated event, tied to the claim, with a judgement\n- **1**: an event, but not tied to the claim\n- **0**: no event from after 2016')
    const xml = new window.DOMParser().parseFromString(`<quiz>${questionToMoodleXml(open)}</quiz>`, 'text/xml')
    const graderinfo = xml.querySelector('graderinfo text')?.textContent ?? ''
    expect(graderinfo).toContain('Quality levels (points: what the answer does): 3: a dated event, tied to the claim, with a judgement; 1: an event, but not tied to the claim; 0: no event from after 2016')
  })
})
