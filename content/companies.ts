import type { Confidence, IsoDateOrMonth } from './types'

/** A US company the article says failed in China, the Chinese company that won, and what really happened. */
export interface CompanyRivalry {
  /** Stable kebab-case id (the US company). */
  readonly id: string
  /** The US company as the article names it (proper capitalisation). */
  readonly usCompany: string
  /** The Chinese company that won, as the article names it. */
  readonly chineseWinner: string
  /** The product that won, where the fact sheet names one. */
  readonly winningProduct?: string
  /** What happened, in the lesson's own words, from the fact sheet. */
  readonly whatHappened: string
  /** Dated milestones behind `whatHappened`. */
  readonly milestones: readonly { readonly date: IsoDateOrMonth, readonly label: string, readonly text: string }[]
  /** How sure the fact sheet is about `whatHappened`. */
  readonly confidence: Confidence
}

/** The four US companies the article says failed in China, in the article's order. */
export const rivalries = [
  {
    id: 'google',
    usCompany: 'Google',
    chineseWinner: 'Baidu',
    whatHappened: 'Google said in Jan 2010 that it might leave China after cyberattacks; on 22 Mar 2010 it stopped censoring and redirected google.cn to Hong Kong. Censorship and hacking mattered, not only competition.',
    milestones: [
      { date: '2010-01', label: 'Jan 2010', text: 'Google says it might leave China after cyberattacks' },
      { date: '2010-03-22', label: '22 Mar 2010', text: 'Google stops censoring and redirects google.cn to Hong Kong' },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'ebay',
    usCompany: 'eBay',
    chineseWinner: 'Alibaba',
    winningProduct: 'Taobao',
    whatHappened: 'eBay bought EachNet in 2002–03. By the first half of 2006 Taobao had 67% of online auctions and eBay 29%; in Dec 2006 eBay folded its site into a joint venture with TOM Online.',
    milestones: [
      { date: '2006-12', label: 'Dec 2006', text: 'eBay folds its China site into a joint venture with TOM Online' },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'msn',
    usCompany: 'MSN (Microsoft)',
    chineseWinner: 'Tencent',
    winningProduct: 'QQ',
    whatHappened: 'MSN Messenger closed elsewhere in 2013; its China service closed on 31 Oct 2014 and users were moved to Skype.',
    milestones: [
      { date: '2014-10-31', label: '31 Oct 2014', text: 'MSN Messenger closes in China' },
    ],
    confidence: 'confirmed',
  },
  {
    id: 'mcafee',
    usCompany: 'McAfee',
    chineseWinner: 'Qihoo 360',
    whatHappened: 'No specific McAfee exit from China was found. What is documented: Qihoo\'s free antivirus (Jul 2008) undercut paid antivirus products in China.',
    milestones: [
      { date: '2008-07', label: 'Jul 2008', text: 'Qihoo 360 launches free antivirus' },
    ],
    confidence: 'uncertain',
  },
] as const satisfies readonly CompanyRivalry[]

/** The Chinese winner with its product, for a table cell: "Alibaba (Taobao)". */
export function winnerLabel(rivalry: CompanyRivalry): string {
  return rivalry.winningProduct ? `${rivalry.chineseWinner} (${rivalry.winningProduct})` : rivalry.chineseWinner
}
