import type { Confidence, PartialIsoDate } from './types'

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
