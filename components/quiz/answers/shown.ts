/**
 * An option or item as an answer widget shows it: its id (what a response names) and its text. Only
 * these go to a live quiz's phones, never whether an option is right.
 */
export interface ShownOption {
  readonly id: string
  readonly text: string
}
