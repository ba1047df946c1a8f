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
  { step: 'Check the evidence', write: 'One example it gives for a reason, and what another source says about it:', lines: 3 },
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
