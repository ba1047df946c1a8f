import type { CitationId } from './citations'
import type { PartId } from './parts'

/** A key term of the lesson in Chinese, with pinyin and its English meaning. */
export interface Term {
  /** Stable kebab-case id. */
  readonly id: string
  /** The term in simplified Chinese (mark it `lang="zh-Hans"` when shown). */
  readonly chinese: string
  /** A Latin-script abbreviation that goes with it, if any ("O2O"). */
  readonly abbreviation?: string
  /** Hanyu pinyin with tone marks. */
  readonly pinyin: string
  /** The English meaning. */
  readonly meaning: string
  /** Where in the argument it belongs, as the fact sheet says it. */
  readonly where: string
  /** The lesson parts it belongs to (`critical-reading` for "after the article"). */
  readonly parts: readonly PartId[]
  /** Sources for a dated fact in `meaning`, where it has one. */
  readonly sources?: readonly CitationId[]
}

/** The bilingual glossary, exactly as the fact sheet gives it. */
export const terms = [
  { id: 'demographic-dividend', chinese: '人口红利', pinyin: 'rénkǒu hónglì', meaning: 'demographic dividend', where: 'Part 1', parts: ['part-1'] },
  { id: 'internet-plus', chinese: '互联网+', pinyin: 'hùliánwǎng jiā', meaning: '"Internet Plus" policy (Mar 2015)', where: 'Part 1, upgrading traditional business', parts: ['part-1'], sources: ['usito-internet-plus-2015'] },
  { id: 'o2o', chinese: '线上到线下', abbreviation: 'O2O', pinyin: 'xiànshàng dào xiànxià', meaning: 'online to offline', where: 'Part 1', parts: ['part-1'] },
  { id: 'takeaway', chinese: '外卖', pinyin: 'wàimài', meaning: 'takeaway, food delivery', where: 'Part 1', parts: ['part-1'] },
  { id: 'copycat', chinese: '山寨', pinyin: 'shānzhài', meaning: 'copycat', where: 'Part 1 ("students copying teachers"), Part 2', parts: ['part-1', 'part-2'] },
  { id: 'merger-wave', chinese: '合并潮', pinyin: 'hébìng cháo', meaning: 'merger wave', where: 'Part 2', parts: ['part-2'] },
  { id: 'burning-cash', chinese: '烧钱 / 补贴大战', pinyin: 'shāoqián / bǔtiē dàzhàn', meaning: 'burning cash / subsidy war', where: 'Part 2', parts: ['part-2'] },
  { id: 'live-streaming', chinese: '直播', pinyin: 'zhíbō', meaning: 'live streaming', where: 'Part 2', parts: ['part-2'] },
  { id: 'anti-monopoly-law', chinese: '反垄断法', pinyin: 'fǎn lǒngduàn fǎ', meaning: 'Anti-Monopoly Law (2008; amended 2022)', where: 'Part 2', parts: ['part-2'], sources: ['hogan-lovells-aml', 'shine-aml-2022'] },
  { id: 'choose-one-of-two', chinese: '二选一', pinyin: 'èr xuǎn yī', meaning: '"choose one of two" (exclusive-dealing)', where: 'after the article', parts: ['critical-reading'] },
  { id: 'prepared-for-danger', chinese: '居安思危', pinyin: 'jū\'ān sīwēi', meaning: 'be prepared for danger in times of peace (Zuo Zhuan)', where: 'Part 3', parts: ['part-3'] },
] as const satisfies readonly Term[]

/** The id of one of the glossary terms. */
export type TermId = typeof terms[number]['id']

/** The term with this id. */
export function termById(id: TermId): Term {
  const term = terms.find(t => t.id === id)
  if (!term)
    throw new Error(`unknown term: ${id}`)
  return term
}
