import type { CitationId } from './citations'
import type { PartId } from './parts'
import type { SlideId } from './slides'
import { rivalries } from './companies'
import { streamingCount } from './live-streaming'
import { formatShare, shareSeries } from './market-share'
import { alibabaBuysYoukuTudou } from './mergers'

/**
 * What Huawei did pass, in the lesson's one wording (facts.md; citations.md, Contradictions 1): the
 * sources support first place over Ericsson for the first half of 2012 only; the full year is dated
 * 2013 by a later source, which the full-year clause cites.
 */
export const huaweiPassedEricsson = {
  /** When: "in the first half of 2012". */
  when: 'in the first half of 2012',
  /** The sources for `when`: first-half 2012 revenue. */
  sources: ['zdnet-huawei-ericsson-2012'],
  /** The full-year caveat, as a clause. */
  fullYear: 'full-year leadership is usually dated 2013',
  /** The sources for `fullYear`: Huawei's 2013 revenue passing Ericsson's. */
  fullYearSources: ['wantchinatimes-huawei-2014'],
} as const satisfies {
  readonly when: string
  readonly sources: readonly CitationId[]
  readonly fullYear: string
  readonly fullYearSources: readonly CitationId[]
}

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

/** What each verdict means: the scale the lesson defines before it checks a claim, and the quiz uses. */
export const verdictMeanings = {
  'false': 'the sources say the opposite',
  'inaccurate': 'a detail is wrong: a date, a number, a name',
  'misleading': 'partly true, but leaves out what changes the picture',
  'unverified': 'no source confirms or refutes it',
  'mostly-true': 'the sources confirm it, with small caveats',
} as const satisfies Readonly<Record<Verdict, string>>

/** One of the article's claims, checked against other sources. */
export interface FactCheck {
  /** Stable kebab-case id. */
  readonly id: string
  /** The part of the article the claim is in. */
  readonly part: PartId
  /** The slide where the claim is taught. */
  readonly taughtOn: SlideId
  /** The slide where it is checked. */
  readonly checkedOn: SlideId
  /** The article's claim, in a few words (quoted words in quotation marks), as a slide shows it. */
  readonly claim: string
  /** The verdict. */
  readonly verdict: Verdict
  /** Why, in one short line for the slide. */
  readonly why: string
  /** What the sources say, in full, for the notes and the quiz's explanations. */
  readonly finding: string
  /** The sources that back the finding; empty when none was found (the slide then says so). */
  readonly sources: readonly CitationId[]
}

const switches = shareSeries('switches-2017')

/** A company's share of the switch market as the slides write it: "about 57%". */
function switchShare(label: string): string {
  const bar = switches.bars.find(b => b.label === label)
  if (!bar)
    throw new Error(`no ${label} in the switch shares`)
  return formatShare(bar)
}

const [googleWarning, googleRedirect] = rivalries.find(r => r.id === 'google')?.milestones ?? []
if (!googleWarning || !googleRedirect)
  throw new Error('the Google row of the rivalries has lost its two dated milestones')

/** The fact checks, in the order the article makes the claims. */
export const factChecks = [
  {
    id: 'google-failed',
    part: 'part-1',
    taughtOn: 'internet-era',
    checkedOn: 'fact-checks',
    claim: 'Google "failed" in China.',
    verdict: 'misleading',
    why: 'Censorship and hacking mattered too.',
    finding: `In ${googleWarning.label} Google said it might leave China after cyberattacks; on ${googleRedirect.label} it stopped censoring and redirected google.cn to Hong Kong. Censorship and hacking mattered, not only a better understanding of the market. It did not simply "leave China".`,
    sources: ['google-blog-2010-01', 'google-blog-2010-03', 'fierce-google-2010-03'],
  },
  {
    id: 'mcafee',
    part: 'part-1',
    taughtOn: 'internet-era',
    checkedOn: 'fact-checks',
    claim: 'McAfee "failed" in China.',
    verdict: 'unverified',
    why: 'No McAfee exit found.',
    finding: 'No source was found for a McAfee exit from China. What is documented: Qihoo 360\'s free antivirus (Jul 2008) undercut paid antivirus products there.',
    sources: ['age1983-qihoo-2008'],
  },
  {
    id: 'youku-tudou-date',
    part: 'part-2',
    taughtOn: 'merger-wave',
    checkedOn: 'fact-checks',
    claim: 'Youku–Tudou: "the past two years".',
    verdict: 'inaccurate',
    why: 'Announced 12 Mar 2012, four years earlier.',
    finding: `Youku and Tudou announced their all-stock merger on 12 Mar 2012, four years before the article. What came in 2015 was Alibaba's agreement to buy Youku Tudou (${alibabaBuysYoukuTudou.dateLabel}).`,
    sources: ['sec-youku-2012', 'prnewswire-alibaba-youku-2015'],
  },
  {
    id: 'seventeen-platforms',
    part: 'part-2',
    taughtOn: 'live-streaming',
    checkedOn: 'fact-checks',
    claim: '"Only 17" platforms at first.',
    verdict: 'inaccurate',
    why: '"17" was probably an app\'s name.',
    finding: `The rush into live streaming is real, but the number is probably wrong: "17" was most likely the name of an app, launched in Taiwan in mid-2015, top of China's App Store on 25 Sep 2015 and pulled from the App Store soon after. No source counts the platforms "at first"; the counts for 2016 (${streamingCount.text}) are unsourced.`,
    sources: ['newschina-17-2015', 'alltechasia-17-2016'],
  },
  {
    id: 'weibo-doubled',
    part: 'part-2',
    taughtOn: 'momo-weibo',
    checkedOn: 'your-check',
    claim: 'Weibo\'s stock "even doubled".',
    verdict: 'mostly-true',
    why: 'Up 119% by August 2016.',
    finding: 'Weibo\'s stock more than doubled in 2016: a 119% rally by August.',
    sources: ['szdaily-weibo-2016'],
  },
  {
    id: 'weibo-cause',
    part: 'part-2',
    taughtOn: 'momo-weibo',
    checkedOn: 'your-check',
    claim: 'Live streaming made it rise (implied).',
    verdict: 'unverified',
    why: 'The source gives no cause.',
    finding: 'That live streaming caused the rise is the article\'s reading: the source reports the rise but gives no cause, and no other source we found does.',
    sources: ['szdaily-weibo-2016'],
  },
  {
    id: 'five-year-old',
    part: 'part-3',
    taughtOn: 'baidu',
    checkedOn: 'fact-checks-2',
    claim: 'Baidu\'s AI: "a five-year-old kid".',
    verdict: 'unverified',
    why: 'Marketing; nothing tests it.',
    finding: 'A marketing comparison with no test behind it: no source checks it either way.',
    sources: [],
  },
  {
    id: 'mit-last-year',
    part: 'part-3',
    taughtOn: 'baidu',
    checkedOn: 'fact-checks-2',
    claim: 'MIT listed Baidu "last year".',
    verdict: 'inaccurate',
    why: 'It was the 2016 list.',
    finding: 'Baidu\'s speech recognition (Deep Speech 2) was on MIT Technology Review\'s 10 Breakthrough Technologies 2016 (Feb 2016, as "Conversational Interfaces"), the year the article was written, beside reusable rockets and gene editing. Nanotechnology was on the 2015 list, not with Baidu.',
    sources: ['mit-tr-editor-2016', 'mit-tr-nano-2015'],
  },
  {
    id: 'baidu-first-self-driving',
    part: 'part-3',
    taughtOn: 'baidu',
    checkedOn: 'fact-checks-2',
    claim: '"The first company allowed" to test "both in Asia and in the US".',
    verdict: 'false',
    why: 'California permits from 2014; Baidu\'s in 2016.',
    finding: 'California\'s rules for testing self-driving cars took effect in Sep 2014, and many firms held permits before Baidu got its first one in 2016: in the US, Baidu was not the first. No source checks "first in Asia", but the claim needs both halves, so it is false.',
    sources: ['its-california-2021', 'nikkei-baidu-permit-2021'],
  },
  {
    id: 'huawei-cisco',
    part: 'part-3',
    taughtOn: 'huawei-cisco',
    checkedOn: 'fact-checks-2',
    claim: 'Huawei "surpassed CISCO" in switches.',
    verdict: 'false',
    why: `Cisco led: ${switchShare('Cisco')} to ${switchShare('Huawei')}.`,
    finding: `Cisco led the market for network switches (the text's "switchboards"): ${switchShare('Cisco')} of revenue against Huawei's ${switchShare('Huawei')} in ${switches.source}'s figures for ${switches.period}, a year after the article. What Huawei did pass was Ericsson, in telecom-equipment revenue, ${huaweiPassedEricsson.when} (${huaweiPassedEricsson.fullYear}).`,
    sources: ['fiercetelecom-idc-switches', ...huaweiPassedEricsson.sources, ...huaweiPassedEricsson.fullYearSources],
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

/** The fact checks shown on a slide, in order. */
export function factChecksOn(slide: SlideId): FactCheck[] {
  return factChecks.filter(c => c.checkedOn === slide)
}

/**
 * The claim students judge themselves on the "Your turn" slide, in two halves (a figure and its
 * cause, which take different verdicts), and a short quotation (under 25 words) from a source, with
 * its citation.
 */
export const yourCheck = {
  /** The article's whole claim, as the slide shows it. */
  claim: 'After Sina Weibo added live streaming, its stock price "even doubled".',
  factCheckIds: ['weibo-doubled', 'weibo-cause'],
  excerpt: 'Weibo Corp. has more than doubled this year',
  source: 'szdaily-weibo-2016',
} as const satisfies { readonly claim: string, readonly factCheckIds: readonly FactCheckId[], readonly excerpt: string, readonly source: CitationId }
