/** A lettered line a class reads from the screen or the page: "A  Baidu". */
export interface LetteredLine {
  readonly letter: string
  readonly text: string
}

/** A, B, …, Z, then AA, AB, …: the letter of the option at `index`. */
export function letter(index: number): string {
  const a = 'A'.charCodeAt(0)
  return index < 26 ? String.fromCharCode(a + index) : letter(Math.floor(index / 26) - 1) + letter(index % 26)
}

/** Texts as lettered lines, in the order given. */
export function lettered(texts: readonly string[]): LetteredLine[] {
  return texts.map((text, i) => ({ letter: letter(i), text }))
}
