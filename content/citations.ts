/**
 * A source students can follow: who published it, its headline, when, and where. Every source a
 * slide, a card or a note names is one of these, taken from the fact sheet's Sources
 * (`citations.md`); a fact no source backs says so instead of naming one.
 */
export interface Citation {
  /** Stable kebab-case id. */
  readonly id: string
  /** The outlet as a slide names it: "Reuters", "MIT Technology Review". */
  readonly outlet: string
  /**
   * The headline or page title, exactly as the fact sheet gives it ("…" where it gives only the
   * start). Absent means no headline is known: the fact sheet gives none, and the lesson does not
   * make one up. Never a description of the page: that is `about`.
   */
  readonly title?: string
  /**
   * True when `title` was rebuilt from the address (marked † in the fact sheet), because the
   * headline itself was not seen: the words are the address's, the wording may differ.
   */
  readonly titleRebuilt?: true
  /** What the page is, in the lesson's words, where its title does not say it or none is known. Not a headline. */
  readonly about?: string
  /** The date as the source gives it: "12 Mar 2012", "Feb 2016", or "no date shown". */
  readonly date: string
  /** The address. */
  readonly url: string
}

/** The sources the lesson uses, grouped by topic in the order the lesson meets them. */
export const citations = [
  // The article
  { id: 'tmtpost', outlet: 'TMTpost English', title: 'Are Chinese Tech Companies To Surpass Their Silicon Valley Counterparts?', date: 'no date shown', url: 'http://www.tmtpost.com/2495833.html' },
  // Part 1: who won in China
  { id: 'google-blog-2010-01', outlet: 'Google Official Blog', title: 'A new approach to China', date: '12 Jan 2010', url: 'http://googleblog.blogspot.com/2010/01/new-approach-to-china.html' },
  { id: 'google-blog-2010-03', outlet: 'Google Official Blog (copy on a blog)', title: 'A new approach to China: an update', date: '22 Mar 2010', url: 'https://politicspwn3d.wordpress.com/2010/03/22/' },
  { id: 'fierce-google-2010-03', outlet: 'FierceWireless', title: 'Google lifts China censorship', date: 'no date shown', url: 'https://www.fiercewireless.com/europe/google-lifts-china-censorship' },
  { id: 'china-daily-cnnic-2006', outlet: 'China Daily', about: 'a report of CNNIC\'s 2005 survey of online auctions', date: '10 May 2006', url: 'http://www.chinadaily.com.cn/bizchina/2006-05/10/content_586012.htm' },
  { id: 'china-daily-ebay-tom-2006', outlet: 'Reuters via China Daily', title: 'EBay partners with Tom in China shift', date: '20 Dec 2006', url: 'http://www.chinadaily.com.cn/china/2006-12/20/content_763989.htm' },
  { id: 'china-daily-msn-2014', outlet: 'China Daily / Ecns', title: 'Microsoft to close MSN service in China by Oct 31', date: '29 Aug 2014', url: 'http://covid-19.chinadaily.com.cn/usa/china/2014-08/29/content_18522267.htm' },
  { id: 'age1983-qihoo-2008', outlet: 'Age1983 (en83.com), on diglog', title: '360 sparks a major collision between free and paid antivirus software', date: '3 Aug 2008', url: 'https://www.diglog.com/story/technology_internet_81377.html' },
  { id: 'technode-wechat-2013', outlet: 'TechNode', title: 'Tencent Weixin reaches 300 million users', titleRebuilt: true, date: '16 Jan 2013', url: 'https://technode.com/2013/01/16/tencent-weixin-reaches-300-million-users/' },
  { id: 'alltechasia-xiaomi-2016', outlet: 'AllTechAsia', title: 'Lei Jun: happy sixth birthday, Xiaomi', titleRebuilt: true, date: '8 Apr 2016', url: 'https://alltechasia.com/2016/04/08/lei-jun-happy-sixth-birthday-xiaomi/' },
  { id: 'scmp-wifi-master-key-2019', outlet: 'SCMP / Abacus', title: 'App that lets you use other people\'s Wi-Fi is blasted by Chinese state media', date: '2019', url: 'https://www.scmp.com/abacus/tech/article/3028413/app-lets-you-use-other-peoples-wi-fi-blasted-chinese-state-media' },
  { id: 'usito-internet-plus-2015', outlet: 'USITO', title: 'China Pursues \'Internet Plus\' Strategy', date: 'Mar 2015', url: 'http://www.usito.org/news/china-pursues-internet-plus-strategy' },
  // Part 2: the merger wave, live streaming, Weibo and Twitter
  { id: 'sec-youku-2012', outlet: 'Youku Inc., SEC filing', title: 'Subsequent events', about: 'a note to Youku\'s 20-F financial statements: the Tudou merger agreement', date: '2012', url: 'https://www.sec.gov/Archives/edgar/data/1442596/000110465912024572/R28.htm' },
  { id: 'prnewswire-alibaba-youku-2015', outlet: 'PRNewswire (copy on ADVFN)', title: 'Alibaba Group and Youku Tudou Enter into Definitive Merger Agreement', date: '6 Nov 2015', url: 'https://fr.advfn.com/bourses/NYSE/YOKU/actualites/69196937/alibaba-group-and-youku-tudou-enter-into-definitiv' },
  { id: 'reuters-didi-kuaidi-2015', outlet: 'Reuters', about: 'a report that Didi Dache and Kuaidi Dache would merge', date: '14 Feb 2015', url: 'http://cn.reuters.com/article/china-taxi-merger-idCNL4N0VO01T20150214' },
  { id: 'reuters-58-ganji-2015', outlet: 'Reuters', title: 'Chinese classified ad site 58.com to buy 43 percent of rival Ganji', date: '17 Apr 2015', url: 'http://in.reuters.com/article/58com-inc-ganji-idINL4N0XE2U020150417' },
  { id: 'reuters-meituan-dianping-2015', outlet: 'Reuters', title: 'China\'s Meituan, Dianping merging to form dominant O2O player', date: '8 Oct 2015', url: 'http://in.reuters.com/article/china-meituan-idINL3N1282GS20151008' },
  { id: 'alltechasia-ctrip-qunar-2015', outlet: 'AllTechAsia', title: 'China\'s travel service giant Ctrip purchased 45% of Qunar\'s shares from Baidu', date: '26 Oct 2015', url: 'https://alltechasia.com/2015/10/26/chinas-travel-service-giant-ctrip-purchased-45-of-qunars-shares-from-baidu/?amp=1' },
  { id: 'xinhua-didi-uber-2016', outlet: 'Xinhua (China.org.cn)', title: 'Uber merges Chinese branch with local counterpart Didi Chuxing', date: '1 Aug 2016', url: 'http://en.chinagate.cn/2016-08/01/content_39001623.htm' },
  { id: 'reuters-didi-uber-probe-2016', outlet: 'Reuters', title: 'China says probing Didi, Uber merger on anti-trust concern', date: '2 Sep 2016', url: 'http://www.reuters.com/article/uber-china-ma-didi-idUSB9N1A9030' },
  { id: 'global-times-mergers-2015', outlet: 'Global Times', title: 'Internet firms seek to fend off competition with slew of M&A deals in 2015', date: '21 Dec 2015', url: 'https://www.globaltimes.cn/content/959729.shtml' },
  { id: 'hogan-lovells-aml', outlet: 'Hogan Lovells', title: 'China\'s Anti-Monopoly Law', date: 'no date shown', url: 'https://www.hoganlovells.com/en/publications/chinas-antimonopoly-law' },
  { id: 'newschina-17-2015', outlet: 'NewsChina Magazine', title: 'Virtual friends, real loneliness', titleRebuilt: true, date: '2015', url: 'http://old.newschinamag.com/magazine/virtual-friends-real-loneliness' },
  { id: 'alltechasia-17-2016', outlet: 'AllTechAsia', title: 'Live streaming China app 17 back with big plans', titleRebuilt: true, date: '6 May 2016', url: 'https://alltechasia.com/2016/05/06/live-streaming-china-app-17-back-with-big-plans/?noamp=mobile' },
  { id: 'ecns-inke-2016', outlet: 'China Daily via Ecns', about: 'a report on live-streaming apps, Inke among them', date: '28 Jul 2016', url: 'http://ecns.cn/business/2016/07-28/220112.shtml' },
  { id: 'scmp-now-2023', outlet: 'SCMP', title: 'Tencent to close live-streaming service Now in latest consolidation move…', date: 'Dec 2023', url: 'https://scmp.com/tech/big-tech/article/3243931/tencent-close-live-streaming-service-now-latest-consolidation-move-amid-economic-headwinds' },
  { id: 'szdaily-weibo-2016', outlet: 'Shenzhen Daily (Bloomberg)', about: 'Bloomberg\'s story, which China Daily ran as "Bulls and bears collide as Weibo growth continues"', date: '16 Aug 2016', url: 'http://www.szdaily.com/content/2016-08/16/content_13728718.htm' },
  { id: 'cnbc-twitter-bids-2016', outlet: 'CNBC (Recode)', title: 'Disney isn\'t going to bid for Twitter, either', date: '5 Oct 2016', url: 'https://www.cnbc.com/2016/10/05/disney-isnt-going-to-bid-for-twitter-either.html' },
  { id: 'usatoday-twitter-2016', outlet: 'USA Today', title: 'Why Twitter didn\'t get the love from Disney, Salesforce', date: '18 Oct 2016', url: 'https://www.usatoday.com/story/tech/news/2016/10/18/disney-twitter/92354746/' },
  // Part 3: technology
  { id: 'mit-tr-editor-2016', outlet: 'MIT Technology Review', title: 'From the Editor: Inside this year\'s 10 Breakthrough Technologies', date: '23 Feb 2016', url: 'https://www.technologyreview.com/2016/02/23/161927/from-the-editor/' },
  { id: 'mit-tr-nano-2015', outlet: 'MIT Technology Review', title: 'Nano-Architecture', about: 'an entry of the 10 Breakthrough Technologies 2015', date: '18 Feb 2015', url: 'https://www.technologyreview.com/technology/nano-architecture/' },
  { id: 'nikkei-baidu-permit-2021', outlet: 'Nikkei Asia', title: 'Baidu wins green light to test fully driverless cars in California', titleRebuilt: true, date: '28 Jan 2021', url: 'https://asia.nikkei.com/Business/Technology/Baidu-wins-green-light-to-test-fully-driverless-cars-in-California' },
  { id: 'its-california-2021', outlet: 'ITS International (mirror)', title: 'California authorises Baidu to test AVs', date: '2 Feb 2021', url: 'https://d10dev.itsinternational.com/its4/its6/its7/its8/news/california-authorises-baidu-test-avs?page=6' },
  { id: 'fiercetelecom-idc-switches', outlet: 'FierceTelecom', title: 'Cisco, Huawei maintain Ethernet market share, while Juniper slips', about: 'IDC\'s figures for Q3 2017', date: 'no date shown', url: 'https://www.fiercetelecom.com/telecom/cisco-huawei-maintain-ethernet-market-share-while-juniper-slips' },
  { id: 'zdnet-huawei-ericsson-2012', outlet: 'ZDNet', title: 'Huawei surpasses Ericsson as world\'s largest telecom equipment vendor', date: 'Jul 2012', url: 'http://www.zdnet.com/huawei-surpasses-ericsson-as-worlds-largest-telecom-equipment-vendor-7000001527/' },
  { id: 'wantchinatimes-huawei-2014', outlet: 'WantChinaTimes (citing Sina)', about: 'Huawei\'s 2013 sales revenue overtaking Ericsson\'s', date: '3 Apr 2014', url: 'http://www.wantchinatimes.com/news-subclass-cnt.aspx?id=20140403000055&cid=1102&MainCatID=0' },
  { id: 'scmp-alibaba-cloud-2019', outlet: 'SCMP', title: 'Alibaba to step up cloud computing expansion amid growing global demand', date: '2019', url: 'https://scmp.com/tech/big-tech/article/3002741/alibaba-step-cloud-computing-expansion-amid-growing-global-demand' },
  { id: 'register-gartner-2016', outlet: 'The Register', about: 'Gartner\'s IaaS market shares for 2016', date: '27 Sep 2017', url: 'https://www.theregister.co.uk/2017/09/27/iaas_market_share/' },
  { id: 'amtd-gartner-2018', outlet: 'AMTD', title: 'Public cloud market', titleRebuilt: true, about: 'Gartner\'s IaaS market shares for 2018', date: 'no date shown', url: 'https://www.amtdinc.com/portfolio/public-cloud-market' },
  // After the article
  { id: 'pandaily-li-2017', outlet: 'Pandaily', title: 'Robin Li: AI to Drive Growth as China\'s Netizen Boom Hit Plateau', date: 'Dec 2017', url: 'https://pandaily.com/robin-li-ai-drive-growth-chinas-netizen-boom-hit-plateau/' },
  { id: 'davis-polk-huawei-2019', outlet: 'Davis Polk', title: 'US government takes aim at China: Entity List additions and new executive order', titleRebuilt: true, date: 'May 2019', url: 'https://www.davispolk.com/insights/client-update/us-government-takes-aim-china-entity-list-additions-and-new-executive-order' },
  { id: 'cnet-dji-2020', outlet: 'CNET', title: 'US blacklists DJI and dozens of other Chinese companies', date: '18 Dec 2020', url: 'https://www.cnet.com/news/us-blacklists-dji-and-dozens-of-other-chinese-companies/' },
  { id: 'aljazeera-ant-2020', outlet: 'Al Jazeera (Reuters)', title: 'Listing interrupted: Ant Group IPO suspended by Shanghai exchange', date: '3 Nov 2020', url: 'https://www.aljazeera.com/economy/2020/11/3/listing-interrupted-ant-group-ipo-suspended-by-shanghai-exchange' },
  { id: 'peoples-daily-alibaba-fine-2021', outlet: 'Xinhua via People\'s Daily Online', title: 'China\'s top market regulator imposes penalty on Alibaba Group over monopoly conduct', date: '10 Apr 2021', url: 'http://en.people.cn/n3/2021/0410/c90000-9837748.html' },
  { id: 'foxbusiness-didi-ipo-2021', outlet: 'Fox Business', title: 'Didi Global shares spike in opening NYSE trade', date: '30 Jun 2021', url: 'https://www.foxbusiness.com/markets/didi-initial-public-offering-china-uber-technologies-rival' },
  { id: 'digichina-didi-2022', outlet: 'DigiChina (Stanford)', title: 'Translation: Chinese Authorities Announce $1.2B Fine in DiDi Case…', date: '21 Jul 2022', url: 'https://digichina.stanford.edu/work/translation-chinese-authorities-announce-2b-fine-in-didi-case-describe-despicable-data-abuses/' },
  { id: 'scmp-didi-delisting-2022', outlet: 'SCMP', title: 'China ride-hailing giant Didi to start trading on OTC market after NYSE delisting…', date: 'Jun 2022', url: 'https://www.scmp.com/tech/big-tech/article/3181414/china-ride-hailing-giant-didi-start-trading-otc-market-after-nyse' },
  { id: 'shine-aml-2022', outlet: 'Shine (Shanghai Daily)', title: 'China adopts amendment to anti-monopoly law', date: '24 Jun 2022', url: 'https://www.shine.cn/news/nation/2206247141/' },
  { id: 'national-twitter-2022', outlet: 'The National', title: 'Elon Musk closes $44bn Twitter deal…', titleRebuilt: true, date: '28 Oct 2022', url: 'https://www.thenationalnews.com/business/technology/2022/10/28/elon-musk-closes-44bn-twitter-deal-with-tech-companys-ceo-and-cfo-fired-reports-say/' },
  { id: 'mit-tr-ernie-2023', outlet: 'MIT Technology Review', title: 'Chinese tech giant Baidu just released its answer to ChatGPT', date: '16 Mar 2023', url: 'https://www.technologyreview.com/2023/03/16/1069919/baidu-ernie-bot-chatgpt-launch/' },
  { id: 'justia-tiktok-2024', outlet: 'Justia News', title: 'President Biden Signs Bill Banning TikTok', date: '24 Apr 2024', url: 'https://news.justia.com/president-biden-signs-bill-banning-tiktok/' },
  { id: 'bloomberg-law-tiktok-2025', outlet: 'Bloomberg Law', title: 'Supreme Court Upholds Law That Threatens US TikTok Shutdown', date: '17 Jan 2025', url: 'https://news.bgov.com/us-law-week/supreme-court-upholds-law-that-threatens-us-tiktok-shutdown' },
] as const satisfies readonly Citation[]

/** The id of one of the citations. */
export type CitationId = typeof citations[number]['id']

/** The citation with this id. */
export function citationById(id: CitationId): Citation {
  const found = citations.find(c => c.id === id)
  if (!found)
    throw new Error(`unknown citation: ${id}`)
  return found
}

/** A citation as a slide names it, short: "Reuters, 17 Apr 2015". */
export function citationLabel(citation: Citation): string {
  return citation.date === 'no date shown' ? citation.outlet : `${citation.outlet}, ${citation.date}`
}

/**
 * A citation with its headline, for a caption under a quotation: "Reuters, 17 Apr 2015, “Chinese
 * classified ad site …”". Where no headline is known, the short label alone: a caption says nothing
 * rather than a made-up title.
 */
export function citationCaption(citation: Citation): string {
  const label = citationLabel(citation)
  return citation.title === undefined ? label : `${label}, “${citation.title}”`
}

/**
 * A source's headline as a full reference prints it: “the headline”, said to be rebuilt from the
 * address where it was, or plainly "no headline known", with what the page is where the lesson says.
 */
export function citationHeadline(citation: Citation): string {
  if (citation.title === undefined)
    return citation.about === undefined ? 'no headline known' : `no headline known (${citation.about})`
  return citation.titleRebuilt ? `“${citation.title}” (title from the address)` : `“${citation.title}”`
}

/** What a slide says where a fact has no source to name. */
export const NO_SOURCE_FOUND = 'No source found'

/**
 * A source line for the speaker notes: citations, short and grouped by outlet ("Reuters, 17 Apr 2015,
 * 8 Oct 2015; Global Times, 21 Dec 2015"), or "No source found". With `years`, only the years
 * ("Reuters, 2015"). Slides cite by number instead (`sourceRefs`, content/sources.ts): full lines
 * are too long to read from the back of the room.
 */
export function sourceLine(ids: readonly CitationId[], { years = false } = {}): string {
  if (ids.length === 0)
    return NO_SOURCE_FOUND
  const byOutlet = new Map<string, Set<string>>()
  for (const citation of Array.from(new Set(ids), citationById)) {
    const dates = byOutlet.get(citation.outlet) ?? new Set<string>()
    if (citation.date !== 'no date shown')
      dates.add(years ? citation.date.slice(-4) : citation.date)
    byOutlet.set(citation.outlet, dates)
  }
  return Array.from(byOutlet, ([outlet, dates]) => [outlet, ...dates].join(', ')).join('; ')
}
