import type { CompanyRivalry } from '../content/companies'
import { sourceNumbers } from '../content/sources'

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

/**
 * What the third column shows: the lesson's context, then the numbers of the sources behind it in
 * the lesson's list, so each row says which source backs it ("Hong Kong move, 2010 (2, 3)").
 */
export function whatElseCell(rivalry: CompanyRivalry): string {
  const numbers = sourceNumbers(rivalry.milestones.flatMap(m => m.sources))
  return numbers.length === 0 ? rivalry.whatElse : `${rivalry.whatElse} (${numbers.join(', ')})`
}

/** The rows of the rivalry table, one per rivalry, in the order given; for `rivalryColumns`. */
export function rivalryRows(list: readonly CompanyRivalry[]): ComparisonRow[] {
  return list.map(rivalry => ({
    usCompany: rivalry.usCompany,
    chineseWinner: rivalry.chineseWinner,
    whatElse: whatElseCell(rivalry),
  }))
}

/** The text of a cell; empty when the row has nothing under that column. */
export function cellText(row: ComparisonRow, column: ComparisonColumn): string {
  return row[column.key] ?? ''
}
