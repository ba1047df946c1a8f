import type { CitationId } from './citations'

/**
 * Part 2's American comparison: Twitter "still looking for buyers" (the article) and what the
 * sources say about it.
 */
export const twitterSale = {
  text: 'Oct 2016: Google and Disney drop out of bidding for Twitter (5–6 Oct); Salesforce walks away in mid-October.',
  sources: ['cnbc-twitter-bids-2016', 'usatoday-twitter-2016'],
} as const satisfies {
  readonly text: string
  readonly sources: readonly CitationId[]
}
