import type { Citation, CitationId } from './citations'
import type { Term } from './terms'
import { laterEvents } from './after-2016'
import { citations, NO_SOURCE_FOUND } from './citations'
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

/** The lesson's sources for the sources page (/sources) and the handout: every cited source, in the lesson's order. */
export function sourceList(): (Citation & { readonly id: CitationId })[] {
  const cited = citedIds()
  return citations.filter(c => cited.has(c.id))
}

/**
 * The numbers of these sources in the lesson's list ({@link sourceList}, from 1), in order, once
 * each: what a slide shows instead of full source lines, which are too small to read from the back.
 */
export function sourceNumbers(ids: readonly CitationId[]): number[] {
  const list = sourceList().map(c => c.id)
  const numbers = new Set(ids.map((id) => {
    const index = list.indexOf(id)
    if (index < 0)
      throw new Error(`${id} is cited but not in the lesson's list of sources`)
    return index + 1
  }))
  return [...numbers].sort((a, b) => a - b)
}

/** A slide's source line: "Sources: 3, 7, 12" ("Source: 7" for one), or "No source found". */
export function sourceRefs(ids: readonly CitationId[]): string {
  const numbers = sourceNumbers(ids)
  if (numbers.length === 0)
    return NO_SOURCE_FOUND
  return `${numbers.length === 1 ? 'Source' : 'Sources'}: ${numbers.join(', ')}`
}
