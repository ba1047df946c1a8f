import type { CompanyRivalry } from '../content/companies'
import type { Term } from '../content/terms'
import { winnerLabel } from '../content/companies'
import { whereLabel } from './term-card'

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

/** The columns of the glossary table: Chinese | Pinyin | English | Where in the argument. */
export const glossaryColumns = [
  { key: 'chinese', label: 'Chinese', lang: 'zh-Hans' },
  { key: 'pinyin', label: 'Pinyin', lang: 'zh-Latn-pinyin' },
  { key: 'meaning', label: 'English' },
  { key: 'where', label: 'Where in the argument' },
] as const satisfies readonly ComparisonColumn[]

/** The rows of the glossary table, one per term, in the order given; for `glossaryColumns`. */
export function glossaryRows(list: readonly Term[]): ComparisonRow[] {
  return list.map(term => ({
    chinese: term.abbreviation ? `${term.chinese} (${term.abbreviation})` : term.chinese,
    pinyin: term.pinyin,
    meaning: term.meaning,
    where: whereLabel(term),
  }))
}

/** The text of a cell; empty when the row has nothing under that column. */
export function cellText(row: ComparisonRow, column: ComparisonColumn): string {
  return row[column.key] ?? ''
}
