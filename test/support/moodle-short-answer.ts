// How Moodle marks a short answer, for the tests of the exports: moodle/moodle
// `question/type/shortanswer/question.php`, `qtype_shortanswer_question::compare_string_with_wildcard()`
// and `get_matching_answer()`, with `usecase` 0 as the exports write it.

/** What PHP's `trim()` removes, and only that: Moodle trims the response with it. */
const PHP_TRIM = /^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g
/** A run of stars not escaped with a backslash: Moodle's wildcard. */
const WILDCARD = /(?<!\\)\*+/
const ESCAPED_STAR = /\\\*/g
const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/]/g

/**
 * Whether a short-answer pattern accepts a response as Moodle compares them: both in Unicode NFC,
 * the response trimmed, case ignored; in the pattern `*` is any text (`\*` a star) and the rest
 * literal; the whole response must match.
 */
export function moodleMatches(pattern: string, response: string): boolean {
  const bits = pattern.normalize('NFC').split(WILDCARD).map(bit => bit.replace(ESCAPED_STAR, '*').replace(REGEX_SPECIAL, '\\$&'))
  return new RegExp(`^${bits.join('.*')}$`, 'iu').test(response.normalize('NFC').replace(PHP_TRIM, ''))
}

/** A short answer as Moodle keeps it: its grade in percent and its pattern. */
export interface MoodleShortAnswer {
  readonly fraction: number
  readonly pattern: string
}

/** The grade in percent Moodle gives a response: the first answer, in the file's order, that accepts it; 0 if none does. */
export function moodleShortAnswerGrade(answers: readonly MoodleShortAnswer[], response: string): number {
  return answers.find(a => moodleMatches(a.pattern, response))?.fraction ?? 0
}
