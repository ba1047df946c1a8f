/** The lesson's learning objectives, in the order the objectives slide shows them. */
export const OBJECTIVE_IDS = ['explain-reasons', 'give-examples', 'spot-contradictions', 'judge-hindsight'] as const

/** One of the lesson's learning objectives; every quiz question names the one it assesses. */
export type ObjectiveId = typeof OBJECTIVE_IDS[number]

/** A learning objective: a verb students can be tested on, and what follows it. */
export interface Objective {
  readonly id: ObjectiveId
  /** The verb, shown in bold. */
  readonly verb: string
  readonly rest: string
}

/** What students will be able to do after the lesson. */
export const objectives = [
  { id: 'explain-reasons', verb: 'Explain', rest: 'the article\'s three reasons for the rise of China\'s tech companies' },
  { id: 'give-examples', verb: 'Give an example', rest: 'company or product for each reason' },
  { id: 'spot-contradictions', verb: 'Spot', rest: 'claims the sources contradict, and say why' },
  { id: 'judge-hindsight', verb: 'Judge', rest: 'how well the argument held up after 2016' },
] as const satisfies readonly Objective[]

/** The objective with this id. */
export function objectiveById(id: ObjectiveId): Objective {
  const found = objectives.find(o => o.id === id)
  if (!found)
    throw new Error(`unknown objective: ${id}`)
  return found
}
