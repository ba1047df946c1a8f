import type { CompanyRivalry } from '../content/companies'

/** One column of a comparison table: the key it reads from each row, and its header. */
export interface ComparisonColumn {
  readonly key: string
  readonly label: string
  /** The language of the column's cells when it is not the page's, e.g. `zh-Hans` for Chinese terms. */
  readonly lang?: string
}

/** One row of a comparison table: a cell's text under each column key. */
export type ComparisonRow = Readonly<Record<string, string>>

/**
 * The columns of the rivalry table: the two the article names, then what else happened, which is
 * the lesson's context from its sources and says so in its header.
 */
export const rivalryColumns = [
  { key: 'usCompany', label: '"Failed"' },
  { key: 'chineseWinner', label: 'Won at home' },
  { key: 'whatElse', label: 'Our sources add' },
] as const satisfies readonly ComparisonColumn[]

/** The rows of the rivalry table, one per rivalry, in the order given; for `rivalryColumns`. */
export function rivalryRows(list: readonly CompanyRivalry[]): ComparisonRow[] {
  return list.map(rivalry => ({
    usCompany: rivalry.usCompany,
    chineseWinner: rivalry.chineseWinner,
    whatElse: rivalry.whatElse,
  }))
}

/** The text of a cell; empty when the row has nothing under that column. */
export function cellText(row: ComparisonRow, column: ComparisonColumn): string {
  return row[column.key] ?? ''
}
