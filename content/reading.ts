/**
 * How students read the article: the four steps of the "About the text" slide, with what each asks
 * them to write on the handout, and the discussion questions of the wrap-up. The deck and the
 * student handout both read them from here.
 */
export interface ReadingStep {
  /** The step as the slide names it: "Find the claim". */
  readonly step: string
  /** What the handout asks the student to write for it. */
  readonly write: string
  /** Lines of space to write in, on the printed handout. */
  readonly lines: number
}

/** The four steps of a critical reading, in order. */
export const readingSteps = [
  { step: 'Find the claim', write: 'The article\'s main claim, in your own words:', lines: 2 },
  { step: 'List the reasons', write: 'The three reasons it gives, one per line:', lines: 3 },
  { step: 'Check the evidence', write: 'One example it gives for a reason, and what another source says about it:', lines: 2 },
  { step: 'Ask what is missing', write: 'Something the article leaves out, or a question you would ask the author:', lines: 2 },
] as const satisfies readonly ReadingStep[]

/** The wrap-up's discussion questions, in order. */
// "Is a narrowing gap the same as surpassing?" is asked in class, on the thesis slide: on the
// handout it gave away the claim students find before class (step 1).
export const discussionQuestions = [
  'Does fierce competition breed tenacity, or waste?',
  'Which product is truly original: WeChat, Xiaomi or WiFi Master Key?',
  'Which part of the argument held up best after 2016?',
] as const

/** An English term a student meets in the lesson, explained in plain words for the handout. */
export interface EnglishTerm {
  readonly term: string
  readonly meaning: string
}

/**
 * The English glossary of the handout: the terms of the later events and the fact checks that the
 * Chinese key terms do not cover. "Demographic dividend" has two senses, and the lesson uses both.
 */
export const englishGlossary = [
  { term: 'demographic dividend (economists)', meaning: 'growth that comes when a large share of the population is of working age' },
  { term: 'demographic dividend (Robin Li, the article)', meaning: 'growth from a flood of new internet users' },
  { term: 'exclusive dealing', meaning: 'a dominant firm making its partners deal only with it, as in "choose one of two"' },
  { term: 'IaaS (infrastructure as a service)', meaning: 'renting computing power and storage over the internet: the "cloud" market' },
  { term: 'IPO (initial public offering)', meaning: 'a company\'s first sale of shares on a stock exchange' },
  { term: 'delisting', meaning: 'a company\'s shares stop trading on a stock exchange' },
  { term: 'cybersecurity review', meaning: 'a Chinese government check of how a company handles data and networks' },
  { term: 'Entity List', meaning: 'a US government list of foreign firms that US suppliers may not sell to without a licence' },
] as const satisfies readonly EnglishTerm[]

/** How a student can start each part of a verdict, on the handout's claim grid. */
export const verdictStarters = [
  'The article claims that …',
  'According to [source, date], …',
  'So the claim is [verdict], because …',
  'The source does not show …',
] as const

/** The claims the handout's grid asks students to check: "Your turn" and two of the fact checks. */
export const worksheetClaims = ['weibo', 'google-failed', 'huawei-cisco'] as const

/** The handout's extension task, for students who finish early or at home. */
export const extensionTask = 'Find one source from after 2016 about a company in the article. Write one claim of the article it supports or contradicts, and give that claim a verdict from the scale, with your reason.'
