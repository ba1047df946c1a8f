import type { CompanyRivalry } from '../content/companies'
import { winnerLabel } from '../content/companies'

/** One column of a comparison table: the key it reads from each row, and its header. */
export interface ComparisonColumn {
  readonly key: string
  readonly label: string
  /** The language of the column's cells when it is not the page's, e.g. `zh-Hans` for Chinese terms. */
  readonly lang?: string
}

/** One row of a comparison table: a cell's text under each column key. */
export type ComparisonRow = Readonly<Record<string, string>>

/** The columns of the rivalry table: US company | Chinese winner | what happened. */
export const rivalryColumns = [
  { key: 'usCompany', label: 'US company' },
  { key: 'chineseWinner', label: 'Chinese winner' },
  { key: 'whatHappened', label: 'What happened' },
] as const satisfies readonly ComparisonColumn[]

/** The rows of the rivalry table, one per rivalry, in the order given; for `rivalryColumns`. */
export function rivalryRows(list: readonly CompanyRivalry[]): ComparisonRow[] {
  return list.map(rivalry => ({
    usCompany: rivalry.usCompany,
    chineseWinner: winnerLabel(rivalry),
    whatHappened: rivalry.whatHappened,
  }))
}

/** The text of a cell; empty when the row has nothing under that column. */
export function cellText(row: ComparisonRow, column: ComparisonColumn): string {
  return row[column.key] ?? ''
}
