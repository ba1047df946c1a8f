import type { Driver } from '../content/argument'
import type { FactCheckId } from '../content/fact-checks'
import type { ShareBar, ShareSeries } from '../content/market-share'
import type { ObjectiveId } from '../content/objectives'
import type { PartId } from '../content/parts'
import type { SlideId } from '../content/slides'
import type { ChoiceOption, MatchingPair, Question, QuestionKind } from './types'
import { laterEvents } from '../content/after-2016'
import { competitionContrast, conclusionChain, drivers, thesis } from '../content/argument'
import { citationById, citationLabel } from '../content/citations'
import { auctionShares2005, localWinnersReason, rivalries } from '../content/companies'
import { factCheckById, huaweiPassedEricsson, verdictLabels, verdictMeanings, VERDICTS } from '../content/fact-checks'
import { streamingPlatforms } from '../content/live-streaming'
import { formatShare, marketShares } from '../content/market-share'
import { alibabaBuysYoukuTudou, byAnnouncement, mergers } from '../content/mergers'
import { originalProducts } from '../content/original-products'
import { slideById } from '../content/slides'
import { techCases } from '../content/tech-cases'
import { termById, terms } from '../content/terms'
import { POINTS_BY_KIND } from './points'

/** The entry of `list` with this id; throws at load time if the content was renamed, so tests catch it. */
function byId<T extends { readonly id: string }>(list: readonly T[], id: string): T {
  const found = list.find(item => item.id === id)
  if (!found)
    throw new Error(`quiz bank refers to unknown content id "${id}"`)
  return found
}

const END_OF_SENTENCE = /[.!?]["”]?$/

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

type Fields<K extends QuestionKind> = Omit<Extract<Question, { kind: K }>, 'kind' | 'id' | 'part' | 'slide' | 'objective' | 'points'>

/**
 * A question of kind `kind`: its points follow the one rule in quiz/points.ts, so no question sets
 * its own.
 */
function q<K extends QuestionKind>(kind: K, id: string, part: PartId, slide: SlideId, objective: ObjectiveId, fields: Fields<K>): Question {
  // `fields` is checked against kind K above; TypeScript cannot follow the spread back to the union.
  return { kind, id, part, slide, objective, points: POINTS_BY_KIND[kind], ...fields } as unknown as Question
}

/** The bar of one company in a market-share series. */
function bar(series: ShareSeries, label: string): ShareBar {
  return byId(series.bars.map(b => ({ ...b, id: b.label })), label)
}

/** A company's share in a market-share series, in percent. */
function share(series: ShareSeries, label: string): number {
  return bar(series, label).percent
}

function driver(part: Driver['part']): Driver {
  const found = drivers.find(d => d.part === part)
  if (!found)
    throw new Error(`quiz bank refers to unknown driver "${part}"`)
  return found
}

/** A reason a student who half-read the slide might choose, and why it is wrong. */
interface WrongReason {
  readonly text: string
  readonly feedback: string
}

/** The verdict and the reason a fact check gives, as the right options of a "verdict and reason" question. */
function verdictAndReason(id: FactCheckId, wrongReasons: readonly [WrongReason, WrongReason]): ChoiceOption[] {
  const check = factCheckById(id)
  const others = VERDICTS.filter(v => v !== check.verdict).slice(0, 2)
  return [
    right('verdict', verdictLabels[check.verdict]),
    ...others.map(v => wrong(`verdict-${v}`, verdictLabels[v], `Not "${verdictLabels[v]}": that would mean ${verdictMeanings[v]}.`)),
    right('reason', check.why),
    wrong('reason-a', wrongReasons[0].text, wrongReasons[0].feedback),
    wrong('reason-b', wrongReasons[1].text, wrongReasons[1].feedback),
  ]
}

/** A short quotation from a source, with its outlet and date, for a question's prompt. */
function quoted(citationId: Parameters<typeof citationById>[0], excerpt: string): string {
  const c = citationById(citationId)
  return `${citationLabel(c)}: "${excerpt}"`
}

const namedPairs = mergers.filter(m => m.relation === 'named')
const lostPairs = mergers.filter(m => m.relation === 'probable')
const mergerOrder = ['didi-uber-china', 'youku-tudou', 'ctrip-qunar', 'didi-kuaidi'].map(id => byId(mergers, id))
const tencentPlatforms = streamingPlatforms.filter(p => p.tencent)
const youkuCheck = factCheckById('youku-tudou-date')
const weiboCause = factCheckById('weibo-cause')
const switches = byId(marketShares, 'switches-2017')
const cloud2016 = byId(marketShares, 'cloud-2016')
const antiMonopolyEvents = laterEvents.filter(e => e.antiMonopoly)
const dividend = byId(terms, 'demographic-dividend')
const zhibo = byId(terms, 'live-streaming')
const [ownTechnology] = driver('part-3').reasons.slice(1)
const [newProduct] = competitionContrast

/**
 * The graded quiz: the self-paced /quiz page, the downloaded results and the Moodle exports. Every
 * part of the lesson; each question names the learning objective it assesses, and its answer is on
 * the slide its `slide` names. Built from `content/`, so a corrected fact changes here too.
 */
export const bank: readonly Question[] = [
  // Introduction
  q('true-false', 'intro-thesis', 'intro', 'thesis', 'explain-reasons', {
    prompt: 'The article concludes that the gap between Chinese tech companies and their Silicon Valley counterparts is narrowing.',
    answer: true,
    feedback: { false: 'Look at the article\'s last line: that is exactly its verdict.' },
    onSlide: ['"is narrowing"'],
    explanation: explain('thesis', `That is the thesis: "${thesis.claim}"`),
  }),

  // Part 1
  q('matching', 'p1-us-china-rivals', 'part-1', 'internet-era', 'give-examples', {
    prompt: 'The article says four US companies "all failed" in China. Match each with the Chinese company it names beside it.',
    pairs: rivalries.map((r): MatchingPair => ({ id: r.id, left: r.usCompany, right: r.chineseWinner })),
    explanation: explain('internet-era', `The article pairs ${rivalries.map(r => `${r.usCompany} with ${r.chineseWinner}`).join(', ')}`),
  }),
  q('numeric', 'p1-taobao-share', 'part-1', 'internet-era', 'give-examples', {
    prompt: `In ${auctionShares2005.survey}'s survey of ${auctionShares2005.year}, what share of China's online auctions did Alibaba's Taobao have? Answer in percent.`,
    answer: auctionShares2005.taobao,
    tolerance: 5,
    unit: '%',
    feedback: { incorrect: 'The table\'s third column gives it as a fraction: about two-thirds.' },
    onSlide: ['2/3 of auctions'],
    explanation: explain('internet-era', `${auctionShares2005.survey}'s ${auctionShares2005.year} survey: Taobao ${auctionShares2005.taobao}% of online auctions, eBay ${auctionShares2005.ebay}%, about two-thirds against under a third`),
  }),
  q('single', 'p1-why-standardised', 'part-1', 'pc-era', 'explain-reasons', {
    prompt: 'What, says the article, set the PC era apart from today?',
    options: [
      right('standardised', 'hardware and software can both be standardized'),
      wrong('details', 'Chinese firms could focus more on details', 'That is today, says the article: the opportunity the PC era did not give.'),
      wrong('local-knowledge', 'Chinese firms understood their market better', 'That is how Chinese firms won in the internet era, says the article, not the PC era.'),
      wrong('little-say', 'American firms had little say in the global industry', 'The opposite: American firms "have a large say in the global tech industry".'),
    ],
    explanation: explain('pc-era', 'The article contrasts the PC era, when "hardware and software can both be standardized", with today, when Chinese firms can "focus more on details"'),
  }),
  q('multiple', 'p1-original-products', 'part-1', 'copy-to-original', 'give-examples', {
    prompt: 'Which does the article give as original Chinese products of the mobile era, with "no counterparts in the US"? Choose every one.',
    options: [
      ...originalProducts.slice(0, 3).map(p => right(p.id, p.name)),
      wrong('baidu-search', 'Baidu search', 'The article names Baidu among the winners of the copying stage, not the original products.'),
      wrong('taobao', 'Taobao', 'Not in the article\'s list.'),
    ],
    explanation: explain('copy-to-original', `The article lists ${originalProducts.map(p => p.name).join(', ')}`),
  }),
  q('open', 'p1-example-in-words', 'part-1', 'copy-to-original', 'give-examples', {
    prompt: 'Give one company or product from the article as an example of one of its three reasons, and say in one or two sentences how it shows that reason.',
    rubric: [
      'names a company or product the article mentions',
      'links it to one of the three reasons: upgrading traditional business, surviving fierce competition, or the focus on technology',
      'says how the example shows that reason',
    ],
    levels: [
      { points: 3, means: 'an example from the article, the reason it fits, and how it shows that reason, in the student\'s own words' },
      { points: 2, means: 'an example and a reason that fit, but not how the one shows the other' },
      { points: 1, means: 'an example from the article with no reason, or with a reason it does not fit' },
      { points: 0, means: 'no company or product from the article' },
    ],
    sample: `${byId(originalProducts, 'takeaway').name} show the first reason, upgrading traditional business: ${byId(originalProducts, 'takeaway').note.replace(/\.$/, '').toLowerCase()}, so an old trade now runs on the mobile internet. The live-streaming rush is another example, of the second reason: every major player built its own platform.`,
    onSlide: [byId(originalProducts, 'takeaway').name],
    explanation: explain('copy-to-original', `Each reason has its examples: takeaway and O2O platforms upgrade traditional services (Part 1); the merger wave and the live-streaming rush show fierce competition (Part 2); Baidu, Huawei and Alibaba Cloud show the focus on technology (Part 3)`),
  }),
  q('multiple', 'p1-national-conditions', 'part-1', 'why-upgrade', 'explain-reasons', {
    prompt: 'Which of China\'s "special national situations" does the article say let its tech companies rise? Choose every one.',
    options: [
      ...driver('part-1').reasons.map((reason, i) => right(`reason-${i + 1}`, reason)),
      wrong('strict-law', 'a strict anti-monopoly law', 'Part 2 says the opposite: the law is not as strict as in the US.'),
      wrong('us-capital', 'easy access to US investors', 'The article does not mention it.'),
    ],
    explanation: explain('why-upgrade', `The article names ${driver('part-1').reasons.join(', ')}`),
  }),
  q('true-false', 'p1-pc-era-original', 'part-1', 'pc-era', 'explain-reasons', {
    prompt: 'According to the article, Chinese companies were already making original products in the PC era.',
    answer: false,
    feedback: { true: 'In the PC era, the article says, US companies held the core technology and China "lagged far behind".' },
    onSlide: ['"lagged far behind"'],
    explanation: explain('pc-era', 'Original products came only in the mobile internet era; in the PC era China "lagged far behind"'),
  }),
  q('short', 'p1-demographic-dividend', 'part-1', 'why-upgrade', 'explain-reasons', {
    prompt: `Which English term, one of Part 1's reasons, translates ${dividend.chinese} (${dividend.pinyin})?`,
    accepted: [dividend.meaning, 'population dividend'],
    explanation: explain('why-upgrade', `${dividend.chinese} is the ${dividend.meaning} (the translation also says "population dividend"): many young workers and customers`),
  }),

  // Part 2
  // The order is the evidence against the article's dating: one of its "past two years" is from 2012.
  q('ordering', 'p2-merger-order', 'part-2', 'merger-wave', 'spot-contradictions', {
    prompt: 'The article calls these mergers of "the past two years". Put them in the order they were announced, earliest first, and see which one does not fit.',
    items: mergerOrder.map(m => ({ id: m.id, text: m.label })),
    answer: byAnnouncement(mergerOrder).map(m => m.id),
    explanation: explain('merger-wave', `${byAnnouncement(mergerOrder).map(m => `${m.label} (${m.dateLabel})`).join(', ')}. ${byId(mergers, 'youku-tudou').label} came years before the others (${youkuCheck.why.charAt(0).toLowerCase()}${youkuCheck.why.slice(1).replace(/\.$/, '')})`),
  }),
  q('multiple', 'p2-named-mergers', 'part-2', 'merger-wave', 'give-examples', {
    prompt: 'Which mergers does the English text of the article actually name? Choose every one.',
    options: [
      ...namedPairs.map(m => right(m.id, m.label)),
      ...lostPairs.slice(0, 1).map(m => wrong(m.id, m.label, 'Probably one of the pairs lost from the text ("and, and,"), but the text does not name it.')),
      wrong('alibaba-youku-tudou', alibabaBuysYoukuTudou.label, `Alibaba agreed to buy Youku Tudou on ${alibabaBuysYoukuTudou.dateLabel}, but the article does not mention it.`),
    ],
    explanation: explain('merger-wave', `The text names ${namedPairs.map(m => m.label).join(', ')}; two more pairs were lost in translation`),
  }),
  q('single', 'p2-new-product', 'part-2', 'why-mergers', 'explain-reasons', {
    prompt: 'In China, says the article, what is there when a new kind of product appears?',
    options: [
      right('similar-firms', newProduct.china),
      wrong('one-backed', 'one firm the government chooses to back', 'The article does not say the government picks firms.'),
      wrong('foreign-buyer', 'a foreign firm ready to buy the start-up', 'The article does not mention foreign buyers.'),
      wrong('waiting-users', 'users who wait for a cheaper copy of it to appear', 'The article talks about firms, not users.'),
    ],
    explanation: explain('why-mergers', `The article: "at least two similar companies providing similar products in almost all areas" (${newProduct.china})`),
  }),
  q('true-false', 'p2-anti-monopoly', 'part-2', 'why-mergers', 'explain-reasons', {
    prompt: 'The article says China\'s Anti-Monopoly Law is not as strict as America\'s.',
    answer: true,
    feedback: { false: 'It does: "Anti-Monopoly Law is not as strict as that in the US", so giants join in.' },
    onSlide: ['Anti-Monopoly Law', 'not as strict'],
    explanation: explain('why-mergers', 'The article: the law is not as strict as in the US, so tech giants develop similar products and compete with their traffic and resources'),
  }),
  q('multiple', 'p2-tencent-streaming', 'part-2', 'live-streaming', 'give-examples', {
    prompt: 'Which live-streaming platforms does the article say Tencent developed or invested in? Choose every one.',
    options: [
      ...tencentPlatforms.map(p => right(p.id, p.name)),
      ...streamingPlatforms.filter(p => !p.tencent).map(p => wrong(p.id, p.name, 'Not one of Tencent\'s platforms in the article.')),
    ],
    explanation: explain('live-streaming', `The article names ${tencentPlatforms.map(p => p.name).join(', ')}`),
  }),
  q('single', 'p2-tenacity', 'part-2', 'momo-weibo', 'explain-reasons', {
    prompt: 'What does the article conclude from the fierce competition, with Momo and Weibo as examples?',
    options: [
      right('tenacious', 'the fiercer the competition, the more tenacious the start-ups'),
      wrong('fewer-products', 'the fiercer the competition, the fewer new products anyone makes', 'The article says it might look that way "on the surface", then argues the opposite.'),
      wrong('lower-prices', 'the fiercer the competition, the lower the prices', 'The article does not discuss prices.'),
      wrong('failed-mergers', 'the fiercer the competition, the more mergers fail', 'The article does not say mergers fail.'),
    ],
    explanation: explain('momo-weibo', 'Pundits "were not optimistic" about Momo and Weibo; with live streaming they "became so popular": the fiercer the competition, the more tenacious the start-ups'),
  }),
  q('short', 'p2-zhibo', 'part-2', 'live-streaming', 'give-examples', {
    prompt: `Part 2's example of fierce competition is one industry that every major player rushed into: ${zhibo.chinese} (${zhibo.pinyin}). Name that industry in English.`,
    accepted: [zhibo.meaning, 'live video streaming', 'livestream', 'live broadcast', 'live broadcasting'],
    explanation: explain('live-streaming', `${zhibo.chinese} means ${zhibo.meaning}`),
  }),

  // Part 3
  q('single', 'p3-insecurity', 'part-3', 'insecurity', 'explain-reasons', {
    prompt: 'What, says Part 3, makes Chinese tech companies put technology first?',
    options: [
      right('insecurity', 'insecurity'),
      wrong('subsidies', 'government subsidies', 'The article does not mention subsidies.'),
      wrong('investors', 'investors', 'The article does not mention investors.'),
      wrong('customers', 'customers', 'The article does not say customers ask for it.'),
    ],
    explanation: explain('insecurity', `A sense of insecurity, to be prepared for danger in times of peace (${termById('prepared-for-danger').chinese})`),
  }),
  q('true-false', 'p3-own-technology', 'part-3', 'insecurity', 'explain-reasons', {
    prompt: 'The article says that only technology of their own lets Chinese firms compete with their foreign counterparts.',
    answer: true,
    feedback: { false: 'It does: "only when they develop some technology of their own can they compete with their foreign counterparts".' },
    onSlide: [ownTechnology ?? ''],
    explanation: explain('insecurity', `The article: ${ownTechnology}`),
  }),
  q('multiple', 'p3-baidu-claims', 'part-3', 'baidu', 'give-examples', {
    prompt: 'Which does the article credit Baidu with? Choose every one.',
    options: [
      right('language', 'language technology'),
      right('mit', 'MIT\'s top-ten list'),
      right('self-driving', 'self-driving cars'),
      wrong('smartphones', 'smartphones', 'That is Huawei in the article.'),
      wrong('cloud', 'cloud computing', 'That is Alibaba in the article.'),
    ],
    explanation: explain('baidu', 'Speech, image and language technology, a place on MIT\'s top-ten list, and tests of self-driving cars'),
  }),
  q('single', 'p3-huawei-passed', 'part-3', 'huawei-cisco', 'explain-reasons', {
    prompt: 'Which company does the article say Huawei "surpassed" as number one seller of network machines?',
    options: [
      right('cisco', 'Cisco'),
      wrong('ericsson', 'Ericsson', `Huawei did pass Ericsson in telecom-equipment revenue ${huaweiPassedEricsson.when}, but the article names Cisco.`),
      wrong('samsung', 'Samsung', 'The article praises Huawei\'s smartphones, but names no phone maker Huawei passed.'),
      wrong('amazon', 'Amazon', 'Amazon\'s AWS is Alibaba\'s rival in the article, in cloud computing.'),
    ],
    explanation: explain('huawei-cisco', 'The article: Huawei "surpassed CISCO" as number one seller of "switchboards" (switches)'),
  }),
  q('single', 'p3-cloud', 'part-3', 'cloud', 'explain-reasons', {
    prompt: 'What does the article say Alibaba\'s cloud (Alicloud) "has been" doing?',
    options: [
      right('competing', 'competing with Amazon\'s AWS'),
      wrong('overtaking', 'overtaking Amazon\'s AWS', 'The article says "competing with"; the charts show how far behind it was.'),
      wrong('partnering', 'working with Amazon\'s AWS', 'The article says "competing with", not working with.'),
      wrong('azure', 'competing with Microsoft\'s Azure', 'The article names Amazon\'s AWS, not Microsoft.'),
    ],
    explanation: explain('cloud', 'The article: Alicloud "has been competing with Amazon\'s AWS"; Gartner\'s figures show it far behind'),
  }),
  q('numeric', 'p3-alibaba-cloud-share', 'part-3', 'cloud', 'give-examples', {
    prompt: `${cloud2016.source}'s figures for ${cloud2016.period}: what was Alibaba's ${cloud2016.measure}? Answer in percent.`,
    answer: share(cloud2016, 'Alibaba'),
    tolerance: 0.5,
    unit: '%',
    feedback: { incorrect: `Read the ${cloud2016.period} chart: Alibaba's bar is the short one.` },
    onSlide: [`Alibaba ${share(cloud2016, 'Alibaba')}%`],
    explanation: explain('cloud', `${cloud2016.source}, ${cloud2016.period}: ${cloud2016.bars.map(b => `${b.label} ${formatShare(b)}`).join(', ')}. ${cloud2016.takeaway}`),
  }),
  q('multiple', 'p3-larger-say', 'part-3', 'other-tech', 'give-examples', {
    prompt: 'Which companies does Part 3 end with, as gaining "a larger say" in the global tech industry? Choose every one.',
    options: [
      ...techCases.filter(c => c.focus === byId(techCases, 'dji').focus).map(c => right(c.id, c.company)),
      wrong('xiaomi', 'Xiaomi', 'Xiaomi is a Part 1 example of an original product.'),
      wrong('qihoo', 'Qihoo 360', 'Qihoo 360 is a Part 1 example of a local winner.'),
    ],
    explanation: explain('other-tech', 'iFlytek and DJI, "known for their cutting-edge technologies"'),
  }),

  // Conclusion
  q('multiple', 'conclusion-need', 'conclusion', 'conclusion', 'explain-reasons', {
    prompt: 'What does the conclusion say Chinese tech companies "need to know" how to do? Choose every one.',
    options: [
      ...conclusionChain.steps.map((step, i) => right(`step-${i + 1}`, step)),
      wrong('buy-rivals', 'buy their foreign rivals', 'The conclusion does not mention buying rivals.'),
      wrong('copy-faster', 'copy American products faster', 'The article says they moved beyond copying.'),
    ],
    explanation: explain('conclusion', `"They need to know" how to ${conclusionChain.steps.join(' and how to ')}; that eagerness ${conclusionChain.back}`),
  }),
  q('true-false', 'conclusion-advice', 'conclusion', 'conclusion', 'explain-reasons', {
    prompt: 'The conclusion only describes what happened; it gives no advice.',
    answer: false,
    feedback: { true: 'It gives advice: "They need to know how to…".' },
    onSlide: [conclusionChain.need],
    explanation: explain('conclusion', 'The conclusion is prescriptive: "They need to know" how to upgrade and how to survive, which brings them back to technology'),
  }),
  q('open', 'conclusion-explain-reason', 'conclusion', 'conclusion', 'explain-reasons', {
    prompt: 'In two or three sentences of your own, explain one of the article\'s three reasons why Chinese tech companies are catching up, with an example from the article.',
    rubric: [
      `names one of the three reasons: ${drivers.map(d => d.short.toLowerCase()).join(', ')}`,
      'explains how that reason helps Chinese firms catch up, in the student\'s own words',
      'backs it with an example from the article that fits the reason',
    ],
    levels: [
      { points: 3, means: 'one of the three reasons, explained in the student\'s own words, with an example from the article that fits it' },
      { points: 2, means: 'a reason explained, but the example is missing or does not fit' },
      { points: 1, means: 'a reason named or an example given, without saying how it helps' },
      { points: 0, means: 'no reason the article gives' },
    ],
    sample: 'Fierce competition: in China, rivals copy a new product at once and rush in, so only firms that keep improving survive, and the survivors become tenacious. The article\'s example is live streaming: after Inke rose, every major player built its own platform, and Momo and Weibo fought back with live streaming of their own.',
    onSlide: [conclusionChain.steps[1]],
    explanation: explain('conclusion', `The three reasons: ${drivers.map(d => d.short.toLowerCase()).join('; ')}. The conclusion chains them: knowing how to upgrade and how to survive brings the firms back to technology`),
  }),

  // Reading it critically
  q('matching', 'cr-verdict-scale', 'critical-reading', 'verdict-scale', 'spot-contradictions', {
    prompt: 'Match each verdict with what it means.',
    pairs: VERDICTS.map((verdict): MatchingPair => ({ id: verdict, left: verdictLabels[verdict], right: verdictMeanings[verdict] })),
    explanation: explain('verdict-scale', VERDICTS.map(v => `${verdictLabels[v]}: ${verdictMeanings[v]}`).join('; ')),
  }),
  q('multiple', 'cr-google-verdict', 'critical-reading', 'fact-checks', 'spot-contradictions', {
    prompt: `The article: Google "failed" in China. ${quoted('google-blog-2010-01', 'this may well mean having to shut down Google.cn')} Choose the verdict and the reason that fit.`,
    options: verdictAndReason('google-failed', [
      { text: 'Google was banned from China in 2010.', feedback: 'No ban: Google itself stopped censoring and sent google.cn to Hong Kong, in Mar 2010.' },
      { text: 'Baidu bought Google\'s Chinese business.', feedback: 'No source says so: Google moved its search to Hong Kong.' },
    ]),
    explanation: explain('fact-checks', `${verdictLabels[factCheckById('google-failed').verdict]}. ${factCheckById('google-failed').finding}`),
  }),
  q('single', 'cr-youku-date', 'critical-reading', 'fact-checks', 'spot-contradictions', {
    prompt: 'The article puts the Youku–Tudou merger in "the past two years". When was it announced?',
    options: [
      right('announced', byId(mergers, 'youku-tudou').dateLabel),
      wrong('alibaba-deal', alibabaBuysYoukuTudou.dateLabel, 'That is when Alibaba agreed to buy Youku Tudou; the merger came earlier.'),
      wrong('didi-kuaidi', '14 Feb 2015', 'That is Didi–Kuaidi.'),
      wrong('didi-uber', '1 Aug 2016', 'That is Didi–Uber China.'),
    ],
    explanation: explain('fact-checks', `${verdictLabels[youkuCheck.verdict]}. ${youkuCheck.finding}`),
  }),
  q('true-false', 'cr-seventeen', 'critical-reading', 'fact-checks', 'spot-contradictions', {
    prompt: '"Only 17 live video streaming platforms" most likely counts platforms.',
    answer: false,
    feedback: { true: 'Probably not: "17" was the name of a popular app in 2015.' },
    onSlide: [factCheckById('seventeen-platforms').why],
    explanation: explain('fact-checks', `${verdictLabels[factCheckById('seventeen-platforms').verdict]}. ${factCheckById('seventeen-platforms').finding}`),
  }),
  q('multiple', 'cr-mit-verdict', 'critical-reading', 'fact-checks-2', 'spot-contradictions', {
    prompt: `The article, written in 2016: Baidu made MIT's top-ten list "last year". ${quoted('mit-tr-editor-2016', 'In \'Conversational Interfaces\' we report how Baidu\'s voice recognition and natural language software provide Chinese mobile-device users with practical speech interfaces')} Choose the verdict and the reason that fit.`,
    options: verdictAndReason('mit-last-year', [
      { text: 'Baidu was never on the list.', feedback: 'The editor quoted names Baidu\'s speech software: it was on the list.' },
      { text: 'That list was about nanotechnology.', feedback: 'Nanotechnology was on the 2015 list; Baidu\'s speech recognition was on the 2016 one.' },
    ]),
    explanation: explain('fact-checks-2', `${verdictLabels[factCheckById('mit-last-year').verdict]}. ${factCheckById('mit-last-year').finding}`),
  }),
  q('single', 'cr-test-evidence', 'critical-reading', 'huawei-cisco', 'spot-contradictions', {
    prompt: 'Which evidence would best test the claim that Huawei passed Cisco in switches?',
    options: [
      right('switch-share', switches.measure),
      wrong('huawei-revenue', 'Huawei\'s total revenue across all products', 'Total revenue mixes switches with phones and telecom equipment.'),
      wrong('phones', 'the number of Huawei smartphones sold', 'Phones are not switches.'),
      wrong('press-release', 'a press release from Huawei about switches', 'A company\'s own claim is not an independent test.'),
    ],
    explanation: explain('huawei-cisco', `${switches.source}'s ${switches.measure} (${switches.period}): ${switches.bars.map(b => `${b.label} ${formatShare(b)}`).join(', ')}`),
  }),
  q('numeric', 'cr-cisco-share', 'critical-reading', 'huawei-cisco', 'spot-contradictions', {
    prompt: `The article says Huawei passed Cisco in switches. In ${switches.source}'s figures for ${switches.period}, what was Cisco's ${switches.measure}? Answer in percent.`,
    answer: share(switches, 'Cisco'),
    tolerance: 3,
    unit: '%',
    feedback: { correct: `Against Huawei's ${share(switches, 'Huawei')}%: the figure contradicts the claim.` },
    onSlide: [`Cisco ${formatShare(bar(switches, 'Cisco'))}`],
    explanation: explain('huawei-cisco', `${switches.source}'s ${switches.measure} (${switches.period}): ${switches.bars.map(b => `${b.label} ${formatShare(b)}`).join(', ')}`),
  }),
  q('single', 'cr-weibo-reason', 'critical-reading', 'your-check', 'spot-contradictions', {
    prompt: 'The source confirms that Weibo\'s stock more than doubled in 2016. Why is "live streaming made it rise" still Unverified?',
    options: [
      right('cause', 'the source gives no cause'),
      wrong('fell', 'the stock fell back again later in 2016', 'The excerpt says nothing about a fall.'),
      wrong('newspaper', 'the source is a Chinese newspaper', 'It carries a Bloomberg report; where a source is from is no reason on its own.'),
      wrong('advertising', 'the source says advertising made it rise', 'The source gives no cause at all; one that gave another cause would make the claim False, not Unverified.'),
    ],
    explanation: explain('your-check', `${verdictLabels[weiboCause.verdict]}. ${weiboCause.finding}`),
  }),
  // Naming the mergers the wave is made of: examples of Part 2's competition, read from a garbled list.
  q('multiple', 'cr-lost-pairs', 'critical-reading', 'merger-wave', 'give-examples', {
    prompt: 'The text reads "Youku and Tudou, and, and, Ctrip and Qunar": two pairs were lost. Which two were they probably? Choose every one.',
    options: [
      ...lostPairs.map(m => right(m.id, m.label)),
      wrong('didi-uber-china', byId(mergers, 'didi-uber-china').label, 'The text names this one, after Ctrip and Qunar.'),
      wrong('alibaba-youku-tudou', alibabaBuysYoukuTudou.label, 'Alibaba\'s purchase of Youku Tudou is not part of the list.'),
    ],
    explanation: explain('merger-wave', `Probably ${lostPairs.map(m => `${m.label} (${m.dateLabel})`).join(' and ')}, the 2015 wave as the Global Times listed it; Didi – Kuaidi (${byId(mergers, 'didi-kuaidi').dateLabel}) may be one of them too`),
  }),
  q('multiple', 'cr-anti-monopoly-test', 'critical-reading', 'what-happened-next-2', 'judge-hindsight', {
    prompt: 'Which later events test Part 2\'s claim that China\'s Anti-Monopoly Law is weak? Choose every one.',
    options: [
      ...antiMonopolyEvents.map(e => right(e.id, e.text)),
      ...['didi-review', 'ant-ipo-halted', 'twitter-sold'].map((id) => {
        const event = byId(laterEvents, id)
        return wrong(event.id, event.text, event.bearing)
      }),
    ],
    explanation: explain('what-happened-next-2', `${antiMonopolyEvents.map(e => `${e.dateLabel}: ${e.text}`).join(' ')} Didi's case came from a cybersecurity review, not the Anti-Monopoly Law`),
  }),
  q('ordering', 'cr-events-order', 'critical-reading', 'what-happened-next', 'judge-hindsight', {
    prompt: 'Put these events after the article in the order they happened, earliest first.',
    items: ['ernie-bot', 'no-demographic-dividend', 'dji-entity-list', 'huawei-entity-list'].map((id) => {
      const event = byId(laterEvents, id)
      return { id: event.id, text: event.text }
    }),
    answer: laterEvents.filter(e => ['ernie-bot', 'no-demographic-dividend', 'dji-entity-list', 'huawei-entity-list'].includes(e.id)).map(e => e.id),
    explanation: explain('what-happened-next', laterEvents.filter(e => ['ernie-bot', 'no-demographic-dividend', 'dji-entity-list', 'huawei-entity-list'].includes(e.id)).map(e => `${e.dateLabel}: ${e.text}`).join(' ')),
  }),
  q('true-false', 'cr-dividend-gone', 'critical-reading', 'what-happened-next', 'judge-hindsight', {
    prompt: 'In Dec 2017, Robin Li himself said China\'s internet no longer had a demographic dividend, one of Part 1\'s reasons.',
    answer: true,
    onSlide: ['"no longer has a demographic dividend"'],
    explanation: explain('what-happened-next', `${byId(laterEvents, 'no-demographic-dividend').dateLabel}: ${byId(laterEvents, 'no-demographic-dividend').text}`),
  }),
  q('single', 'cr-part3-survival', 'critical-reading', 'what-happened-next', 'judge-hindsight', {
    prompt: 'Which later event most clearly made owning core technology a matter of survival for a Chinese firm?',
    options: [
      right('huawei-entity-list', byId(laterEvents, 'huawei-entity-list').text),
      wrong('ernie-bot', byId(laterEvents, 'ernie-bot').text, byId(laterEvents, 'ernie-bot').bearing),
      wrong('alibaba-fine', byId(laterEvents, 'alibaba-fine').text, `That tests Part 2: ${byId(laterEvents, 'alibaba-fine').bearing}`),
      wrong('twitter-sold', 'Twitter is sold to Elon Musk.', byId(laterEvents, 'twitter-sold').bearing),
    ],
    explanation: explain('what-happened-next', `${byId(laterEvents, 'huawei-entity-list').dateLabel}: ${byId(laterEvents, 'huawei-entity-list').text} ${byId(laterEvents, 'huawei-entity-list').bearing}`),
  }),
  q('open', 'cr-verdict-in-words', 'critical-reading', 'fact-checks-2', 'spot-contradictions', {
    prompt: 'Part 3 says Baidu is "the first company allowed to do related testing" of self-driving cars "both in Asia and in the US". Give a verdict on this claim from the lesson\'s scale, and your reason: what do the sources show?',
    rubric: [
      'gives a verdict from the lesson\'s scale',
      'says what the sources show: others held California permits before Baidu got its first',
      'explains why that settles the claim, though no source checks "first in Asia"',
    ],
    levels: [
      { points: 3, means: `the verdict the sources support (${verdictLabels[factCheckById('baidu-first-self-driving').verdict]}), with the evidence and why one half being false settles the claim` },
      { points: 2, means: 'a fitting verdict and the evidence, but not why it settles the whole claim' },
      { points: 1, means: 'a verdict with no evidence, or evidence with a verdict that does not follow from it' },
      { points: 0, means: 'no verdict, or one the student does not back at all' },
    ],
    sample: `${verdictLabels[factCheckById('baidu-first-self-driving').verdict]}. ${factCheckById('baidu-first-self-driving').finding}`,
    onSlide: [factCheckById('baidu-first-self-driving').claim],
    explanation: explain('fact-checks-2', factCheckById('baidu-first-self-driving').finding),
  }),
  q('open', 'cr-part2-held-up', 'critical-reading', 'what-happened-next-2', 'judge-hindsight', {
    prompt: 'How well has Part 2\'s argument about competition and the law held up since 2016? Use one event from "What happened next", and say whether it bears on the anti-monopoly claim.',
    rubric: [
      'names a dated event after 2016 from the lesson',
      'says whether that event tests the anti-monopoly claim, and why',
      'reaches a judgement on Part 2: held up, partly, or not',
    ],
    levels: [
      { points: 3, means: 'a dated event from the lesson, rightly tied to the anti-monopoly claim or set apart from it, and a judgement on Part 2 that follows from it' },
      { points: 2, means: 'a dated event and a judgement, but the link to the anti-monopoly claim is missing or wrong' },
      { points: 1, means: 'an event after 2016, with no judgement on Part 2' },
      { points: 0, means: 'no event after 2016, or one the lesson does not give' },
    ],
    sample: 'Alibaba\'s RMB 18.228B fine in Apr 2021 for "choose one of two" tests the claim directly: the law was enforced against a giant, so the picture of a weak law held only until then. Didi\'s fine came from a cybersecurity review, so it does not bear on that claim.',
    onSlide: ['anti-monopoly test'],
    explanation: explain('what-happened-next-2', 'Only the Alibaba fine and the amended law of 2022 test the anti-monopoly claim; Ant\'s halted IPO and Didi\'s cybersecurity case show regulators reaching giants by other rules'),
  }),
]

/**
 * Practice: the four quick checks on the slides and more questions for the live quiz in class.
 * They are not in the graded quiz, so students never meet a question twice.
 */
export const practiceBank: readonly Question[] = [
  q('single', 'practice-local-winners', 'part-1', 'internet-era', 'explain-reasons', {
    prompt: 'Why, says the article, did Baidu, Alibaba, Tencent and Qihoo 360 win at home?',
    options: [
      right('market', localWinnersReason),
      wrong('protection', 'protection by the Chinese government', 'Not the article\'s reason, though historians cite it: Google, Facebook and others were blocked or restricted in China.'),
      wrong('prices', 'lower prices than their US rivals'),
      wrong('money', 'more money from foreign investors'),
    ],
    explanation: explain('internet-era', 'The article credits "their better understanding of the Chinese market"'),
  }),
  q('single', 'practice-inke', 'part-2', 'live-streaming', 'give-examples', {
    prompt: 'After which platform\'s rise, says the article, did everyone rush into live streaming?',
    options: [
      right('inke', 'Inke'),
      wrong('now', 'NOW', 'NOW is Tencent\'s own platform, launched in 2016, after the rush began.'),
      wrong('weibo', 'Weibo', 'Weibo added live streaming later to revive itself.'),
      wrong('app-17', '"17"', '"17" is probably the app behind the article\'s "only 17 platforms".'),
    ],
    explanation: explain('live-streaming', 'Inke rose to popularity, then every major player followed'),
  }),
  q('single', 'practice-huawei-verdict', 'critical-reading', 'fact-checks-2', 'spot-contradictions', {
    prompt: 'The article: Huawei "surpassed CISCO" in switches. Which verdict fits?',
    // The whole scale, in its order, lettered as the claim checks letter it.
    keepOrder: true,
    options: VERDICTS.map(v => (v === factCheckById('huawei-cisco').verdict ? right(v, verdictLabels[v]) : wrong(v, verdictLabels[v]))),
    explanation: explain('fact-checks-2', `${verdictLabels[factCheckById('huawei-cisco').verdict]}. ${factCheckById('huawei-cisco').finding}`),
  }),
  q('single', 'practice-chain', 'conclusion', 'conclusion', 'explain-reasons', {
    prompt: 'Where, says the conclusion, does the eagerness to survive bring Chinese tech companies?',
    options: [
      right('technology', 'back to the technology-driven business path'),
      wrong('local', 'back to winning by knowing their market', 'That is how they won in the internet era, says Part 1; the conclusion points to technology.'),
      wrong('mergers', 'into one giant company per market'),
      wrong('copying', 'back to copying American products'),
    ],
    explanation: explain('conclusion', `The article: that eagerness "will bring Chinese tech companies back to the technology-driven business path"`),
  }),
  q('true-false', 'practice-weibo-doubled', 'part-2', 'momo-weibo', 'give-examples', {
    prompt: 'The article says Sina Weibo\'s stock "even doubled" after it started live streaming.',
    answer: true,
    onSlide: ['"even doubled"'],
    explanation: explain('momo-weibo', 'The article: after they added live streaming, Sina Weibo\'s stock price "even doubled"'),
  }),
  q('true-false', 'practice-didi-review', 'critical-reading', 'what-happened-next-2', 'judge-hindsight', {
    prompt: 'Didi\'s fine in 2022 came from a cybersecurity review, not from the Anti-Monopoly Law.',
    answer: true,
    onSlide: ['cybersecurity review'],
    explanation: explain('what-happened-next-2', byId(laterEvents, 'didi-review').bearing),
  }),
]

/** A question of either bank by id: the graded quiz's, or a practice question's. */
export function questionById(id: string): Question | undefined {
  return bank.find(question => question.id === id) ?? practiceBank.find(question => question.id === id)
}

/**
 * Every question the classroom server may ask live: the practice questions first (the deck's quick
 * checks), then the graded quiz's. The server takes the single, multiple and true/false ones; a
 * question appears in the class's results only once the teacher opens it.
 */
export const liveBank: readonly Question[] = [...practiceBank, ...bank]
