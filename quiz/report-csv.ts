// The class report as files a teacher opens in a spreadsheet or imports into a gradebook: one row
// per student, one row per student and question, and identifier / total / maximum. Excel reads them
// as UTF-8 (a byte order mark), and a field that starts like a formula is shown, not run.
import type { ClassReport } from './live/report'
import { OBJECTIVE_IDS, objectiveById } from '../content/objectives'
import { PART_IDS, partById } from '../content/parts'
import { csvField, UTF8_BOM } from './results-export'

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `${UTF8_BOM}${rows.map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`
}

function percent(score: number, max: number): string {
  return max > 0 ? `${Math.round(score / max * 100)}%` : ''
}

/** One row per student: the total, each part and each objective, handed in and the time taken. */
export function studentsCsv(report: ClassReport): string {
  const parts = PART_IDS.filter(part => report.students.some(s => s.byPart[part].max > 0))
  const header = [
    'Number',
    'Name',
    'Handed in',
    'Minutes',
    'Points',
    'Max points',
    'Percent',
    ...parts.flatMap(part => [`${partById(part).label} points`, `${partById(part).label} max`]),
    ...OBJECTIVE_IDS.flatMap(id => [`${objectiveById(id).verb}: points`, `${objectiveById(id).verb}: max`, `${objectiveById(id).verb}: reached`]),
    'Needs help',
  ]
  return csv([header, ...report.students.map(s => [
    s.number,
    s.name,
    s.handedInAt ?? '',
    s.minutes ?? '',
    s.total.score,
    s.total.max,
    percent(s.total.score, s.total.max),
    ...parts.flatMap(part => [s.byPart[part].score, s.byPart[part].max]),
    ...OBJECTIVE_IDS.flatMap(id => [s.byObjective[id].score, s.byObjective[id].max, s.byObjective[id].max === 0 ? '' : s.reached.includes(id) ? 'yes' : 'no']),
    s.needsHelp ? 'yes' : 'no',
  ])])
}

/** One row per student and question answered: the answer in words, the points and the result. */
export function answersCsv(report: ClassReport): string {
  const header = ['Number', 'Name', 'Source', 'Question ID', 'Part', 'Objective', 'Question', 'Answer', 'Points', 'Max points', 'Result', 'Teacher\'s comment']
  const rows = report.students.flatMap(s => report.items.flatMap((item) => {
    const cell = s.cells[item.key]
    if (!cell)
      return []
    return [[s.number, s.name, item.source, item.id, partById(item.part).label, objectiveById(item.objective).verb, item.prompt, cell.text, cell.score ?? '', cell.max, cell.result, cell.comment]]
  }))
  return csv([header, ...rows])
}

/** What a gradebook imports: an identifier (the name students gave), the total and the maximum. */
export function gradebookCsv(report: ClassReport): string {
  return csv([['Identifier', 'Total', 'Maximum'], ...report.students.map(s => [s.name, s.total.score, s.total.max])])
}
