import type { PartId } from './parts'
import type { IsoDateOrMonth } from './types'

/** A dated event after the article that tests part of its argument. */
export interface LaterEvent {
  /** Stable kebab-case id. */
  readonly id: string
  /** When it happened, to the day or to the month. */
  readonly date: IsoDateOrMonth
  /** The date as a slide shows it. */
  readonly dateLabel: string
  /** What happened, in the lesson's words. */
  readonly text: string
  /** The part of the argument it tests. */
  readonly tests: PartId
  /** How it bears on that part, in a few words. */
  readonly bearing: string
}

/** What happened next, in date order. */
export const laterEvents = [
  {
    id: 'no-demographic-dividend',
    date: '2017-12',
    dateLabel: 'Dec 2017',
    text: 'At Wuzhen, Robin Li says China\'s internet "no longer has a demographic dividend".',
    tests: 'part-1',
    bearing: 'One of Part 1\'s reasons runs out.',
  },
  {
    id: 'huawei-entity-list',
    date: '2019-05-15',
    dateLabel: '15–16 May 2019',
    text: 'Huawei is added to the US Entity List.',
    tests: 'part-3',
    bearing: 'Owning core technology becomes a matter of survival.',
  },
  {
    id: 'ant-ipo-halted',
    date: '2020-11',
    dateLabel: 'Nov 2020',
    text: 'Ant Group\'s IPO is halted.',
    tests: 'part-2',
    bearing: 'Regulators rein in the giants.',
  },
  {
    id: 'dji-entity-list',
    date: '2020-12-18',
    dateLabel: '18 Dec 2020',
    text: 'DJI is added to the US Entity List.',
    tests: 'part-3',
    bearing: 'A technology leader meets limits abroad.',
  },
  {
    id: 'alibaba-fine',
    date: '2021-04-10',
    dateLabel: '10 Apr 2021',
    text: 'Alibaba is fined RMB 18.228B (about US$2.8B) for making merchants "choose one of two" (二选一).',
    tests: 'part-2',
    bearing: 'The Anti-Monopoly Law is enforced after all.',
  },
  {
    id: 'didi-listing',
    date: '2021-06-30',
    dateLabel: '30 Jun 2021',
    text: 'Didi lists in New York; a cybersecurity review follows days later.',
    tests: 'part-2',
    bearing: 'The winner of the merger wave meets the regulator.',
  },
  {
    id: 'didi-delisted',
    date: '2022-06',
    dateLabel: 'Jun 2022',
    text: 'Didi is delisted from New York.',
    tests: 'part-2',
    bearing: 'The winner of the merger wave meets the regulator.',
  },
  {
    id: 'didi-fine',
    date: '2022-07-21',
    dateLabel: '21 Jul 2022',
    text: 'Didi is fined RMB 8.026B.',
    tests: 'part-2',
    bearing: 'The winner of the merger wave meets the regulator.',
  },
  {
    id: 'aml-amended',
    date: '2022-08-01',
    dateLabel: '1 Aug 2022',
    text: 'The amended Anti-Monopoly Law comes into force.',
    tests: 'part-2',
    bearing: 'The "weaker" law is tightened.',
  },
  {
    id: 'twitter-sold',
    date: '2022-10-27',
    dateLabel: '27 Oct 2022',
    text: 'Elon Musk completes the US$44B purchase of Twitter.',
    tests: 'part-2',
    bearing: 'Twitter finally finds a buyer.',
  },
  {
    id: 'ernie-bot',
    date: '2023-03',
    dateLabel: 'Mar 2023',
    text: 'Baidu launches Ernie Bot.',
    tests: 'part-3',
    bearing: 'Baidu\'s bet on AI continues.',
  },
  {
    id: 'tiktok-law',
    date: '2024-04',
    dateLabel: 'Apr 2024',
    text: 'The US passes a law that TikTok must be sold or banned; the Supreme Court upholds it on 17 Jan 2025.',
    tests: 'conclusion',
    bearing: 'A Chinese app succeeds in the US, and politics answers.',
  },
] as const satisfies readonly LaterEvent[]
