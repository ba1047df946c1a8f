/** Control, format and separator characters, and lone surrogates: shown as `\u…` in messages. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u

/** How many characters of an untrusted value a message shows before it is cut. */
const SHOWN_LENGTH = 80

/** Used in `switch` defaults and exhaustive tables so that a new question kind is a compile error until it is handled. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`)
}

/** Whether a value is an object whose fields can be read by name: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Untrusted text made safe to print on one line: control characters (and so terminal escape
 * sequences), invisible format characters and line separators are shown as `\u001b`, and the
 * result is cut to about 80 characters with an ellipsis.
 */
export function printable(text: string): string {
  let shown = ''
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    const piece = UNPRINTABLE.test(char) ? `\\u${code > 0xFFFF ? `{${code.toString(16)}}` : code.toString(16).padStart(4, '0')}` : char
    if (shown.length + piece.length > SHOWN_LENGTH)
      return `${shown}…`
    shown += piece
  }
  return shown
}

/** An untrusted value as a message shows it: a string quoted and made printable, anything else by its type. */
export function describeValue(value: unknown): string {
  if (value === null)
    return 'null'
  if (Array.isArray(value))
    return 'an array'
  return typeof value === 'string' ? `"${printable(value)}"` : typeof value
}
