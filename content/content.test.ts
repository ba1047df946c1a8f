import type { Citation } from './index'
import { describe, expect, it } from 'vitest'
import {
  alibabaBuysYoukuTudou,
  article,
  byAnnouncement,
  citationById,
  citationCaption,
  citationHeadline,
  citations,
  citedIds,
  CONFIDENCES,
  drivers,
  eras,
  factChecks,
  isPartId,
  isSlideId,
  laterEvents,
  marketShares,
  mergerRelationLabels,
  mergers,
  mergerWave2015,
  OBJECTIVE_IDS,
  objectives,
  originalProducts,
  PART_IDS,
  parts,
  rivalries,
  slideAnchors,
  sourceList,
  sourceNumbers,
  sourceRefs,
  streamingCount,
  streamingPlatforms,
  techCases,
  terms,
  verdictLabels,
  VERDICTS,
  yourCheck,
} from './index'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Whether an ISO date (day, month or year) names a real calendar date. */
function isRealDate(date: string): boolean {
  const [year, month = '01', day = '01'] = date.split('-')
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(`${year}-${month}-${day}`)
}

/** Whether a slide label ("12 Mar 2012", "Jun 2022", "15–16 May 2019") says the same date as the ISO one. */
function labelAgrees(date: string, label: string): boolean {
  const [year, month, day] = date.split('-')
  if (!label.includes(year ?? '?'))
    return false
  if (month !== undefined && !label.includes(MONTHS[Number(month) - 1] ?? '?'))
    return false
  return day === undefined || label.startsWith(String(Number(day)))
}

function expectUnique(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length)
}

describe('parts', () => {
  it('lists every part id once, in teaching order', () => {
    expect(parts.map(p => p.id)).toEqual([...PART_IDS])
  })

  it('recognises part ids and rejects anything else', () => {
    expect(isPartId('part-2')).toBe(true)
    expect(isPartId('part-4')).toBe(false)
    expect(isPartId(2)).toBe(false)
  })
})

describe('slide anchors', () => {
  it('have unique kebab-case ids usable as route aliases', () => {
    expectUnique(slideAnchors.map(s => s.id))
    for (const slide of slideAnchors)
      expect(slide.id).toMatch(KEBAB)
  })

  it('belong to a known part and every part has at least one', () => {
    for (const slide of slideAnchors)
      expect(isPartId(slide.part)).toBe(true)
    for (const id of PART_IDS)
      expect(slideAnchors.some(s => s.part === id)).toBe(true)
  })

  it('are referenced by valid slide ids from facts', () => {
    for (const ref of [...factChecks.flatMap(c => [c.taughtOn, c.checkedOn]), ...techCases.map(c => c.slide)])
      expect(isSlideId(ref)).toBe(true)
    expect(isSlideId('no-such-slide')).toBe(false)
  })
})

describe('article', () => {
  it('is dated 2016, after the latest event it mentions', () => {
    expect(article.year).toBe(2016)
    const latest = byAnnouncement(mergers).at(-1)
    expect(latest?.announced.startsWith(String(article.year))).toBe(true)
  })
})

describe('mergers', () => {
  it('are listed in order of announcement, with real dates', () => {
    expect(mergers.map(m => m.id)).toEqual(byAnnouncement(mergers).map(m => m.id))
    for (const merger of mergers) {
      expect(isRealDate(merger.announced)).toBe(true)
      expect(labelAgrees(merger.announced, merger.dateLabel)).toBe(true)
    }
  })

  it('mark the named, probable and context pairs as the fact sheet does', () => {
    const ids = (relation: string): string[] => mergers.filter(m => m.relation === relation).map(m => m.id)
    expect(ids('named')).toEqual(['youku-tudou', 'ctrip-qunar', 'didi-uber-china'])
    expect(ids('probable')).toEqual(['58-ganji', 'meituan-dianping'])
    expect(ids('context')).toEqual(['didi-kuaidi'])
  })

  it('have unique ids, a source each, and a label made of the two companies', () => {
    expectUnique(mergers.map(m => m.id))
    for (const merger of mergers) {
      expect(merger.sources.length).toBeGreaterThan(0)
      expect(merger.label).toBe(merger.companies.join(' – '))
    }
  })

  it('say the Didi – Uber China probe was announced (2 Sep 2016), and that Didi – Kuaidi may be a lost pair', () => {
    expect(mergers.find(m => m.id === 'didi-uber-china')?.note).toContain('announced a probe on 2 Sep 2016')
    expect(mergerRelationLabels.context).toBe('same wave; may be lost too')
  })

  it('include every deal of the 2015 wave, each announced in 2015', () => {
    for (const id of mergerWave2015.mergerIds) {
      const merger = mergers.find(m => m.id === id)
      expect(merger?.announced.startsWith('2015-')).toBe(true)
    }
  })

  it('sorts a shuffled copy without changing the original', () => {
    const reversed = [...mergers].reverse()
    expect(byAnnouncement(reversed).map(m => m.id)).toEqual(mergers.map(m => m.id))
    expect(reversed[0]?.id).toBe('didi-uber-china')
  })
})

describe('companies', () => {
  it('pair the four US companies with the Chinese companies the article names, in its order', () => {
    expect(rivalries.map(r => [r.usCompany, r.chineseWinner])).toEqual([
      ['Google', 'Baidu'],
      ['eBay', 'Alibaba'],
      ['MSN (Microsoft)', 'Tencent'],
      ['McAfee', 'Qihoo 360'],
    ])
  })

  it('give the Taobao/eBay shares as CNNIC\'s 2005 figures', () => {
    const ebay = rivalries.find(r => r.id === 'ebay')!
    expect(ebay.milestones[0]).toMatchObject({ date: '2005', text: expect.stringContaining('CNNIC') })
    expect(ebay.milestones[0]!.text).toContain('67.3%')
  })

  it('mark McAfee as uncertain and date every milestone', () => {
    expect(rivalries.find(r => r.id === 'mcafee')?.confidence).toBe('uncertain')
    for (const rivalry of rivalries) {
      expect(CONFIDENCES).toContain(rivalry.confidence)
      for (const milestone of rivalry.milestones) {
        expect(isRealDate(milestone.date)).toBe(true)
        expect(labelAgrees(milestone.date, milestone.label)).toBe(true)
      }
    }
  })
})

describe('fact checks', () => {
  it('cover the checks the deck must show', () => {
    const ids = factChecks.map(c => c.id)
    expectUnique(ids)
    expect(ids).toEqual(expect.arrayContaining(['huawei-cisco', 'youku-tudou-date', 'mit-last-year', 'seventeen-platforms', 'mcafee']))
    expect(factChecks.find(c => c.id === 'huawei-cisco')?.verdict).toBe('false')
  })

  it('each name followable sources (or none, said on the slide), a known verdict with a word label, and a part', () => {
    for (const check of factChecks) {
      expect(check.sources.length, check.id).toBeGreaterThanOrEqual(check.id === 'five-year-old' ? 0 : 1)
      expect(VERDICTS).toContain(check.verdict)
      expect(verdictLabels[check.verdict]).toMatch(/^[A-Z][a-z ]+$/)
      expect(isPartId(check.part)).toBe(true)
    }
  })

  it('are fair to the claims as made: switches, Q3 2017, H1 2012', () => {
    const huawei = factChecks.find(c => c.id === 'huawei-cisco')!
    expect(huawei.claim).toContain('switches')
    expect(huawei.finding).toContain('Q3 2017, a year after the article')
    expect(huawei.finding).toContain('first half of 2012')
    expect(factChecks.find(c => c.id === 'google-failed')!.finding).toContain('did not simply "leave China"')
  })

  it('let students check one themselves, with a short excerpt (under 25 words) from a cited source', () => {
    expect(yourCheck.factCheckIds.every(id => factChecks.some(c => c.id === id))).toBe(true)
    expect(yourCheck.excerpt.split(/\s+/).length).toBeLessThan(25)
  })

  it('are referenced correctly from the Part 3 cases', () => {
    const ids = new Set<string>(factChecks.map(c => c.id))
    for (const techCase of techCases) {
      for (const id of techCase.factCheckIds)
        expect(ids.has(id)).toBe(true)
    }
  })
})

describe('what happened next', () => {
  it('is in date order with real dates and matching labels', () => {
    const dates = laterEvents.map(e => e.date)
    expect(dates).toEqual([...dates].sort())
    for (const event of laterEvents) {
      expect(isRealDate(event.date)).toBe(true)
      expect(labelAgrees(event.date, event.dateLabel)).toBe(true)
      expect(isPartId(event.tests)).toBe(true)
    }
  })

  it('all happen after the article', () => {
    for (const event of laterEvents)
      expect(Number(event.date.slice(0, 4))).toBeGreaterThan(article.year)
  })

  it('count only the Alibaba fine and the amended law as bearing on the anti-monopoly claim; the law was amended, not called tougher', () => {
    expect(laterEvents.filter(e => e.antiMonopoly).map(e => e.id)).toEqual(['alibaba-fine', 'aml-amended'])
    expect(laterEvents.map(e => e.text).join(' ')).not.toMatch(/tougher/)
    expect(laterEvents.find(e => e.id === 'didi-review')?.text).toContain('cybersecurity review')
  })
})

describe('market shares', () => {
  it('are percentages, largest bar first, adding up to at most 100', () => {
    for (const series of marketShares) {
      const percents = series.bars.map(b => b.percent)
      expect(percents).toEqual([...percents].sort((a, b) => b - a))
      expect(percents.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100)
      for (const percent of percents)
        expect(percent).toBeGreaterThan(0)
    }
  })
})

describe('terms', () => {
  it('give Chinese, pinyin and a meaning for each, in known parts', () => {
    expect(terms).toHaveLength(11)
    expectUnique(terms.map(t => t.id))
    for (const term of terms) {
      expect(term.chinese).toMatch(/\p{Script=Han}/u)
      expect(term.pinyin).toMatch(/^[\p{Script=Latin}' /]+$/u)
      expect(term.meaning).not.toBe('')
      expect(term.parts.every(isPartId)).toBe(true)
    }
  })
})

describe('other facts', () => {
  it('have unique ids in every list', () => {
    for (const list of [originalProducts, streamingPlatforms, techCases, eras, rivalries])
      expectUnique(list.map(item => item.id))
  })

  it('name Tencent\'s four streaming platforms', () => {
    expect(streamingPlatforms.filter(p => p.tencent).map(p => p.name)).toEqual(['NOW', 'QQ Zone TV', 'Huayang TV', 'Longzhu TV'])
  })

  it('give one driver per part of the argument', () => {
    expect(drivers.map(d => d.part)).toEqual(['part-1', 'part-2', 'part-3'])
  })

  it('name the four learning objectives', () => {
    expect(objectives.map(o => o.id)).toEqual([...OBJECTIVE_IDS])
  })
})

/** The addresses whose titles the fact sheet (citations.md) marks †: rebuilt from the address, the headline not seen. */
const REBUILT_TITLES = new Set([
  'http://www.deadline.com/2012/03/chinese-rivals-youku-tudou-to-create-online-video-giant-in-estimated-1b-deal/',
  'https://www.bloomberg.com/news/articles/2016-09-02/didi-uber-deal-draws-probe-by-china-s-antitrust-watchdog',
  'https://alltechasia.com/2015/12/19/top-5-chinese-tech-mergers-in-2015/',
  'https://www.socialmediaasia.com/2014/09/01/microsoft-ceases-worlds-final-msn-holdout-in-china/',
  'http://usa.baidu.com/mit-tech-review-features-baidus-deep-speech-in-top-10-list-of-breakthrough-technologies/',
  'https://www.rp.pl/nowe-technologie/art4236961-innowacje-2015-roku',
  'https://asia.nikkei.com/Business/Technology/Baidu-wins-green-light-to-test-fully-driverless-cars-in-California',
  'https://www.amtdinc.com/portfolio/public-cloud-market',
  'http://old.newschinamag.com/magazine/virtual-friends-real-loneliness',
  'https://alltechasia.com/2016/05/06/live-streaming-china-app-17-back-with-big-plans/?noamp=mobile',
  'https://www.siliconvalley.com/2016/09/23/twitter-shares-surge-on-report-that-google-or-salesforce-may-buy-it/',
  'https://technode.com/2013/01/16/tencent-weixin-reaches-300-million-users/',
  'https://alltechasia.com/2016/04/08/lei-jun-happy-sixth-birthday-xiaomi/',
  'https://www.davispolk.com/insights/client-update/us-government-takes-aim-china-entity-list-additions-and-new-executive-order',
  'https://www.thompsonhinesmartrade.com/2020/12/commerce-publishes-additions-to-entity-list-including-chinas-smic-and-entities-supporting-chinas-human-rights-abuses-and-territorial-claims-to-the-south-china-sea/',
  'https://www.thenationalnews.com/business/technology/2022/10/28/elon-musk-closes-44bn-twitter-deal-with-tech-companys-ceo-and-cfo-fired-reports-say/',
  'https://www.gamesindustry.biz/biden-signs-bill-to-ban-tiktok',
])

/** The addresses the fact sheet (citations.md) marks as a mirror: a copy of the named outlet's page, elsewhere. */
const MIRRORS = new Set([
  'https://bbctodays.pages.dev/2/hi/business/2984462.stm',
  'https://bbctodays.pages.dev/2/hi/business/6196797.stm',
  'https://d10dev.itsinternational.com/its4/its6/its7/its8/news/california-authorises-baidu-test-avs?page=6',
  'https://wikimili.com/en/TikTok_v._Garland',
])

describe('the count of streaming apps', () => {
  it('is marked unsourced wherever it is given, and names no outlet the lesson cannot cite', () => {
    expect(streamingCount.sources).toEqual([])
    expect(streamingCount.caveat).toMatch(/^Unsourced\b/)
    expect(streamingCount.caveat).not.toMatch(/VOA|ChinaFilmInsider|Yibada|SupChina/)
    const giving = factChecks.filter(c => c.finding.includes(streamingCount.text))
    expect(giving.map(c => c.id)).toEqual(['seventeen-platforms'])
    expect(giving.filter(c => !c.finding.includes('unsourced')).map(c => c.id)).toEqual([])
  })
})

describe('citations', () => {
  it('are followable: an outlet, a date and a web address each, ids unique', () => {
    expectUnique(citations.map(c => c.id))
    for (const c of citations) {
      expect(c.outlet.trim(), c.id).not.toBe('')
      expect(c.date, c.id).toMatch(/^(?:no date shown|(?:(?:\d{1,2} )?[A-Z][a-z]{2} )?\d{4})$/)
      expect(c.url, c.id).toMatch(/^https?:\/\/[\w.-]+\.[a-z]{2,}\//)
    }
  })

  it('give a headline only as the source has it, never a description of the page (that is `about`)', () => {
    const titles = (citations as readonly Citation[]).flatMap(c => c.title === undefined ? [] : [[c.id, c.title] as const])
    expect(titles.length).toBeGreaterThan(0)
    for (const [id, title] of titles) {
      expect(title, id).toBe(title.trim())
      expect(title, id).not.toBe('')
      // The lesson's own words: "(headline not given in the fact sheet)", "(Gartner, 2016)".
      expect(title, id).not.toMatch(/headline|fact sheet|\([^)]*\)$/i)
    }
    for (const c of citations as readonly Citation[])
      expect(c.about?.trim(), c.id).not.toBe('')
  })

  it('flag every title the fact sheet rebuilt from the address (marked †), and no other', () => {
    const flagged = (citations as readonly Citation[]).filter(c => c.titleRebuilt).map(c => c.url)
    expect(flagged).toEqual(citations.filter(c => REBUILT_TITLES.has(c.url)).map(c => c.url))
    expect((citations as readonly Citation[]).filter(c => c.titleRebuilt && c.title === undefined).map(c => c.id)).toEqual([])
  })

  it('caption a quotation with the headline when one is known, and with the outlet and date alone when not', () => {
    expect(citationCaption(citationById('reuters-58-ganji-2015'))).toBe('Reuters, 17 Apr 2015, “Chinese classified ad site 58.com to buy 43 percent of rival Ganji”')
    expect(citationCaption(citationById('reuters-didi-kuaidi-2015'))).toBe('Reuters, 14 Feb 2015')
    expect(citationCaption(citationById('amtd-gartner-2018'))).toBe('AMTD, “Public cloud market”')
    expect(citations.map(c => citationCaption(c)).filter(text => text.includes('undefined'))).toEqual([])
  })

  it('say so in the outlet where the address is a mirror of the outlet\'s page', () => {
    const unmarked = citations.filter(c => MIRRORS.has(c.url) && !/mirror|copy/i.test(c.outlet)).map(c => c.id)
    expect(unmarked).toEqual([])
  })

  it('date an event to the day through at least one source that carries a date', () => {
    const dated = [
      ...rivalries.flatMap(r => r.milestones.map(m => ({ what: `${r.id} ${m.label}`, date: m.date as string, sources: m.sources }))),
      ...mergers.map(m => ({ what: m.id, date: m.announced as string, sources: m.sources })),
      { what: alibabaBuysYoukuTudou.label, date: alibabaBuysYoukuTudou.agreed as string, sources: alibabaBuysYoukuTudou.sources },
      ...laterEvents.map(e => ({ what: e.id, date: e.date as string, sources: e.sources })),
    ].filter(event => /^\d{4}-\d{2}-\d{2}$/.test(event.date) && event.sources.length > 0)
    expect(dated.length).toBeGreaterThan(10)
    const undated = dated.filter(event => event.sources.every(id => citationById(id).date === 'no date shown')).map(event => event.what)
    expect(undated).toEqual([])
  })

  it('are all used by a fact, and the sources list shows each once', () => {
    const cited = citedIds()
    expect(citations.filter(c => !cited.has(c.id)).map(c => c.id)).toEqual([])
    expectUnique(sourceList().map(c => c.id))
  })

  it('print a headline, say it was rebuilt from the address, or say plainly that none is known', () => {
    const rebuilt: Citation = citations.find(c => 'titleRebuilt' in c && c.titleRebuilt)!
    expect(citationHeadline(rebuilt)).toBe(`“${rebuilt.title}” (title from the address)`)
    const none = citations.find(c => !('title' in c))!
    expect(citationHeadline(none)).toMatch(/^no headline known/)
    expect(citations.map(citationHeadline).filter(h => h.includes('undefined'))).toEqual([])
  })

  it('are numbered on a slide by their place in the lesson\'s list, each once, in order', () => {
    const list = sourceList()
    const [a, b] = [list[4]!, list[1]!]
    expect(sourceRefs([a.id, b.id, a.id])).toBe('Sources: 2, 5')
    expect(sourceRefs([a.id])).toBe('Source: 5')
    expect(sourceRefs([])).toBe('No source found')
    expect(sourceNumbers(list.map(c => c.id))).toEqual(list.map((_, i) => i + 1))
  })

  it('never name the fact sheet, or the Caixin issue that could not be found, as a source', () => {
    expect(JSON.stringify(citations)).not.toMatch(/Lesson fact sheet|Caixin Weekly/)
  })
})
