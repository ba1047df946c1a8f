import type { PartId } from './parts'

/** The article's question and thesis, in the lesson's words. */
export const thesis = {
  question: 'How did Chinese tech companies catch up with, or even pass, their Silicon Valley counterparts?',
  claim: 'The gap between Chinese tech companies and their Silicon Valley counterparts is narrowing.',
  trigger: 'Robin Li, Baidu\'s founder, told CNBC that the largest internet company was still American, but that Chinese tech companies already had a strong competitive edge and the ability to innovate.',
  /** The interview the article mentions could not be found or dated. */
  triggerSource: 'The CNBC interview could not be found or dated.',
} as const satisfies { readonly question: string, readonly claim: string, readonly trigger: string, readonly triggerSource: string }

/** One of the three drivers the article gives, with its reasons, in the article's terms. */
export interface Driver {
  /** The part of the article that makes this argument. */
  readonly part: Extract<PartId, 'part-1' | 'part-2' | 'part-3'>
  /** The driver in a few words. */
  readonly short: string
  /** The reasons the article gives, in the lesson's words (quoted words are the article's). */
  readonly reasons: readonly string[]
}

/** One row of Part 2's contrast between the two countries, as the article draws it. */
export interface ContrastRow {
  readonly factor: string
  readonly us: string
  readonly china: string
}

/** Part 2's contrast between the US and China, in the article's terms: its picture, not checked facts. */
export const competitionContrast = [
  { factor: 'A new product', us: 'rivals won\'t rush to copy it', china: 'two or more similar firms in almost every area' },
  { factor: 'Anti-Monopoly Law', us: 'restrains the giants', china: 'not as strict' },
  { factor: 'Tech giants', us: 'hold back', china: 'join in with huge traffic and resources' },
] as const satisfies readonly ContrastRow[]

/** The three drivers of the article's argument, in the article's order. */
export const drivers = [
  {
    part: 'part-1',
    short: 'Upgrade traditional business',
    reasons: ['backward traditional business', 'poor infrastructure', 'a huge demographic dividend'],
  },
  {
    part: 'part-2',
    short: 'Survive fierce competition',
    reasons: competitionContrast.map(row => `${row.factor}: ${row.china}`),
  },
  {
    part: 'part-3',
    short: 'Focus on technology',
    reasons: [
      'a sense of insecurity: be prepared for danger in times of peace',
      'only technology of their own lets them compete with foreign rivals',
    ],
  },
] as const satisfies readonly Driver[]

/**
 * How the conclusion ties the drivers together: not three parallel reasons but a chain. Knowing how
 * to upgrade business and how to survive fierce competition "will bring Chinese tech companies back
 * to the technology-driven business path"; and it is prescriptive: "they need to know".
 */
export const conclusionChain = {
  need: 'They need to know how to',
  steps: ['upgrade traditional business and infrastructure', 'survive fierce competition tenaciously'],
  leadsTo: 'That eagerness to survive and succeed',
  back: '"will bring" them back to the technology-driven business path',
  verdict: 'the gap is narrowing',
} as const satisfies {
  readonly need: string
  readonly steps: readonly string[]
  readonly leadsTo: string
  readonly back: string
  readonly verdict: string
}

/** An era in Part 1's story of how Chinese companies went from copying to creating. */
export interface Era {
  /** Stable kebab-case id. */
  readonly id: string
  /** The era's name. */
  readonly name: string
  /** What the article says about it, in the lesson's words. */
  readonly summary: string
}

/** Part 1's three eras, in time order. */
export const eras = [
  { id: 'pc-era', name: 'PC era', summary: 'US companies held the core hardware and software; Chinese companies lagged far behind.' },
  { id: 'internet-era', name: 'Internet era', summary: 'Local companies, still "students" copying their US "teachers", won at home by knowing the market (the article dates this to "the prime stage of the PC era").' },
  { id: 'mobile-era', name: 'Mobile internet era', summary: 'Some Chinese companies created original products with no US counterpart.' },
] as const satisfies readonly Era[]
