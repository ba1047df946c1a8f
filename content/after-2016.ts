import type { CitationId } from './citations'
import type { PartId } from './parts'
import type { IsoDateOrMonth } from './types'
import { termById } from './terms'

/** A dated event after the article that tests part of its argument. */
export interface LaterEvent {
  /** Stable kebab-case id. */
  readonly id: string
  /** When it happened, to the day or to the month. */
  readonly date: IsoDateOrMonth
  /** The date as a slide shows it. */
  readonly dateLabel: string
  /** What happened, in the lesson's words, short enough for a slide. */
  readonly text: string
  /** The part of the argument it tests. */
  readonly tests: PartId
  /** How it bears on that part, in a few words. */
  readonly bearing: string
  /** Whether it bears on the article's claim that China's Anti-Monopoly Law is weak. */
  readonly antiMonopoly: boolean
  readonly sources: readonly CitationId[]
}

/** What happened next, in date order. */
export const laterEvents = [
  {
    id: 'no-demographic-dividend',
    date: '2017-12',
    dateLabel: 'Dec 2017',
    text: 'Robin Li: China\'s internet "no longer has a demographic dividend".',
    tests: 'part-1',
    bearing: 'One of Part 1\'s reasons runs out.',
    antiMonopoly: false,
    sources: ['pandaily-li-2017'],
  },
  {
    id: 'huawei-entity-list',
    date: '2019-05-15',
    dateLabel: '15–16 May 2019',
    text: 'Huawei on the US Entity List: cut off from US suppliers.',
    tests: 'part-3',
    bearing: 'Owning core technology becomes a matter of survival.',
    antiMonopoly: false,
    sources: ['davis-polk-huawei-2019'],
  },
  {
    id: 'ant-ipo-halted',
    date: '2020-11',
    dateLabel: 'Nov 2020',
    text: 'Ant Group\'s IPO is halted.',
    tests: 'part-2',
    bearing: 'Regulators stop a giant\'s listing.',
    antiMonopoly: false,
    sources: ['aljazeera-ant-2020'],
  },
  {
    id: 'dji-entity-list',
    date: '2020-12-18',
    dateLabel: '18 Dec 2020',
    text: 'DJI added to the US Entity List.',
    tests: 'part-3',
    bearing: 'A technology leader meets limits abroad.',
    antiMonopoly: false,
    sources: ['cnet-dji-2020'],
  },
  {
    id: 'alibaba-fine',
    date: '2021-04-10',
    dateLabel: '10 Apr 2021',
    text: `Alibaba fined RMB 18.228B for "choose one of two" (${termById('choose-one-of-two').chinese}).`,
    tests: 'part-2',
    bearing: 'The Anti-Monopoly Law is enforced against a giant.',
    antiMonopoly: true,
    sources: ['peoples-daily-alibaba-fine-2021'],
  },
  {
    id: 'didi-review',
    date: '2021-06',
    dateLabel: 'Jun 2021 – Jul 2022',
    text: 'Didi: New York listing, cybersecurity review, delisting, RMB 8.026B fine.',
    tests: 'part-2',
    bearing: 'The merger wave\'s winner meets data and cybersecurity rules, not the Anti-Monopoly Law.',
    antiMonopoly: false,
    sources: ['foxbusiness-didi-ipo-2021', 'scmp-didi-delisting-2022', 'digichina-didi-2022'],
  },
  {
    id: 'aml-amended',
    date: '2022-08-01',
    dateLabel: '1 Aug 2022',
    text: 'The amended Anti-Monopoly Law comes into force.',
    tests: 'part-2',
    bearing: 'The law the article called weak is amended.',
    antiMonopoly: true,
    sources: ['shine-aml-2022'],
  },
  {
    id: 'twitter-sold',
    date: '2022-10-27',
    dateLabel: '27 Oct 2022',
    text: 'Elon Musk buys Twitter for US$44B.',
    tests: 'part-2',
    bearing: 'Twitter finally finds a buyer.',
    antiMonopoly: false,
    sources: ['national-twitter-2022'],
  },
  {
    id: 'ernie-bot',
    date: '2023-03',
    dateLabel: 'Mar 2023',
    text: 'Baidu launches Ernie Bot.',
    tests: 'part-3',
    bearing: 'Baidu\'s bet on AI continues.',
    antiMonopoly: false,
    sources: ['mit-tr-ernie-2023'],
  },
  {
    id: 'tiktok-law',
    date: '2024-04',
    dateLabel: 'Apr 2024',
    text: 'US law: sell TikTok or it is banned; upheld Jan 2025.',
    tests: 'conclusion',
    bearing: 'A Chinese app succeeds in the US, and politics answers.',
    antiMonopoly: false,
    sources: ['justia-tiktok-2024', 'bloomberg-law-tiktok-2025'],
  },
] as const satisfies readonly LaterEvent[]
