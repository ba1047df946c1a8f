import type { Driver } from '../content/argument'
import type { SlideId } from '../content/slides'
import type { Bank, ChoiceOption, MatchingPair } from './types'
import { laterEvents } from '../content/after-2016'
import { drivers, eras, thesis } from '../content/argument'
import { article } from '../content/article'
import { rivalries, winnerLabel } from '../content/companies'
import { factChecks, verdictLabels, VERDICTS } from '../content/fact-checks'
import { streamingPlatforms } from '../content/live-streaming'
import { marketShares } from '../content/market-share'
import { byAnnouncement, mergers } from '../content/mergers'
import { originalProducts } from '../content/original-products'
import { partById } from '../content/parts'
import { slideById } from '../content/slides'
import { techCases } from '../content/tech-cases'
import { terms } from '../content/terms'

/** The entry of `list` with this id; throws at load time if the content was renamed, so tests catch it. */
function byId<T extends { readonly id: string }>(list: readonly T[], id: string): T {
  const found = list.find(item => item.id === id)
  if (!found)
    throw new Error(`quiz bank refers to unknown content id "${id}"`)
  return found
}

const END_OF_SENTENCE = /[.!?"]$/

/** An explanation that ends by naming the slide where the answer is taught. */
function explain(slide: SlideId, text: string): string {
  const sentence = END_OF_SENTENCE.test(text) ? text : `${text}.`
  return `${sentence} Taught on the slide "${slideById(slide).title}".`
}

function right(id: string, text: string, feedback?: string): ChoiceOption {
  return feedback ? { id, text, correct: true, feedback } : { id, text, correct: true }
}

function wrong(id: string, text: string, feedback?: string): ChoiceOption {
  return feedback ? { id, text, correct: false, feedback } : { id, text, correct: false }
}

function driver(part: Driver['part']): Driver {
  const found = drivers.find(d => d.part === part)
  if (!found)
    throw new Error(`quiz bank refers to unknown driver "${part}"`)
  return found
}

function year(date: string): string {
  return date.slice(0, 4)
}

const youkuTudou = byId(mergers, 'youku-tudou')
const cloud2016 = byId(marketShares, 'cloud-2016')
const cloud2018 = byId(marketShares, 'cloud-2018')
const switches = byId(marketShares, 'switches-2017')
const huaweiCheck = byId(factChecks, 'huawei-cisco')
const seventeenCheck = byId(factChecks, 'seventeen-platforms')
const mitCheck = byId(factChecks, 'mit-last-year')
const alibabaFine = byId(laterEvents, 'alibaba-fine')
const noDividend = byId(laterEvents, 'no-demographic-dividend')
const demographicDividend = byId(terms, 'demographic-dividend')
const liveStreamingTerm = byId(terms, 'live-streaming')
const preparedForDanger = byId(terms, 'prepared-for-danger')

function bar(seriesBars: readonly { readonly label: string, readonly percent: number }[], label: string): number {
  const found = seriesBars.find(b => b.label === label)
  if (!found)
    throw new Error(`quiz bank refers to unknown bar "${label}"`)
  return found.percent
}

const mergerOrder = ['didi-uber-china', 'youku-tudou', 'ctrip-qunar', 'didi-kuaidi'].map(id => byId(mergers, id))
const lostPairs = mergers.filter(m => m.relation === 'probable')
const namedPairs = mergers.filter(m => m.relation === 'named')
const tencentPlatforms = streamingPlatforms.filter(p => p.tencent)
const verdictExamples = VERDICTS.flatMap((verdict) => {
  const check = factChecks.find(c => c.verdict === verdict)
  return check ? [{ check, verdict }] : []
})

/** The shipped question bank: every part of the lesson, every kind of question, built from `content/`. */
export const bank: Bank = [
  // Introduction
  {
    kind: 'single',
    id: 'intro-genre',
    part: 'intro',
    slide: 'about-the-text',
    prompt: `What kind of text is "${article.title}" (${article.edition}, ${article.year})?`,
    options: [
      right('opinion', `An ${article.genre}`, 'Yes: it argues a view and gives few sources, so we check its facts.'),
      wrong('news', 'A news report', 'A news report tells what happened; this text argues a thesis.'),
      wrong('study', 'An academic study', 'It has no method, data or references.'),
      wrong('press-release', 'A company press release', 'It was written by a columnist, not by one of the companies.'),
    ],
    explanation: explain('about-the-text', `It is an ${article.genre} by ${article.author}, translated by ${article.translator}: it argues a thesis rather than reporting.`),
    points: 1,
  },
  {
    kind: 'true-false',
    id: 'intro-thesis',
    part: 'intro',
    slide: 'thesis',
    prompt: 'The article concludes that the gap between Chinese tech companies and their Silicon Valley counterparts is narrowing.',
    answer: true,
    feedback: { false: 'Look at the last line of the article: that is exactly its verdict.' },
    explanation: explain('thesis', `That is the thesis: "${thesis.claim}"`),
    points: 1,
  },
  {
    kind: 'short',
    id: 'intro-year',
    part: 'intro',
    slide: 'about-the-text',
    prompt: 'In which year was the article published? (Type the year.)',
    accepted: [String(article.year)],
    feedback: { incorrect: `It was published in ${article.year}, probably in the autumn.` },
    explanation: explain('about-the-text', `${article.written.estimate}: it mentions Didi buying Uber China (Aug 2016) and Twitter looking for buyers.`),
    points: 1,
  },

  // Part 1
  {
    kind: 'matching',
    id: 'p1-us-china-rivals',
    part: 'part-1',
    slide: 'internet-era',
    prompt: 'Match each US company with the Chinese company the article says beat it in China.',
    pairs: rivalries.map((r): MatchingPair => ({ id: r.id, left: r.usCompany, right: winnerLabel(r) })),
    explanation: explain('internet-era', `The article pairs ${rivalries.map(r => `${r.usCompany} with ${r.chineseWinner}`).join(', ')}.`),
    points: 2,
  },
  {
    kind: 'single',
    id: 'p1-why-local-winners',
    part: 'part-1',
    slide: 'internet-era',
    prompt: 'Why, according to the article, did Baidu, Alibaba, Tencent and Qihoo 360 win at home in the internet era?',
    options: [
      right('market', 'They understood the Chinese market better.'),
      wrong('ban', 'The government banned their US rivals.', 'Not the article\'s reason, although Google\'s exit in 2010 did involve censorship and hacking.'),
      wrong('hardware', 'They had better hardware.', 'In the article the US still led hardware and software.'),
      wrong('older', 'They were older and bigger companies.'),
    ],
    explanation: explain('internet-era', 'The article credits their "better understanding of the Chinese market".'),
    points: 1,
  },
  {
    kind: 'multiple',
    id: 'p1-original-products',
    part: 'part-1',
    slide: 'copy-to-original',
    prompt: 'Which of these does the article give as original Chinese products of the mobile era? Choose every one.',
    options: [
      ...originalProducts.slice(0, 3).map(p => right(p.id, p.name)),
      wrong('taobao', 'Taobao', 'In the article Taobao is a local winner of the copying stage, against eBay.'),
      wrong('baidu-search', 'Baidu search', 'The article treats Baidu as a winner of the copying stage, against Google.'),
    ],
    explanation: explain('copy-to-original', `The article lists ${originalProducts.map(p => p.name).join(', ')} as products with no US counterpart.`),
    points: 2,
  },
  {
    kind: 'multiple',
    id: 'p1-national-conditions',
    part: 'part-1',
    slide: 'why-upgrade',
    prompt: 'Which of China\'s conditions does the article say gave its companies the chance to rise? Choose every one.',
    options: [
      ...driver('part-1').reasons.map((reason, i) => right(`reason-${i + 1}`, reason)),
      wrong('strict-law', 'strict anti-monopoly law', 'Part 2 says the opposite: the law is weaker than in the US.'),
      wrong('us-capital', 'easy access to US venture capital', 'The article does not mention it.'),
    ],
    explanation: explain('why-upgrade', 'Backward traditional business, poor infrastructure and a huge demographic dividend left room to upgrade.'),
    points: 2,
  },
  {
    kind: 'true-false',
    id: 'p1-pc-era-original',
    part: 'part-1',
    slide: 'pc-era',
    prompt: 'According to the article, Chinese companies were already creating original products in the PC era.',
    answer: false,
    feedback: { true: 'In the PC era, the article says, US companies held the core hardware and software and China lagged far behind.' },
    explanation: explain('pc-era', 'Original products came only in the mobile internet era; in the PC era China "lagged far behind".'),
    points: 1,
  },
  {
    kind: 'ordering',
    id: 'p1-eras',
    part: 'part-1',
    slide: 'copy-to-original',
    prompt: 'Put the stages of Part 1\'s story in time order, earliest first.',
    items: [...eras].reverse().map(e => ({ id: e.id, text: `${e.name}: ${e.summary}` })),
    answer: eras.map(e => e.id),
    explanation: explain('copy-to-original', 'PC era (the US leads), internet era (students copying teachers), mobile internet era (original products).'),
    points: 2,
  },
  {
    kind: 'short',
    id: 'p1-demographic-dividend',
    part: 'part-1',
    slide: 'why-upgrade',
    prompt: `Which English term translates ${demographicDividend.chinese} (${demographicDividend.pinyin})?`,
    accepted: [demographicDividend.meaning, 'population dividend'],
    explanation: explain('why-upgrade', `${demographicDividend.chinese} is the ${demographicDividend.meaning} (the translation also says "population dividend"): many young workers and customers.`),
    points: 1,
  },

  // Part 2
  {
    kind: 'ordering',
    id: 'p2-merger-order',
    part: 'part-2',
    slide: 'merger-wave',
    prompt: 'Put these mergers in the order they were announced, earliest first.',
    items: mergerOrder.map(m => ({ id: m.id, text: m.label })),
    answer: byAnnouncement(mergerOrder).map(m => m.id),
    explanation: explain('merger-wave', byAnnouncement(mergerOrder).map(m => `${m.label} (${m.dateLabel})`).join(', ')),
    points: 2,
  },
  {
    kind: 'multiple',
    id: 'p2-named-mergers',
    part: 'part-2',
    slide: 'merger-wave',
    prompt: 'Which mergers does the English text of the article actually name? Choose every one.',
    options: [
      ...namedPairs.map(m => right(m.id, m.label)),
      ...lostPairs.slice(0, 1).map(m => wrong(m.id, m.label, 'Probably one of the two pairs lost from the text ("and, and,"), but the text does not name it.')),
      wrong('alibaba-youku-tudou', 'Alibaba – Youku Tudou', 'Alibaba agreed to buy Youku Tudou in Nov 2015, but the article does not mention it.'),
    ],
    explanation: explain('merger-wave', `The text names ${namedPairs.map(m => m.label).join(', ')}; two more pairs were lost in translation.`),
    points: 2,
  },
  {
    kind: 'single',
    id: 'p2-why-extreme',
    part: 'part-2',
    slide: 'why-mergers',
    prompt: 'Why, according to the article, is competition fiercer in China than in the US?',
    options: [
      right('copying', 'Rivals copy every new product, and giants enter every market under a weaker anti-monopoly law.'),
      wrong('money', 'Chinese start-ups have more money than American ones.'),
      wrong('state', 'The government assigns markets to companies.'),
      wrong('users', 'Chinese users switch apps more often.'),
    ],
    explanation: explain('why-mergers', `The article's reasons: ${driver('part-2').reasons.join('; ')}.`),
    points: 1,
  },
  {
    kind: 'single',
    id: 'p2-inke',
    part: 'part-2',
    slide: 'live-streaming',
    prompt: 'After which platform\'s rise, according to the article, did the whole industry rush into live streaming?',
    options: [
      right('inke', 'Inke'),
      wrong('now', 'NOW', 'NOW is Tencent\'s own platform, launched in 2016, after the rush began.'),
      wrong('weibo', 'Sina Weibo', 'Weibo added live streaming later to revive itself.'),
      wrong('twitter', 'Twitter'),
    ],
    explanation: explain('live-streaming', 'Inke (launched about May 2015) rose to popularity and every major player followed.'),
    points: 1,
  },
  {
    kind: 'multiple',
    id: 'p2-tencent-streaming',
    part: 'part-2',
    slide: 'live-streaming',
    prompt: 'Which live-streaming platforms does the article say Tencent developed or invested in? Choose every one.',
    options: [
      ...tencentPlatforms.map(p => right(p.id, p.name)),
      ...streamingPlatforms.filter(p => !p.tencent).map(p => wrong(p.id, p.name, 'Not one of Tencent\'s platforms in the article.')),
    ],
    explanation: explain('live-streaming', `The article names ${tencentPlatforms.map(p => p.name).join(', ')}.`),
    points: 2,
  },
  {
    kind: 'true-false',
    id: 'p2-weibo-doubled',
    part: 'part-2',
    slide: 'momo-weibo',
    prompt: 'The article says Sina Weibo\'s stock price doubled after it started live streaming.',
    answer: true,
    feedback: { true: 'Right, and the sources say it did even better: more than threefold from its Feb 2016 low.' },
    explanation: explain('momo-weibo', 'The article says the stock "even doubled"; in fact it rose more than threefold from its Feb 2016 low.'),
    points: 1,
  },
  {
    kind: 'single',
    id: 'p2-tenacity',
    part: 'part-2',
    slide: 'momo-weibo',
    prompt: 'What does the article conclude from the fierce competition?',
    options: [
      right('tenacious', 'It makes start-ups more tenacious and less likely to give up.'),
      wrong('kills', 'It kills innovation and entrepreneurship.', 'The article says it might look that way "on the surface", then argues the opposite.'),
      wrong('regulate', 'It should be stopped by stricter regulation.'),
    ],
    explanation: explain('momo-weibo', 'Momo and Weibo, written off by pundits, revived through live streaming: the fiercer the competition, the more tenacious the start-ups.'),
    points: 1,
  },
  {
    kind: 'short',
    id: 'p2-zhibo',
    part: 'part-2',
    slide: 'live-streaming',
    prompt: `What does ${liveStreamingTerm.chinese} (${liveStreamingTerm.pinyin}) mean in English?`,
    accepted: [liveStreamingTerm.meaning, 'live video streaming', 'livestream'],
    explanation: explain('live-streaming', `${liveStreamingTerm.chinese} means ${liveStreamingTerm.meaning}.`),
    points: 1,
  },

  // Part 3
  {
    kind: 'short',
    id: 'p3-prepared-for-danger',
    part: 'part-3',
    slide: 'insecurity',
    prompt: 'Type the four-character idiom (in characters or pinyin) for "be prepared for danger in times of peace".',
    accepted: [preparedForDanger.chinese, preparedForDanger.pinyin],
    explanation: explain('insecurity', `${preparedForDanger.chinese} (${preparedForDanger.pinyin}), from the Zuo Zhuan: the mentality the article says drives the focus on technology.`),
    points: 1,
  },
  {
    kind: 'single',
    id: 'p3-insecurity',
    part: 'part-3',
    slide: 'insecurity',
    prompt: 'What makes Chinese tech companies focus on technology, according to Part 3?',
    options: [
      right('insecurity', 'A sense of insecurity: only technology of their own lets them compete with foreign rivals.'),
      wrong('subsidies', 'Government subsidies for research.', 'The article does not mention subsidies.'),
      wrong('investors', 'Pressure from US investors.'),
      wrong('labour', 'The end of cheap labour.'),
    ],
    explanation: explain('insecurity', 'Part 3 names insecurity and the wish to compete with foreign rivals.'),
    points: 1,
  },
  {
    kind: 'multiple',
    id: 'p3-baidu-claims',
    part: 'part-3',
    slide: 'baidu',
    prompt: 'Which technologies does the article credit Baidu with? Choose every one.',
    options: [
      right('speech', 'speech recognition'),
      right('image', 'image recognition'),
      right('language', 'natural language understanding'),
      right('self-driving', 'self-driving car tests'),
      wrong('smartphones', 'smartphones', 'That is Huawei in the article.'),
      wrong('cloud', 'cloud computing against AWS', 'That is Alibaba in the article.'),
    ],
    explanation: explain('baidu', 'Speech, image and language technology, and self-driving tests in Asia and the US.'),
    points: 2,
  },
  {
    kind: 'matching',
    id: 'p3-company-fields',
    part: 'part-3',
    slide: 'cloud',
    prompt: 'Match each company with what Part 3 credits it with.',
    pairs: ['baidu', 'huawei', 'alibaba-cloud'].map((id): MatchingPair => {
      const c = byId(techCases, id)
      return { id: c.id, left: c.company, right: c.focus }
    }),
    explanation: explain('cloud', 'Baidu: speech and self-driving; Huawei: network equipment and smartphones; Alibaba: its cloud against AWS.'),
    points: 2,
  },
  {
    kind: 'single',
    id: 'p3-cloud-2016',
    part: 'part-3',
    slide: 'cloud',
    prompt: `In 2016 AWS had about ${bar(cloud2016.bars, 'AWS')}% of the cloud infrastructure market (${cloud2016.source}). About what share did Alibaba have?`,
    options: [
      right('three', `${bar(cloud2016.bars, 'Alibaba')}%`),
      wrong('seven', `${bar(cloud2018.bars, 'Alibaba')}%`, `That was Alibaba's share in 2018 (${cloud2018.source}).`),
      wrong('twenty', '20%'),
      wrong('forty', '40%', 'That would have made it a rival of AWS\'s size; it was far smaller.'),
    ],
    explanation: explain('cloud', `${cloud2016.source}, ${cloud2016.period}: AWS about ${bar(cloud2016.bars, 'AWS')}%, Alibaba ${bar(cloud2016.bars, 'Alibaba')}%. ${cloud2016.takeaway}`),
    points: 1,
  },
  {
    kind: 'true-false',
    id: 'p3-alibaba-third',
    part: 'part-3',
    slide: 'cloud',
    prompt: 'By 2018, Alibaba was the third-largest cloud infrastructure provider in Gartner\'s ranking.',
    answer: true,
    explanation: explain('cloud', `${cloud2018.source} ${cloud2018.period}: AWS ${bar(cloud2018.bars, 'AWS')}%, Alibaba third with ${bar(cloud2018.bars, 'Alibaba')}%.`),
    points: 1,
  },

  // Conclusion
  {
    kind: 'ordering',
    id: 'conclusion-drivers',
    part: 'conclusion',
    slide: 'conclusion',
    prompt: 'Put the article\'s three drivers in the order the article presents them.',
    items: [...drivers].sort((a, b) => a.short.localeCompare(b.short)).map(d => ({ id: d.part, text: partById(d.part).title })),
    answer: drivers.map(d => d.part),
    explanation: explain('conclusion', drivers.map(d => `${partById(d.part).label}: ${partById(d.part).title}`).join('; ')),
    points: 1,
  },
  {
    kind: 'single',
    id: 'conclusion-path',
    part: 'conclusion',
    slide: 'conclusion',
    prompt: 'Where, according to the conclusion, will the eagerness to survive lead Chinese tech companies?',
    options: [
      right('technology', 'Back to a technology-driven business path.'),
      wrong('abroad', 'Out of China into Silicon Valley.'),
      wrong('mergers', 'Into one giant company per market.'),
    ],
    explanation: explain('conclusion', 'The article ends: the eagerness to survive will bring them back to the technology-driven path, and the gap is narrowing.'),
    points: 1,
  },

  // Reading it critically
  {
    kind: 'single',
    id: 'cr-huawei-cisco',
    part: 'critical-reading',
    slide: 'huawei-cisco',
    prompt: 'The article says Huawei passed Cisco as the number one seller of switches. What do the sources say?',
    options: [
      right('cisco-led', `Cisco led switches (about ${bar(switches.bars, 'Cisco')}% vs ${bar(switches.bars, 'Huawei')}%, ${switches.source}, ${switches.period}); Huawei's first place was in telecom equipment.`),
      wrong('true', 'It is true: Huawei led switches from 2012.', 'In 2012 Huawei passed Ericsson in telecom equipment, not Cisco in switches.'),
      wrong('tied', 'They were level in switches.'),
      wrong('left', 'Cisco had left the switch market.'),
    ],
    explanation: explain('huawei-cisco', `Verdict: ${verdictLabels[huaweiCheck.verdict]}. ${huaweiCheck.finding}`),
    points: 1,
  },
  {
    kind: 'single',
    id: 'cr-youku-tudou-year',
    part: 'critical-reading',
    slide: 'fact-checks',
    prompt: 'The article puts Youku and Tudou in the merger wave of "the past two years". In which year was their merger announced?',
    options: [
      right('announced', year(youkuTudou.announced)),
      wrong('y2014', '2014'),
      wrong('y2015', '2015', 'Alibaba agreed to buy Youku Tudou in 2015; the merger itself was earlier.'),
      wrong('y2016', '2016'),
    ],
    explanation: explain('fact-checks', `Youku and Tudou announced their merger on ${youkuTudou.dateLabel}, four years before the article.`),
    points: 1,
  },
  {
    kind: 'true-false',
    id: 'cr-seventeen',
    part: 'critical-reading',
    slide: 'live-streaming',
    prompt: '"Only 17 live video streaming platforms" most likely refers to a count of platforms.',
    answer: false,
    feedback: { true: 'Probably not: "17" was the name of a popular app in 2015.' },
    explanation: explain('live-streaming', `Verdict: ${verdictLabels[seventeenCheck.verdict]}. ${seventeenCheck.finding}`),
    points: 1,
  },
  {
    kind: 'short',
    id: 'cr-mit-year',
    part: 'critical-reading',
    slide: 'baidu',
    prompt: 'The article says Baidu\'s speech recognition made MIT Technology Review\'s list "last year". Which year\'s list was it? (Type the year.)',
    accepted: ['2016'],
    feedback: { incorrect: 'It was the 2016 list, published in Feb 2016: the year the article was written.' },
    explanation: explain('baidu', `${mitCheck.finding}`),
    points: 1,
  },
  {
    kind: 'matching',
    id: 'cr-verdicts',
    part: 'critical-reading',
    slide: 'fact-checks',
    prompt: 'Match each claim of the article with the verdict of the fact check.',
    pairs: verdictExamples.map(({ check, verdict }): MatchingPair => ({ id: check.id, left: check.topic, right: verdictLabels[verdict] })),
    explanation: explain('fact-checks', verdictExamples.map(({ check, verdict }) => `${check.topic} — ${verdictLabels[verdict]}`).join('; ')),
    points: 2,
  },
  {
    kind: 'multiple',
    id: 'cr-lost-pairs',
    part: 'critical-reading',
    slide: 'merger-wave',
    prompt: 'The text reads "Youku and Tudou, and, and, Ctrip and Qunar": two pairs were lost. Which two were they most probably?',
    options: [
      ...lostPairs.map(m => right(m.id, m.label)),
      wrong('didi-kuaidi', byId(mergers, 'didi-kuaidi').label, 'Also part of the 2015 wave, but the usual reconstruction points to the other two.'),
      wrong('baidu-google', 'Baidu – Google', 'Never happened: Google left China in 2010.'),
    ],
    explanation: explain('merger-wave', `Probably ${lostPairs.map(m => `${m.label} (${m.dateLabel})`).join(' and ')}: the 2015 wave as Caixin Weekly listed it.`),
    points: 2,
  },
  {
    kind: 'single',
    id: 'cr-anti-monopoly-test',
    part: 'critical-reading',
    slide: 'what-happened-next',
    prompt: 'Which later event most directly tests Part 2\'s claim that China\'s anti-monopoly law is weak?',
    options: [
      right(alibabaFine.id, `${alibabaFine.dateLabel}: ${alibabaFine.text}`),
      ...['huawei-entity-list', 'ernie-bot', 'twitter-sold'].map((id) => {
        const event = byId(laterEvents, id)
        return wrong(event.id, `${event.dateLabel}: ${event.text}`, `This tests ${partById(event.tests).label}: ${event.bearing}`)
      }),
    ],
    explanation: explain('what-happened-next', `${alibabaFine.dateLabel}: ${alibabaFine.text} ${alibabaFine.bearing}`),
    points: 1,
  },
  {
    kind: 'true-false',
    id: 'cr-dividend-gone',
    part: 'critical-reading',
    slide: 'what-happened-next',
    prompt: 'By the end of 2017, Robin Li himself said China\'s internet no longer had a demographic dividend, one of Part 1\'s reasons.',
    answer: true,
    explanation: explain('what-happened-next', `${noDividend.dateLabel}: ${noDividend.text}`),
    points: 1,
  },
]
