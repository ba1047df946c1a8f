import type { PartId } from './parts'

/**
 * A slide where something is taught. The deck sets `routeAlias: <id>` in the slide's
 * frontmatter, so `/<id>` opens it and quiz explanations can link to it.
 */
export interface SlideAnchor {
  /** Kebab-case id, used as the slide's Slidev `routeAlias`. */
  readonly id: string
  /** The slide's title as shown on the slide. */
  readonly title: string
  /** The part of the lesson the slide belongs to. */
  readonly part: PartId
}

/** The slides that teach something a fact check or a quiz question refers to, in deck order. */
export const slideAnchors = [
  { id: 'objectives', title: 'What you will be able to do', part: 'intro' },
  { id: 'about-the-text', title: 'About the text', part: 'intro' },
  { id: 'thesis', title: 'The question and the thesis', part: 'intro' },
  { id: 'pc-era', title: 'The PC era: America held the core technology', part: 'part-1' },
  { id: 'internet-era', title: 'The internet era: local winners', part: 'part-1' },
  { id: 'copy-to-original', title: 'From copying to original products', part: 'part-1' },
  { id: 'why-upgrade', title: 'Why China could leapfrog', part: 'part-1' },
  { id: 'merger-wave', title: 'The merger wave', part: 'part-2' },
  { id: 'why-mergers', title: 'Why competition is so fierce', part: 'part-2' },
  { id: 'live-streaming', title: 'The live-streaming rush', part: 'part-2' },
  { id: 'momo-weibo', title: 'Momo and Weibo fight back', part: 'part-2' },
  { id: 'insecurity', title: 'Insecurity drives the focus on technology', part: 'part-3' },
  { id: 'baidu', title: 'Baidu: speech, images, self-driving', part: 'part-3' },
  { id: 'huawei-cisco', title: 'Huawei and Cisco', part: 'part-3' },
  { id: 'cloud', title: 'Alibaba Cloud and AWS', part: 'part-3' },
  { id: 'other-tech', title: 'Tencent, iFlytek and DJI', part: 'part-3' },
  { id: 'conclusion', title: 'Conclusion: back to technology', part: 'conclusion' },
  { id: 'verdict-scale', title: 'How we judge a claim', part: 'critical-reading' },
  { id: 'fact-checks', title: 'Checked: Parts 1 and 2', part: 'critical-reading' },
  { id: 'fact-checks-2', title: 'Checked: Part 3', part: 'critical-reading' },
  { id: 'your-check', title: 'Your turn: check a claim', part: 'critical-reading' },
  { id: 'whats-missing', title: 'What is missing?', part: 'critical-reading' },
  { id: 'what-happened-next', title: 'What happened next', part: 'critical-reading' },
  { id: 'what-happened-next-2', title: 'What happened next: the law and the giants', part: 'critical-reading' },
  { id: 'glossary', title: 'Key terms', part: 'conclusion' },
  { id: 'references', title: 'Sources', part: 'conclusion' },
] as const satisfies readonly SlideAnchor[]

/** The id of one of the anchored slides. */
export type SlideId = typeof slideAnchors[number]['id']

/** Every anchored slide id, in deck order. */
export const SLIDE_IDS: readonly SlideId[] = slideAnchors.map(s => s.id)

/** Whether a value is the id of an anchored slide. */
export function isSlideId(value: unknown): value is SlideId {
  return typeof value === 'string' && (SLIDE_IDS as readonly string[]).includes(value)
}

/** The anchored slide with this id. */
export function slideById(id: SlideId): SlideAnchor {
  const slide = slideAnchors.find(s => s.id === id)
  if (!slide)
    throw new Error(`unknown slide: ${id}`)
  return slide
}

/** The deck path of an anchored slide, for links (`/huawei-cisco`). */
export function slidePath(id: SlideId): `/${SlideId}` {
  return `/${id}`
}
