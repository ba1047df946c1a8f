// Text as each export writes it: GIFT and Moodle XML (both shown by Moodle as HTML) and the Markdown
// answer key. The writers (gift.ts, moodle-xml.ts, key.ts) and each kind's renderers (quiz/kinds/)
// share these, so every field of every kind is escaped the same way.
//
// What Moodle's GIFT importer does with text was read in moodle/moodle
// `question/format/gift/format.php` (commit 00e93a99), `qformat_gift::readquestion()` and the
// helpers it calls:
// - `parse_text_with_format()` takes a leading `[html]`, `[markdown]`, `[plain]` or `[moodle]` as
//   the text's format (after trimming it) and drops it. It is called on the question text, the
//   general feedback, every multiple-choice and short answer and its feedback (`commentparser()`),
//   true/false feedback (`split_truefalse_comment()`) and the left side of a matching pair; not on
//   the right side of a pair, which is kept as plain text.
// - After `~`, text matching `$giftanswerweightregex` (`/^%\-*([0-9]{1,2})\.?([0-9]*)%/`) is read
//   as a weight; in a short answer, text after `=` too. A weight is read once only.
// - `escapedchar_pre()` undoes `\\ \: \# \= \{ \} \~ \n` and nothing else.
// - The text is stored in Moodle's own format (FORMAT_MOODLE), which is shown as HTML.

const GIFT_SPECIAL = /[\\~=#{}:]/g
const GIFT_ESCAPE = /\\([\\~=#{}:n])/g
const LINE_BREAK = /\r\n?|\n/g
const ARROW = /->/g
const HTML_SPECIAL = /[&<>]/g
const HTML_ENTITY = { '&': '&amp;', '<': '&lt;', '>': '&gt;' } as const
/** Text Moodle would read a format marker or a weight from: `[html]…`, `%50%…` (after trimming). */
const READ_AS_MARKUP = /^[\s\0]*[[%]/
/** What XML 1.0 cannot carry at all, not even as a character reference: most control characters, lone surrogates. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|]/g

/** The format attribute of every text Moodle XML shows as HTML: Moodle's own format. */
export const MOODLE_FORMAT = 'format="moodle_auto_format"'

// ---------------------------------------------------------------------------------------------
// GIFT
// ---------------------------------------------------------------------------------------------

/**
 * Escape text for GIFT: a backslash before `\ ~ = # { } :`, line breaks as `\n`, and `->`
 * (which Moodle would read as a matching arrow, and which GIFT cannot escape) as `→`.
 */
export function escapeGift(text: string): string {
  return text
    .replace(GIFT_SPECIAL, ch => `\\${ch}`)
    .replace(LINE_BREAK, '\\n')
    .replace(ARROW, '→')
}

/** Undo `escapeGift` (apart from `->`, which stays `→`): for tests and for reading GIFT back. */
export function unescapeGift(text: string): string {
  return text.replace(GIFT_ESCAPE, (_, ch: string) => (ch === 'n' ? '\n' : ch))
}

/** Escape `& < >` so that text Moodle shows as HTML shows them as typed, not as markup. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, ch => HTML_ENTITY[ch as keyof typeof HTML_ENTITY])
}

/** `[moodle]`, Moodle's default format, before text that Moodle would otherwise read a format or a weight from. */
export function formatMarker(text: string): string {
  return READ_AS_MARKUP.test(text) ? '[moodle]' : ''
}

/** Text Moodle shows as HTML (question text, answers, feedback), in GIFT: shown exactly as written. */
export function giftText(text: string): string {
  return `${formatMarker(text)}${escapeGift(escapeHtml(text))}`
}

/** Feedback after an answer in GIFT (`#…`), or nothing. */
export function giftFeedback(text: string | undefined): string {
  return text ? `#${giftText(text)}` : ''
}

/** "1st", "2nd", "3rd", "4th"…: how positions are named in the exports. */
export function ordinal(n: number): string {
  const tens = n % 100
  if (tens >= 11 && tens <= 13)
    return `${n}th`
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`
}

// ---------------------------------------------------------------------------------------------
// Moodle XML
// ---------------------------------------------------------------------------------------------

/**
 * Text as XML character data (not for attributes): `& < >` as entities, so a `]]>` in it ends
 * nothing, and the characters XML 1.0 cannot carry (most control characters) replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD').replace(HTML_SPECIAL, ch => HTML_ENTITY[ch as keyof typeof HTML_ENTITY])
}

/** `<text>` as Moodle reads it. */
export function xmlText(value: string): string {
  return `<text>${escapeXml(value)}</text>`
}

/** An element holding text Moodle shows as HTML, escaped so that it shows as written. */
export function xmlShown(tag: string, value: string): string {
  return `<${tag} ${MOODLE_FORMAT}>${xmlText(escapeHtml(value))}</${tag}>`
}

/** An answer with its grade in percent and, when there is one, its feedback; `extra` goes after the text. */
export function xmlAnswer(fraction: number, body: string, feedback?: string, extra = ''): string {
  return `    <answer fraction="${fraction}" ${MOODLE_FORMAT}>${body}${extra}${feedback ? xmlShown('feedback', feedback) : ''}</answer>`
}

// ---------------------------------------------------------------------------------------------
// Markdown (the answer key)
// ---------------------------------------------------------------------------------------------

/** Escape the characters that would start Markdown formatting inside running text. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, ch => `\\${ch}`)
}
