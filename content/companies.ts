import type { CitationId } from './citations'
import type { Confidence, IsoDateOrMonth, PartialIsoDate } from './types'

/** A dated fact behind a row of the "internet era" table, with its sources. */
export interface Milestone {
  readonly date: IsoDateOrMonth | PartialIsoDate
  /** The date as a slide shows it. */
  readonly label: string
  /** What happened, in the lesson's words. */
  readonly text: string
  readonly sources: readonly CitationId[]
}

/** A US company the article says failed in China, the Chinese company it names beside it, and what else happened. */
export interface CompanyRivalry {
  /** Stable kebab-case id (the US company). */
  readonly id: string
  /** The US company as the article names it (proper capitalisation). */
  readonly usCompany: string
  /** The Chinese company the article names beside it. */
  readonly chineseWinner: string
  /**
   * What else happened, in a few words for a table cell: the lesson's context from its sources,
   * not the article's words.
   */
  readonly whatElse: string
  /** The dated facts behind `whatElse`. */
  readonly milestones: readonly Milestone[]
  /** How sure the fact sheet is about `whatElse`. */
  readonly confidence: Confidence
}

/** A survey's shares of a market, in percent, for the quiz's number questions and the slides alike. */
export interface SurveyShares {
  /** Who measured it. */
  readonly survey: string
  readonly year: number
  readonly sources: readonly CitationId[]
}

/** CNNIC's survey of online auctions in China in 2005: Taobao's and eBay's shares, in percent. */
export const auctionShares2005 = {
  survey: 'CNNIC',
  year: 2005,
  taobao: 67.3,
  ebay: 29.1,
  sources: ['china-daily-cnnic-2006'],
} as const satisfies SurveyShares & { readonly taobao: number, readonly ebay: number }

/** The article's reason why the local companies won at home, in its own terms. */
export const localWinnersReason = 'a better understanding of the Chinese market'

/** The four US companies the article says "all failed" in China, in the article's order. */
export const rivalries = [
  {
    id: 'google',
    usCompany: 'Google',
    chineseWinner: 'Baidu',
    whatElse: 'Hong Kong move, 2010',
    milestones: [
      { date: '2010-01', label: 'Jan 2010', text: 'Google says it might leave China after cyberattacks', sources: ['google-blog-2010-01'] },
      { date: '2010-03-22', label: '22 Mar 2010', text: 'Google stops censoring and redirects google.cn to Hong Kong', sources: ['google-blog-2010-03', 'fierce-google-2010-03'] },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'ebay',
    usCompany: 'eBay',
    chineseWinner: 'Alibaba',
    whatElse: 'Taobao: 2/3 of auctions, 2005',
    milestones: [
      { date: '2005', label: '2005', text: `${auctionShares2005.survey}'s survey: Taobao ${auctionShares2005.taobao}% of online auctions, eBay ${auctionShares2005.ebay}%`, sources: auctionShares2005.sources },
      { date: '2006-12', label: 'Dec 2006', text: 'eBay folds its China site into a joint venture with TOM Online', sources: ['china-daily-ebay-tom-2006'] },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'msn',
    usCompany: 'MSN (Microsoft)',
    chineseWinner: 'Tencent',
    whatElse: 'Messenger closed, Oct 2014',
    milestones: [
      { date: '2014-10-31', label: '31 Oct 2014', text: 'MSN Messenger closes in China; users are moved to Skype', sources: ['china-daily-msn-2014'] },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'mcafee',
    usCompany: 'McAfee',
    chineseWinner: 'Qihoo 360',
    whatElse: 'no exit found',
    milestones: [
      { date: '2008-07', label: 'Jul 2008', text: 'Qihoo 360 launches free antivirus, undercutting paid products', sources: ['age1983-qihoo-2008'] },
    ],
    confidence: 'uncertain',
  },
] as const satisfies readonly CompanyRivalry[]
