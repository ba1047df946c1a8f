import type { PartId } from './parts'

/** The article's thesis, in the lesson's words. */
export const thesis = {
  question: 'How did Chinese tech companies catch up with, or even pass, their Silicon Valley counterparts?',
  claim: 'The gap between Chinese tech companies and their Silicon Valley counterparts is narrowing.',
  trigger: 'Robin Li (Baidu) told CNBC that the largest internet company was still American, but that Chinese tech companies already had a strong competitive edge and the ability to innovate.',
} as const satisfies { readonly question: string, readonly claim: string, readonly trigger: string }

/** One of the three drivers the article gives, with its reasons. */
export interface Driver {
  /** The part of the article that makes this argument. */
  readonly part: Extract<PartId, 'part-1' | 'part-2' | 'part-3'>
  /** The driver in a few words, for the conclusion's picture. */
  readonly short: string
  /** The reasons the article gives, in the lesson's words. */
  readonly reasons: readonly string[]
}

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
    reasons: [
      'rivals copy every new product at once',
      'anti-monopoly law is weaker than in the US',
      'giants use their traffic and resources to enter every market',
    ],
  },
  {
    part: 'part-3',
    short: 'Own the technology',
    reasons: [
      'a sense of insecurity: be prepared for danger in times of peace',
      'only technology of their own lets them compete with foreign rivals',
    ],
  },
] as const satisfies readonly Driver[]

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
  { id: 'internet-era', name: 'Internet era', summary: 'Local companies copied US "teachers" and beat them at home by knowing the market.' },
  { id: 'mobile-era', name: 'Mobile internet era', summary: 'Chinese companies created original products with no US counterpart.' },
] as const satisfies readonly Era[]
