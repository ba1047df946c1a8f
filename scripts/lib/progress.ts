// How far a long command is, told to a person: on a terminal one line that updates in place
// ("Rendering slide 12 of 40 …"); in a log or a pipe, plain lines, a few rather than one per tick.

/** Where progress is written: process.stdout, or a fake in the tests. */
export interface ProgressOutput {
  write: (text: string) => unknown
  readonly isTTY?: boolean
  readonly columns?: number
}

/** "slide 12 of 40", "image 1 of 3". */
export function countText(done: number, total: number, unit: string): string {
  return `${unit} ${done} of ${total}`
}

/** What a terminal line may hold without wrapping (a wrapped line cannot be rewritten in place). */
export function fitToWidth(text: string, columns: number | undefined): string {
  if (!columns || columns < 10 || text.length < columns)
    return text
  return `${text.slice(0, columns - 2)}…`
}

const CLEAR_LINE = '\r\u001B[K'
const NUMBERS = /\d+/g

/** What a line says without its numbers: "Rendering slide # of # …". Counts of one kind share it. */
function kindOf(text: string): string {
  return text.replace(NUMBERS, '#')
}

/**
 * One progress line. On a terminal each `show` rewrites the line; `end` clears it, so the next
 * output starts on a clean line. Elsewhere each new text is a line of its own, except that a count
 * ("slide n of N") is written at most once per `plainEveryMs`: its first step, then every so often,
 * and always its last.
 */
export class ProgressLine {
  private shown = ''
  private lastPlainAt = Number.NEGATIVE_INFINITY
  private lastPlainKind = ''
  private pending: string | undefined

  constructor(
    private readonly out: ProgressOutput,
    private readonly clock: () => number = Date.now,
    private readonly plainEveryMs = 2000,
  ) {}

  /** Shows `text`; `final` marks the last step of a count (written even in a log). */
  show(text: string, { count = false, final = false }: { count?: boolean, final?: boolean } = {}): void {
    if (text === this.shown)
      return
    this.shown = text
    if (this.out.isTTY) {
      this.out.write(`${CLEAR_LINE}${fitToWidth(text, this.out.columns)}`)
      return
    }
    const now = this.clock()
    const kind = kindOf(text)
    if (count && !final && kind === this.lastPlainKind && now - this.lastPlainAt < this.plainEveryMs) {
      this.pending = text
      return
    }
    this.pending = undefined
    this.lastPlainAt = now
    this.lastPlainKind = kind
    this.out.write(`${text}\n`)
  }

  /** Ends the progress: clears the terminal line, or writes the last count a log has not seen. */
  end(): void {
    if (this.out.isTTY && this.shown !== '')
      this.out.write(CLEAR_LINE)
    else if (this.pending !== undefined)
      this.out.write(`${this.pending}\n`)
    this.pending = undefined
    this.shown = ''
  }
}
