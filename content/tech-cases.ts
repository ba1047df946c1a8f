import type { SlideId } from './slides'
import type { Confidence } from './types'

/** A company Part 3 holds up as proof of China's focus on technology. */
export interface TechCase {
  /** Stable kebab-case id. */
  readonly id: string
  /** The company as the lesson writes it. */
  readonly company: string
  /** What the article credits it with, in the lesson's words. */
  readonly articleSays: string
  /** The field, in a few words, for tables and matching questions. */
  readonly focus: string
  /** What the sources say, where the fact sheet checked it. */
  readonly sourcesSay?: string
  /** How sure the fact sheet is about `sourcesSay`. */
  readonly confidence?: Confidence
  /** The fact checks about this company's claims (ids in `factChecks`). */
  readonly factCheckIds: readonly string[]
  /** The slide that teaches it. */
  readonly slide: SlideId
}

/** Part 3's companies, in the article's order. */
export const techCases = [
  {
    id: 'baidu',
    company: 'Baidu',
    articleSays: 'Speech recognition, image recognition and language understanding "equal to a five-year-old"; on MIT\'s top-ten list; first allowed to test self-driving cars in Asia and the US.',
    focus: 'speech recognition and self-driving cars',
    sourcesSay: 'Deep Speech 2 was on MIT Technology Review\'s 10 Breakthrough Technologies 2016 (as "Conversational Interfaces"). Baidu got a California self-driving test permit in 2016, but many firms already held one.',
    confidence: 'confirmed',
    factCheckIds: ['mit-last-year', 'baidu-first-self-driving', 'five-year-old'],
    slide: 'baidu',
  },
  {
    id: 'huawei',
    company: 'Huawei',
    articleSays: 'Passed Cisco as the number one seller of network equipment such as "switchboards"; strong in smartphones at home and abroad.',
    focus: 'network equipment and smartphones',
    sourcesSay: 'Cisco led the switch market (about 57% vs 7.7% of revenue, IDC, Q3 2017). Huawei did pass Ericsson as the largest telecom equipment vendor by revenue in 2012.',
    confidence: 'confirmed',
    factCheckIds: ['huawei-cisco'],
    slide: 'huawei-cisco',
  },
  {
    id: 'alibaba-cloud',
    company: 'Alibaba (Alibaba Cloud)',
    articleSays: 'Alicloud competes with Amazon\'s AWS; Alibaba also works on speech and image recognition.',
    focus: 'cloud computing, against AWS',
    sourcesSay: 'Aliyun was founded in 2009. Gartner 2016: AWS about US$9.8B (44%), Alibaba US$675M (3%) but fastest growing; Gartner 2018: Alibaba third with 7.7%, AWS 47.8%.',
    confidence: 'confirmed',
    factCheckIds: [],
    slide: 'cloud',
  },
  {
    id: 'tencent',
    company: 'Tencent',
    articleSays: 'Works on speech and image recognition, as Alibaba does.',
    focus: 'speech and image recognition',
    factCheckIds: [],
    slide: 'other-tech',
  },
  {
    id: 'iflytek',
    company: 'iFlytek',
    articleSays: 'Known for cutting-edge technology; gaining a larger say at home and abroad.',
    focus: 'cutting-edge technology at home and abroad',
    factCheckIds: [],
    slide: 'other-tech',
  },
  {
    id: 'dji',
    company: 'DJI',
    articleSays: 'Known for cutting-edge technology ("DJI-Innovations"); gaining a larger say at home and abroad.',
    focus: 'cutting-edge technology at home and abroad',
    factCheckIds: [],
    slide: 'other-tech',
  },
] as const satisfies readonly TechCase[]
