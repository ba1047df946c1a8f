// What each audience sees of the live class: a student's phone, the projector, the teacher. Each view
// is computed from the state (state.ts) and holds only what that audience may see: a phone never
// gets a right answer before the reveal.
import type { LiveQuestion, LiveResponse, ProjectorState, PublicQuestion, StudentState, TeacherSummary } from './protocol'
import type { LiveEvent, LiveState, LiveStudent } from './state'
import { responseText } from '../answer-text'
import { grade } from '../grade'
import { chosenOptionIds, publicQuestion, rightOptionIds, studentName } from './protocol'
import { recordOf } from './state'

/** A question's public form, computed once per question (the bank does not change while serving). */
const publicCache = new WeakMap<LiveQuestion, PublicQuestion>()

function shown(question: LiveQuestion): PublicQuestion {
  let cached = publicCache.get(question)
  if (!cached) {
    cached = publicQuestion(question)
    publicCache.set(question, cached)
  }
  return cached
}

/** The student's identity as their own screen shows it. */
export function identityOf(student: LiveStudent): StudentState['you'] {
  return { studentId: student.studentId, nickname: student.nickname, number: student.number }
}

/**
 * Whose phone can show something else after an event: the students named, or everyone. An answer
 * changes only its author's screen, a join only the newcomer's (the projector and the teacher see every
 * event), so the server re-renders a class's phones only for events that concern them all.
 */
export function studentsShownChange(event: LiveEvent): readonly string[] | 'everyone' {
  switch (event.type) {
    case 'join':
    case 'answer':
    case 'remove':
    case 'quiz-answer':
    case 'hand-in':
    case 'mark':
      return [event.studentId]
    default:
      return 'everyone'
  }
}

/**
 * What one student's phone shows: the phase of the question on screen, the question (not while
 * waiting), their own answer, and after the reveal whether it was right. Undefined for an
 * unknown student.
 */
export function studentView(state: LiveState, studentId: string): StudentState | undefined {
  const student = state.students.get(studentId)
  if (!student)
    return undefined
  const you = identityOf(student)
  const question = state.current === undefined ? undefined : state.questions.get(state.current)
  if (!question)
    return { phase: 'waiting', you }
  const record = recordOf(state, question.id)
  if (record.phase === 'waiting')
    return { phase: 'waiting', you }
  const answer = record.answers.get(studentId)
  const view: StudentState = { phase: record.phase, question: shown(question), you }
  if (answer)
    view.answer = answer
  if (record.phase === 'revealed') {
    view.result = {
      correct: answer ? isCorrect(question, answer).correct : false,
      rightOptionIds: rightOptionIds(question),
      explanation: question.explanation,
    }
  }
  return view
}

/** Answers per option id of a question, every option listed. */
export function countAnswers(question: LiveQuestion, answers: { values: () => Iterable<LiveResponse> }): Record<string, number> {
  const counts: Record<string, number> = Object.create(null) as Record<string, number>
  for (const option of shown(question).options)
    counts[option.id] = 0
  for (const response of answers.values()) {
    for (const id of chosenOptionIds(response)) {
      if (counts[id] !== undefined)
        counts[id] += 1
    }
  }
  return { ...counts }
}

/**
 * What the projector shows: the question on screen, answers per option and how many answered,
 * how many joined, and the right options only after the reveal. Holds nobody's answer in
 * particular, so it needs no code. `joinUrl` is the server's setting, not part of the events.
 */
export function projectorView(state: LiveState, joinUrl: string): ProjectorState {
  const question = state.current === undefined ? undefined : state.questions.get(state.current)
  if (!question)
    return { phase: 'waiting', counts: {}, answered: 0, joined: state.students.size, joinUrl }
  const record = recordOf(state, question.id)
  const view: ProjectorState = {
    phase: record.phase,
    question: shown(question),
    counts: countAnswers(question, record.answers),
    answered: record.answers.size,
    joined: state.students.size,
    joinUrl,
  }
  if (record.phase === 'revealed')
    view.rightOptionIds = rightOptionIds(question)
  return view
}

function isCorrect(question: LiveQuestion, response: LiveResponse): { correct: boolean, score: number } {
  const graded = grade(question, response)
  return graded.ok ? { correct: graded.correct, score: graded.score } : { correct: false, score: 0 }
}

/**
 * The teacher's view after (or during) class: for every question asked (not waiting), in the
 * bank's order, answers per option, how many answered and the share right; for every student,
 * in joining order, their name, answers, score and the points of the questions asked.
 */
export function teacherSummary(state: LiveState): TeacherSummary {
  const asked = [...state.questions.values()].filter(q => recordOf(state, q.id).phase !== 'waiting')
  // A question reset and not asked again is still listed: its earlier rounds are part of the class.
  const listed = [...state.questions.values()].filter(q => recordOf(state, q.id).phase !== 'waiting' || recordOf(state, q.id).earlier.size > 0)
  const questions = listed.map((question) => {
    const record = recordOf(state, question.id)
    const counts = countAnswers(question, record.answers)
    const right = new Set(rightOptionIds(question))
    const correct = [...record.answers.values()].filter(r => isCorrect(question, r).correct).length
    const earlier = record.earlier.toArray().map((round, i) => ({
      round: i + 1,
      phase: round.phase,
      resetAt: round.resetAt,
      answered: round.answers.size,
      correct: [...round.answers.values()].filter(r => isCorrect(question, r).correct).length,
      counts: countAnswers(question, round.answers),
    }))
    return {
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      phase: record.phase,
      options: shown(question).options.map(o => ({ id: o.id, text: o.text, right: right.has(o.id), count: counts[o.id] ?? 0 })),
      answered: record.answers.size,
      correct,
      shareCorrect: record.answers.size === 0 ? null : correct / record.answers.size,
      earlier,
    }
  })
  const max = round2(asked.reduce((sum, q) => sum + q.points, 0))
  const students = Array.from(state.students.values(), (student) => {
    const answers: TeacherSummary['students'][number]['answers'] = {}
    for (const question of asked) {
      const response = recordOf(state, question.id).answers.get(student.studentId)
      if (response)
        answers[question.id] = { response, text: responseText(question, response), ...isCorrect(question, response) }
    }
    const given = Object.values(answers)
    return {
      studentId: student.studentId,
      number: student.number,
      name: studentName(student.nickname, student.number),
      answered: given.length,
      correct: given.filter(a => a.correct).length,
      score: round2(given.reduce((sum, a) => sum + a.score, 0)),
      max,
      answers,
    }
  })
  return { joined: state.students.size, questions, students }
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}
