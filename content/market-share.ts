import type { CitationId } from './citations'

/** One bar: a company's share of a market. */
export interface ShareBar {
  /** The company. */
  readonly label: string
  /** Its share of the market, in percent. */
  readonly percent: number
  /** Whether the source gives the share as an approximation ("about 44%"). */
  readonly approximate: boolean
  /** Its revenue as the source gives it, where it does ("US$9.8B"). */
  readonly revenue?: string
  /** Its rank in the market, where the source gives it. */
  readonly rank?: number
}

/** A small set of bars for one market, one period and one source. */
export interface ShareSeries {
  /** Stable kebab-case id. */
  readonly id: string
  /** The chart's title. */
  readonly title: string
  /** What the percentages measure. */
  readonly measure: string
  /** The period the figures cover. */
  readonly period: string
  /** Who measured it. */
  readonly source: string
  /** Where it was reported: the citations behind the figures. */
  readonly sources: readonly CitationId[]
  /** The bars, largest first. */
  readonly bars: readonly ShareBar[]
  /** What the chart shows, in one line. */
  readonly takeaway: string
}

/** The market-share figures from the fact sheet: the scale the article skips. */
export const marketShares = [
  {
    id: 'cloud-2016',
    title: 'Cloud infrastructure market, 2016',
    measure: 'share of worldwide cloud infrastructure (IaaS) revenue',
    period: '2016',
    source: 'Gartner',
    sources: ['register-gartner-2016'],
    bars: [
      { label: 'AWS', percent: 44, approximate: true, revenue: 'US$9.8B' },
      { label: 'Alibaba', percent: 3, approximate: false, revenue: 'US$675M' },
    ],
    takeaway: 'Alibaba was the fastest growing, but AWS took more than 14 times its revenue.',
  },
  {
    id: 'cloud-2018',
    title: 'Cloud infrastructure market, 2018',
    measure: 'share of worldwide cloud infrastructure (IaaS) revenue',
    period: '2018',
    source: 'Gartner',
    sources: ['amtd-gartner-2018'],
    bars: [
      { label: 'AWS', percent: 47.8, approximate: false, rank: 1 },
      { label: 'Alibaba', percent: 7.7, approximate: false, rank: 3 },
    ],
    takeaway: 'Alibaba had become third, still far behind AWS.',
  },
  {
    id: 'switches-2017',
    title: 'Network switches, Q3 2017',
    measure: 'share of worldwide switch revenue',
    period: 'Q3 2017',
    source: 'IDC',
    sources: ['fiercetelecom-idc-switches'],
    bars: [
      { label: 'Cisco', percent: 57, approximate: true },
      { label: 'Huawei', percent: 7.7, approximate: false },
    ],
    takeaway: 'Cisco, not Huawei, led the switch market (figures from a year after the article).',
  },
] as const satisfies readonly ShareSeries[]

/** The id of one of the market-share series. */
export type ShareSeriesId = typeof marketShares[number]['id']

/** The series with this id. */
export function shareSeries(id: ShareSeriesId): ShareSeries {
  const series = marketShares.find(s => s.id === id)
  if (!series)
    throw new Error(`unknown market-share series: ${id}`)
  return series
}

/** A bar's share as a slide shows it: "about 44%", "7.7%". */
export function formatShare(bar: ShareBar): string {
  return `${bar.approximate ? 'about ' : ''}${bar.percent}%`
}
