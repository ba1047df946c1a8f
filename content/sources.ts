import { factChecks } from './fact-checks'
import { marketShares } from './market-share'
import { mergers, mergerWave2015 } from './mergers'

/**
 * Every source the lesson's facts name, once each, in the order they first appear
 * (mergers, the merger-wave list, market shares, fact checks): for the credits slide.
 */
export function sourceList(): string[] {
  const names = [
    ...mergers.map(m => m.source),
    mergerWave2015.source,
    ...marketShares.map(s => `${s.source} (${s.title})`),
    ...factChecks.flatMap(c => c.sources),
  ]
  return [...new Set(names)]
}
