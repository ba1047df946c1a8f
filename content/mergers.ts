import type { CitationId } from './citations'
import type { IsoDate } from './types'

/** The relations a merger can have to the article's text. */
export const MERGER_RELATIONS = ['named', 'probable', 'context'] as const

/**
 * How a merger relates to the article: `named` in the surviving English text; `probable`, one of the
 * two pairs lost from the text ("and, and,") as the fact sheet reconstructs them; `context`, part of
 * the same wave, which may be one of the lost pairs too.
 */
export type MergerRelation = typeof MERGER_RELATIONS[number]

/** A Chinese tech merger, with the day it was announced. */
export interface Merger {
  /** Stable kebab-case id. */
  readonly id: string
  /** The two companies, in the usual order. */
  readonly companies: readonly [string, string]
  /** The pair as a label: "Youku – Tudou". */
  readonly label: string
  /** The day the deal was announced. */
  readonly announced: IsoDate
  /** The date as shown on slides: "12 Mar 2012". */
  readonly dateLabel: string
  /** What the deal was, from the fact sheet. */
  readonly note: string
  /** Who reported it. */
  readonly sources: readonly CitationId[]
  /** How the article relates to it. */
  readonly relation: MergerRelation
}

/** A later deal the lesson mentions beside the merger wave: Alibaba agreed to buy Youku Tudou. */
export const alibabaBuysYoukuTudou = {
  label: 'Alibaba – Youku Tudou',
  agreed: '2015-11-06',
  dateLabel: '6 Nov 2015',
  sources: ['prnewswire-alibaba-youku-2015'],
} as const satisfies { readonly label: string, readonly agreed: IsoDate, readonly dateLabel: string, readonly sources: readonly CitationId[] }

/** The merger wave, sorted by the day each deal was announced. */
export const mergers = [
  {
    id: 'youku-tudou',
    companies: ['Youku', 'Tudou'],
    label: 'Youku – Tudou',
    announced: '2012-03-12',
    dateLabel: '12 Mar 2012',
    note: `All-stock merger, announced in 2012, so not in "the past two years". Alibaba later agreed to buy Youku Tudou (${alibabaBuysYoukuTudou.dateLabel}).`,
    sources: ['sec-youku-2012', 'prnewswire-alibaba-youku-2015'],
    relation: 'named',
  },
  {
    id: 'didi-kuaidi',
    companies: ['Didi', 'Kuaidi'],
    label: 'Didi – Kuaidi',
    announced: '2015-02-14',
    dateLabel: '14 Feb 2015',
    note: 'The two taxi-hailing rivals combined, worth about US$6B together.',
    sources: ['reuters-didi-kuaidi-2015'],
    relation: 'context',
  },
  {
    id: '58-ganji',
    companies: ['58.com', 'Ganji'],
    label: '58.com – Ganji',
    announced: '2015-04-17',
    dateLabel: '17 Apr 2015',
    note: '58.com took 43.2% of Ganji.',
    sources: ['reuters-58-ganji-2015'],
    relation: 'probable',
  },
  {
    id: 'meituan-dianping',
    companies: ['Meituan', 'Dianping'],
    label: 'Meituan – Dianping',
    announced: '2015-10-08',
    dateLabel: '8 Oct 2015',
    note: 'The merged company was valued at US$15B or more.',
    sources: ['reuters-meituan-dianping-2015'],
    relation: 'probable',
  },
  {
    id: 'ctrip-qunar',
    companies: ['Ctrip', 'Qunar'],
    label: 'Ctrip – Qunar',
    announced: '2015-10-26',
    dateLabel: '26 Oct 2015',
    note: 'A share swap with Baidu.',
    sources: ['alltechasia-ctrip-qunar-2015'],
    relation: 'named',
  },
  {
    id: 'didi-uber-china',
    companies: ['Didi', 'Uber China'],
    label: 'Didi – Uber China',
    announced: '2016-08-01',
    dateLabel: '1 Aug 2016',
    note: 'Combined value about US$35B; the Commerce Ministry announced a probe on 2 Sep 2016.',
    sources: ['xinhua-didi-uber-2016', 'reuters-didi-uber-probe-2016'],
    relation: 'named',
  },
] as const satisfies readonly Merger[]

/** The usual list of the 2015 merger wave and where it comes from. */
export const mergerWave2015 = {
  mergerIds: ['didi-kuaidi', '58-ganji', 'meituan-dianping', 'ctrip-qunar'],
  sources: ['global-times-mergers-2015'],
} as const satisfies { readonly mergerIds: readonly Merger['id'][], readonly sources: readonly CitationId[] }

/** The mergers sorted by announcement date (earliest first); a new array. */
export function byAnnouncement<M extends Merger>(list: readonly M[]): M[] {
  return [...list].sort((a, b) => a.announced.localeCompare(b.announced))
}

/** The words a merger's label on the timeline adds for its relation; named pairs need none. */
export const mergerRelationTags: Readonly<Record<MergerRelation, string | undefined>> = {
  named: undefined,
  probable: 'probably lost',
  context: 'may be lost too',
}

/** A label for the relation, for the timeline's legend, slides and tables. */
export const mergerRelationLabels: Readonly<Record<MergerRelation, string>> = {
  named: 'named in the text',
  probable: 'probably lost from the text',
  context: 'same wave; may be lost too',
}
