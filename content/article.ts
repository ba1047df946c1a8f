import { citationById } from './citations'

/** Where the text comes from and how to describe it on the "About the text" slide. */
export interface ArticleMeta {
  /** The English headline as published. */
  readonly title: string
  /** The publisher's name. */
  readonly publisher: string
  /** The English edition that ran the translation. */
  readonly edition: string
  /** The author's handle, as credited in the article. */
  readonly author: string
  /** The translator, as credited in the article. */
  readonly translator: string
  /** The translator's role, as credited. */
  readonly translatorRole: string
  /** The year to show on slides (the exact day is not known). */
  readonly year: number
  /** The best estimate of when it was written, with the reason. */
  readonly written: { readonly estimate: string, readonly evidence: readonly string[] }
  /** The original page, as students open it. */
  readonly url: string
  /** About how long the text is, and how long it takes to read. */
  readonly length: { readonly words: number, readonly readingMinutes: number }
  /** What kind of text it is. */
  readonly genre: string
  /** How the translation spells names that students will look up. */
  readonly spellings: readonly { readonly inText: string, readonly usual: string, readonly chinese?: string }[]
}

/** The article the lesson teaches: "Are Chinese Tech Companies To Surpass Their Silicon Valley Counterparts?" */
export const article = {
  title: 'Are Chinese Tech Companies To Surpass Their Silicon Valley Counterparts?',
  publisher: 'TMTpost',
  edition: 'TMTpost English',
  author: '@Chengzhe',
  translator: 'Levin Feng',
  translatorRole: 'Senior Translator at PAGE TO PAGE',
  year: 2016,
  written: {
    estimate: 'Probably autumn 2016 (September to December)',
    evidence: [
      'It mentions Didi buying Uber China (1 Aug 2016).',
      'It says Twitter was "still looking for buyers" (sale talks from late Sep to mid Oct 2016).',
      'It says Weibo\'s stock doubled (it had more than doubled by Aug 2016).',
      'TMTpost\'s page numbers place it before late Dec 2016.',
    ],
  },
  url: citationById('tmtpost').url,
  length: { words: 1000, readingMinutes: 10 },
  genre: 'opinion piece',
  spellings: [
    { inText: 'Robin Lee', usual: 'Robin Li', chinese: '李彦宏' },
    { inText: 'switchboards', usual: 'switches' },
    { inText: 'DJI-Innovations', usual: 'DJI' },
    { inText: 'IFLYTEK', usual: 'iFlytek' },
  ],
} as const satisfies ArticleMeta
