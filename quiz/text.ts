// How typed answers are compared, shared by the grading of every kind that reads text and by the
// validation rules that look for repeated options, pairs and items.

const COMBINING_MARK = /\p{M}/gu
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu

/** Text with its accents removed ("jū'ān" → "ju'an"), after Unicode compatibility normalisation (NFKD). */
export function removeAccents(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARK, '')
}

/**
 * How typed answers are compared: Unicode-normalised, accents removed, lower case,
 * and everything but letters and digits dropped ("Live-streaming" = "live streaming").
 */
export function normalizeAnswer(text: string): string {
  // Lower case last: what JavaScript lower-cases a Greek Σ to depends on what follows it.
  return removeAccents(text).replace(NOT_LETTER_OR_DIGIT, '').toLowerCase()
}
