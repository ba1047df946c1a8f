import type { Citation, CitationId } from './citations'
import type { Term } from './terms'
import { laterEvents } from './after-2016'
import { citations } from './citations'
import { rivalries } from './companies'
import { factChecks, yourCheck } from './fact-checks'
import { streamingPlatforms } from './live-streaming'
import { marketShares } from './market-share'
import { mergers, mergerWave2015 } from './mergers'
import { originalProducts } from './original-products'
import { techCases } from './tech-cases'
import { terms } from './terms'
import { twitterSale } from './twitter'

/** Every citation a fact of the lesson names, once each. */
export function citedIds(): Set<CitationId> {
  return new Set<CitationId>([
    'tmtpost',
    ...rivalries.flatMap(r => r.milestones.flatMap(m => m.sources)),
    ...originalProducts.flatMap(p => p.sources),
    ...mergers.flatMap(m => m.sources),
    ...mergerWave2015.sources,
    ...streamingPlatforms.flatMap(p => p.sources),
    ...marketShares.flatMap(s => s.sources),
    ...factChecks.flatMap(c => c.sources),
    yourCheck.source,
    ...laterEvents.flatMap(e => e.sources),
    ...techCases.flatMap(c => c.sources),
    ...terms.flatMap((t: Term) => t.sources ?? []),
    ...twitterSale.sources,
    ...twitterSale.weiboSources,
  ])
}

/** The lesson's sources for the Sources slides and the handout: every cited source, in the lesson's order. */
export function sourceList(): Citation[] {
  const cited = citedIds()
  return citations.filter(c => cited.has(c.id))
}
