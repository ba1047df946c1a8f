import type { Confidence, IsoDateOrMonth, PartialIsoDate } from './types'

/** A live-streaming platform the article names. */
export interface StreamingPlatform {
  /** Stable kebab-case id. */
  readonly id: string
  /** The name as the lesson writes it. */
  readonly name: string
  /** Whether the article lists it among Tencent's platforms (developed or invested in). */
  readonly tencent: boolean
  /** When it launched, where the fact sheet says. */
  readonly launched?: { readonly date: PartialIsoDate, readonly label: string }
  /** What the sources say, in the lesson's words. */
  readonly note: string
  /** How sure the fact sheet is about `note`. */
  readonly confidence: Confidence
}

/** The platforms the article names, in the article's order. */
export const streamingPlatforms = [
  {
    id: 'app-17',
    name: 'the app "17"',
    tencent: false,
    launched: { date: '2015-06', label: 'Jun 2015' },
    note: 'Top of China\'s App Store on 25 Sep 2015 and pulled a week later. The article\'s "only 17 live video streaming platforms" probably means this app, not a count.',
    confidence: 'probable',
  },
  {
    id: 'inke',
    name: 'Inke',
    tencent: false,
    launched: { date: '2015-05', label: 'about May 2015' },
    note: 'Its success, the article says, set off the rush into live streaming.',
    confidence: 'confirmed',
  },
  {
    id: 'now',
    name: 'NOW',
    tencent: true,
    launched: { date: '2016', label: '2016' },
    note: 'Tencent\'s own live-streaming app; launched 2016, closed Dec 2023.',
    confidence: 'confirmed',
  },
  { id: 'qq-zone-tv', name: 'QQ Zone TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', confidence: 'confirmed' },
  { id: 'huayang-tv', name: 'Huayang TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', confidence: 'confirmed' },
  { id: 'longzhu-tv', name: 'Longzhu TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', confidence: 'confirmed' },
] as const satisfies readonly StreamingPlatform[]

/** The scale of the rush, from the fact sheet. */
export const streamingBoom = {
  appsByJuly2016: 'over 200',
  text: 'By Jul 2016 China had over 200 live-streaming apps.',
} as const satisfies { readonly appsByJuly2016: string, readonly text: string }

/** What happened to the companies in the Momo and Weibo example, in the lesson's words. */
export const weiboAndTwitter = [
  { date: '2016-02', label: 'Feb 2016', text: 'Weibo\'s stock hits its low; it later rises more than threefold.' },
  { date: '2016-10-05', label: '5–6 Oct 2016', text: 'Google and Disney drop out of bidding for Twitter; Salesforce follows in mid-Oct.' },
  { date: '2016-10-17', label: '17 Oct 2016', text: 'Weibo\'s market value briefly passes Twitter\'s.' },
  { date: '2017-02', label: 'Feb 2017', text: 'Weibo\'s market value closes above Twitter\'s.' },
] as const satisfies readonly { readonly date: IsoDateOrMonth, readonly label: string, readonly text: string }[]
