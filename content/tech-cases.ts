import type { CitationId } from './citations'
import type { FactCheckId } from './fact-checks'
import type { SlideId } from './slides'

/** A company Part 3 holds up as proof of China's focus on technology. */
export interface TechCase {
  /** Stable kebab-case id. */
  readonly id: string
  /** The company as the lesson writes it. */
  readonly company: string
  /** What the article credits it with, in the lesson's words. */
  readonly articleSays: string
  /** The field, in a few words, for tables and matching questions; shown on its slide. */
  readonly focus: string
  /** The fact checks of this company's claims; what the sources say lives there. */
  readonly factCheckIds: readonly FactCheckId[]
  /** The slide that teaches it. */
  readonly slide: SlideId
  /** Sources for what the lesson adds about the company (the article itself is cited as a whole). */
  readonly sources: readonly CitationId[]
  /** What the lesson adds about the company, with `sources`. */
  readonly context?: string
}

/** Part 3's companies, in the article's order. */
export const techCases = [
  {
    id: 'baidu',
    company: 'Baidu',
    articleSays: 'Speech recognition, image recognition and language understanding "equal to a five-year-old kid"; on MIT\'s top-ten list "last year"; "the first company allowed" to test self-driving cars in Asia and the US.',
    focus: 'speech recognition and self-driving cars',
    factCheckIds: ['five-year-old', 'mit-last-year', 'baidu-first-self-driving'],
    slide: 'baidu',
    sources: [],
  },
  {
    id: 'huawei',
    company: 'Huawei',
    articleSays: 'Passed Cisco as the number one seller of network machines such as "switchboards"; a great job in smartphones abroad and at home.',
    focus: 'network switches and smartphones',
    factCheckIds: ['huawei-cisco'],
    slide: 'huawei-cisco',
    sources: [],
  },
  {
    id: 'alibaba-cloud',
    company: 'Alibaba',
    articleSays: 'Its Alicloud competes with Amazon\'s AWS; it also works on speech and image recognition.',
    focus: 'cloud computing, against AWS',
    factCheckIds: [],
    slide: 'cloud',
    context: 'Alibaba Cloud (Aliyun) was founded in 2009.',
    sources: ['scmp-alibaba-cloud-2019'],
  },
  {
    id: 'tencent',
    company: 'Tencent',
    articleSays: 'Works on speech and image recognition, as Alibaba does.',
    focus: 'speech and image recognition',
    factCheckIds: [],
    slide: 'other-tech',
    sources: [],
  },
  {
    id: 'iflytek',
    company: 'iFlytek',
    articleSays: 'Known for cutting-edge technology; gaining a larger say in the global industry, at home and abroad.',
    focus: 'cutting-edge technology; a larger say at home and abroad',
    factCheckIds: [],
    slide: 'other-tech',
    sources: [],
  },
  {
    id: 'dji',
    company: 'DJI',
    articleSays: 'Known for cutting-edge technology ("DJI-Innovations"); gaining a larger say in the global industry, at home and abroad.',
    focus: 'cutting-edge technology; a larger say at home and abroad',
    factCheckIds: [],
    slide: 'other-tech',
    sources: [],
  },
] as const satisfies readonly TechCase[]
