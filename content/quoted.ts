// The facts the deck's Markdown quotes by name, written `[[name]]` in a slide or its speaker notes
// (`[[share:switches-2017/Cisco]]`, `[[term:prepared-for-danger]]`):
// setup/preparser.ts puts each in while Slidev reads the deck, so the notes say what content/ says
// and a corrected figure changes them too. A name that is not here stops the build, naming it.
import { citationHeadline, sourceLine } from './citations'
import { rivalries } from './companies'
import { huaweiPassedEricsson } from './fact-checks'
import { formatShare, marketShares, shareSeries } from './market-share'
import { alibabaBuysYoukuTudou } from './mergers'
import { sourceList } from './sources'
import { terms } from './terms'

const switches = shareSeries('switches-2017')
const google = rivalries.find(r => r.id === 'google')

function milestone(index: number): string {
  const found = google?.milestones[index]
  if (!found)
    throw new Error(`content/quoted.ts: the Google row has no milestone ${index + 1}`)
  return found.label
}

/** Every fact the deck's Markdown may quote, by name. */
export const quotedFacts: Readonly<Record<string, string>> = {
  'switches-source': `${switches.source}, ${switches.period}`,
  // Every company's share in every market-share series: `[[share:switches-2017/Cisco]]` is "about 57%".
  ...Object.fromEntries(marketShares.flatMap(series => series.bars.map(bar => [`share:${series.id}/${bar.label}`, formatShare(bar)]))),
  'google-warning-date': milestone(0),
  'google-redirect-date': milestone(1),
  'alibaba-youku-tudou-date': alibabaBuysYoukuTudou.dateLabel,
  // When Huawei passed Ericsson, and the full-year caveat, each with its sources.
  'huawei-ericsson-when': huaweiPassedEricsson.when,
  'huawei-ericsson-when-source': sourceLine(huaweiPassedEricsson.sources),
  'huawei-ericsson-full-year': huaweiPassedEricsson.fullYear,
  'huawei-ericsson-full-year-source': sourceLine(huaweiPassedEricsson.fullYearSources),
  // The lesson's sources in full, numbered as the slides cite them, for the Sources slide's notes.
  'sources-list': sourceList().map((c, i) => `${i + 1}. ${c.outlet}, ${citationHeadline(c)}, ${c.date}. <${c.url}>`).join('\n'),
  // Every key term: `[[zh:id]]` its Chinese, `[[term:id]]` its Chinese and pinyin.
  ...Object.fromEntries(terms.flatMap(t => [[`zh:${t.id}`, t.chinese], [`term:${t.id}`, `${t.chinese} (${t.pinyin})`]])),
}

const QUOTE = /\[\[([\w:/-]+)\]\]/g

/** `text` with every `[[name]]` replaced by the fact of that name; throws naming `where` and the name when there is none. */
export function expandQuotes(text: string, where: string): string {
  return text.replace(QUOTE, (token, name: string) => {
    const fact = quotedFacts[name]
    if (fact === undefined)
      throw new Error(`${where}: ${token} names no fact; the facts the deck may quote are in content/quoted.ts`)
    return fact
  })
}
