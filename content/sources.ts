import type { Citation, CitationId } from './citations'
import type { Term } from './terms'
import { laterEvents } from './after-2016'
import { citations, NO_SOURCE_FOUND } from './citations'
import { rivalries } from './companies'
import { factChecks, huaweiPassedEricsson, yourCheck } from './fact-checks'
import { streamingCount, streamingPlatforms } from './live-streaming'
import { marketShares } from './market-share'
import { mergers, mergerWave2015 } from './mergers'
import { originalProducts } from './original-products'
import { techCases } from './tech-cases'
import { terms } from './terms'
import { twitterSale } from './twitter'

/**
 * The lesson's facts that name sources, each under the name its readers (the slides, the speaker
 * notes, the handout, the quiz) import it by, with the citations it names.
 */
export function citingFacts(): Readonly<Record<string, readonly CitationId[]>> {
  return {
    article: ['tmtpost'],
    rivalries: rivalries.flatMap(r => r.milestones.flatMap(m => m.sources)),
    originalProducts: originalProducts.flatMap(p => p.sources),
    mergers: mergers.flatMap(m => m.sources),
    mergerWave2015: mergerWave2015.sources,
    streamingPlatforms: streamingPlatforms.flatMap(p => p.sources),
    streamingCount: streamingCount.sources,
    marketShares: marketShares.flatMap(s => s.sources),
    factChecks: factChecks.flatMap(c => c.sources),
    huaweiPassedEricsson: [...huaweiPassedEricsson.sources, ...huaweiPassedEricsson.fullYearSources],
    yourCheck: [yourCheck.source],
    laterEvents: laterEvents.flatMap(e => e.sources),
    techCases: techCases.flatMap(c => c.sources),
    terms: terms.flatMap((t: Term) => t.sources ?? []),
    twitterSale: twitterSale.sources,
  }
}

/** Every citation a fact of the lesson names, once each. */
export function citedIds(): Set<CitationId> {
  return new Set<CitationId>(Object.values(citingFacts()).flat())
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
