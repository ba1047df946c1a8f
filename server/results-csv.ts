// The class's results as one CSV file for a spreadsheet: the questions asked (answers per option,
// share right), the students (score, and each answer in words), and the earlier rounds of questions
// the teacher reset (kept, never lost).
// Served by GET /api/teacher/results.csv and written by `npm run class -- export`.
import type { TeacherSummary } from '../quiz/live/protocol'
import { csvField, UTF8_BOM } from '../quiz/results-export'

/** The header of the questions table. */
export const QUESTIONS_HEADER = ['Question ID', 'Question', 'Kind', 'Phase', 'Answered', 'Correct', 'Share correct', 'Answers per option'] as const

/** The header of the earlier rounds' table: one row per round that a reset ended. */
export const EARLIER_ROUNDS_HEADER = ['Question ID', 'Question', 'Round', 'Reset at', 'Phase', 'Answered', 'Correct', 'Share correct', 'Answers per option'] as const

/** The fixed columns of the students table; one column per question asked follows, headed by its id. */
export const STUDENTS_HEADER = ['Number', 'Name', 'Answered', 'Correct', 'Score', 'Max points'] as const

function percent(share: number | null): string {
  return share === null ? '' : `${Math.round(share * 100)}%`
}

function row(cells: readonly (string | number)[]): string {
  return cells.map(csvField).join(',')
}

/**
 * The summary as CSV: a UTF-8 byte order mark (so Excel reads Chinese names right), a
 * "Questions" table, a blank line, a "Students" table. Rows end in CRLF (RFC 4180); every field
 * goes through `csvField`, so a nickname such as `=1+1` is shown, not run.
 */
export function classResultsCsv(summary: TeacherSummary): string {
  const lines = [
    row(['Questions']),
    row(QUESTIONS_HEADER),
    ...summary.questions.map(q => row([
      q.id,
      q.prompt,
      q.kind,
      q.phase,
      q.answered,
      q.correct,
      percent(q.shareCorrect),
      q.options.map(o => `${o.text}${o.right ? ' (right)' : ''}: ${o.count}`).join('; '),
    ])),
    '',
    row(['Students']),
    row([...STUDENTS_HEADER, ...summary.questions.map(q => q.id)]),
    ...summary.students.map(s => row([
      s.number,
      s.name,
      s.answered,
      s.correct,
      s.score,
      s.max,
      ...summary.questions.map((q) => {
        const answer = s.answers[q.id]
        return answer ? `${answer.text} (${answer.correct ? 'right' : 'wrong'})` : ''
      }),
    ])),
  ]
  const earlier = summary.questions.flatMap(q => q.earlier.map(round => ({ q, round })))
  if (earlier.length > 0) {
    lines.push('', row(['Earlier rounds (each ended by a reset; the tables above show the latest round)']), row(EARLIER_ROUNDS_HEADER))
    for (const { q, round } of earlier) {
      lines.push(row([
        q.id,
        q.prompt,
        round.round,
        round.resetAt,
        round.phase,
        round.answered,
        round.correct,
        percent(round.answered === 0 ? null : round.correct / round.answered),
        q.options.map(o => `${o.text}${o.right ? ' (right)' : ''}: ${round.counts[o.id] ?? 0}`).join('; '),
      ]))
    }
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}
