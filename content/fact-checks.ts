import type { PartId } from './parts'
import type { SlideId } from './slides'

/** The source named where the fact sheet checked public reports but names no single source. */
export const FACT_SHEET = 'Lesson fact sheet (checked against public reports)'

/** The verdicts a fact check can give, from worst to best. */
export const VERDICTS = ['false', 'inaccurate', 'misleading', 'unverified', 'mostly-true'] as const

/** A fact check's verdict on one of the article's claims. */
export type Verdict = typeof VERDICTS[number]

/** The word a slide shows for each verdict, so it is never conveyed by colour alone. */
export const verdictLabels = {
  'false': 'False',
  'inaccurate': 'Inaccurate',
  'misleading': 'Misleading',
  'unverified': 'Unverified',
  'mostly-true': 'Mostly true',
} as const satisfies Readonly<Record<Verdict, string>>

/** One of the article's claims, checked against other sources. */
export interface FactCheck {
  /** Stable kebab-case id. */
  readonly id: string
  /** A short heading for the check. */
  readonly topic: string
  /** The part of the article the claim is in. */
  readonly part: PartId
  /** The slide where the claim is taught. */
  readonly slide: SlideId
  /** The article's claim, paraphrased or quoted very briefly. */
  readonly claim: string
  /** What the sources say, in the lesson's words. */
  readonly finding: string
  /** The verdict. */
  readonly verdict: Verdict
  /** Who says so. */
  readonly sources: readonly string[]
}

/** The fact checks, in the order the article makes the claims. */
export const factChecks = [
  {
    id: 'google-failed',
    topic: 'Did Google "fail" in China?',
    part: 'part-1',
    slide: 'internet-era',
    claim: 'Google, eBay, MSN and McAfee "all failed" in China, beaten by local rivals who knew the market better.',
    finding: 'Google said in Jan 2010 that it might leave after cyberattacks, and on 22 Mar 2010 stopped censoring and redirected google.cn to Hong Kong. Censorship and hacking mattered, not only competition.',
    verdict: 'misleading',
    sources: ['Google announcements, Jan and Mar 2010'],
  },
  {
    id: 'mcafee',
    topic: 'McAfee and Qihoo 360',
    part: 'part-1',
    slide: 'internet-era',
    claim: 'McAfee failed in China and Qihoo 360 took its place.',
    finding: 'No specific McAfee exit from China was found. Qihoo\'s free antivirus (Jul 2008) did undercut paid antivirus products in China.',
    verdict: 'unverified',
    sources: [FACT_SHEET],
  },
  {
    id: 'youku-tudou-date',
    topic: 'Youku and Tudou: "the past two years"?',
    part: 'part-2',
    slide: 'merger-wave',
    claim: 'The merger wave of "the past two years" included Youku and Tudou.',
    finding: 'Youku and Tudou announced their merger on 12 Mar 2012, four years before the article. The 2015 wave is usually listed as Didi–Kuaidi, 58.com–Ganji, Meituan–Dianping and Ctrip–Qunar.',
    verdict: 'inaccurate',
    sources: ['PRNewswire; SEC filings', 'Caixin Weekly, 11 Dec 2015'],
  },
  {
    id: 'seventeen-platforms',
    topic: '"Only 17" streaming platforms?',
    part: 'part-2',
    slide: 'live-streaming',
    claim: 'At first there were "only 17 live video streaming platforms" in China.',
    finding: '"17" was probably the name of an app (launched Jun 2015, top of China\'s App Store on 25 Sep 2015, pulled a week later), not a count. By Jul 2016 China had over 200 streaming apps.',
    verdict: 'misleading',
    sources: [FACT_SHEET],
  },
  {
    id: 'weibo-doubled',
    topic: 'Did Weibo\'s stock double?',
    part: 'part-2',
    slide: 'momo-weibo',
    claim: 'After adding live streaming, Sina Weibo\'s stock price "even doubled".',
    finding: 'It did more than double: Weibo\'s stock rose more than threefold from its Feb 2016 low, and its market value briefly passed Twitter\'s on 17 Oct 2016.',
    verdict: 'mostly-true',
    sources: ['Stock market data for Weibo and Twitter, 2016–17'],
  },
  {
    id: 'five-year-old',
    topic: 'As clever as a five-year-old?',
    part: 'part-3',
    slide: 'baidu',
    claim: 'Baidu\'s speech, image and language technology reached the intelligence of "a five-year-old kid".',
    finding: 'A marketing comparison: no test or source backs it.',
    verdict: 'unverified',
    sources: [FACT_SHEET],
  },
  {
    id: 'mit-last-year',
    topic: 'MIT\'s list "last year"?',
    part: 'part-3',
    slide: 'baidu',
    claim: 'Baidu\'s speech recognition made MIT\'s top-ten list "last year", with nanotechnology, biotechnology and aerospace.',
    finding: 'Deep Speech 2 was on MIT Technology Review\'s 10 Breakthrough Technologies 2016 (Feb 2016, as "Conversational Interfaces"), the year the article was written, beside reusable rockets and gene editing. Nanotechnology was on the 2015 list, not 2016.',
    verdict: 'inaccurate',
    sources: ['MIT Technology Review, 10 Breakthrough Technologies 2015 and 2016'],
  },
  {
    id: 'baidu-first-self-driving',
    topic: 'The first allowed to test self-driving cars?',
    part: 'part-3',
    slide: 'baidu',
    claim: 'Baidu was "the first company allowed" to test self-driving cars both in Asia and in the US.',
    finding: 'Doubtful: Baidu got a California test permit in 2016, but California\'s rules date from 2014 and many firms already held permits.',
    verdict: 'unverified',
    sources: ['California DMV autonomous-vehicle testing permits'],
  },
  {
    id: 'huawei-cisco',
    topic: 'Huawei passed Cisco?',
    part: 'part-3',
    slide: 'huawei-cisco',
    claim: 'Huawei "surpassed CISCO" to become the number one seller of network equipment such as "switchboards".',
    finding: 'Cisco led the switch market: about 57% of revenue against Huawei\'s 7.7% (Q3 2017). What is true: Huawei passed Ericsson as the largest telecom equipment vendor by revenue in 2012. "Switchboards" is a mistranslation of "switches".',
    verdict: 'false',
    sources: ['IDC, Q3 2017'],
  },
] as const satisfies readonly FactCheck[]

/** The id of one of the fact checks. */
export type FactCheckId = typeof factChecks[number]['id']

/** The fact check with this id. */
export function factCheckById(id: FactCheckId): FactCheck {
  const check = factChecks.find(c => c.id === id)
  if (!check)
    throw new Error(`unknown fact check: ${id}`)
  return check
}
