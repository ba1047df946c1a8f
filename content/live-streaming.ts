import type { CitationId } from './citations'
import type { Confidence, PartialIsoDate } from './types'

/** A live-streaming platform the article names. */
export interface StreamingPlatform {
  /** Stable kebab-case id. */
  readonly id: string
  /** The name as the lesson writes it. */
  readonly name: string
  /** Whether the article lists it among Tencent's platforms (developed or invested in). */
  readonly tencent: boolean
  /** When it launched, where a source says. */
  readonly launched?: { readonly date: PartialIsoDate, readonly label: string }
  /** What the sources say, in the lesson's words. */
  readonly note: string
  /** The sources behind `note` and `launched`; empty when the article is the only source. */
  readonly sources: readonly CitationId[]
  /** How sure the fact sheet is about `note`. */
  readonly confidence: Confidence
}

/** The platforms the article names, in the article's order. */
export const streamingPlatforms = [
  {
    id: 'app-17',
    name: 'the app "17"',
    tencent: false,
    launched: { date: '2015', label: 'mid-2015' },
    note: 'Launched in Taiwan; top of China\'s App Store on 25 Sep 2015, pulled from the App Store soon after. The article\'s "only 17 live video streaming platforms" probably means this app, not a count.',
    sources: ['newschina-17-2015', 'alltechasia-17-2016'],
    confidence: 'probable',
  },
  {
    id: 'inke',
    name: 'Inke',
    tencent: false,
    launched: { date: '2015', label: 'about mid-2015' },
    note: '"One year old" in Jul 2016. Its success, the article says, set off the rush into live streaming.',
    sources: ['ecns-inke-2016'],
    confidence: 'probable',
  },
  {
    id: 'now',
    name: 'NOW',
    tencent: true,
    launched: { date: '2016', label: '2016' },
    note: 'Tencent\'s own live-streaming app; launched 2016, closed Dec 2023.',
    sources: ['scmp-now-2023'],
    confidence: 'confirmed',
  },
  { id: 'qq-zone-tv', name: 'QQ Zone TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', sources: [], confidence: 'confirmed' },
  { id: 'huayang-tv', name: 'Huayang TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', sources: [], confidence: 'confirmed' },
  { id: 'longzhu-tv', name: 'Longzhu TV', tencent: true, note: 'Named by the article among Tencent\'s platforms.', sources: [], confidence: 'confirmed' },
] as const satisfies readonly StreamingPlatform[]

/**
 * How many streaming apps China had in 2016, in the fact sheet's words. The counts found differ
 * (more than 80; about 200 over the year), and none came with an address to follow, so the count is
 * unsourced and the slide says so in its caveat (facts.md, Sources: "marked unsourced").
 */
export const streamingCount = {
  text: 'dozens of apps, up to about 200',
  sources: [],
  caveat: 'Unsourced: the counts reported (more than 80; about 200 over the year) have no address to follow.',
} as const satisfies { readonly text: string, readonly sources: readonly CitationId[], readonly caveat: string }
