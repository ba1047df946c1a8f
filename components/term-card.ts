import type { Term } from '../content/terms'

/** Where a term belongs, as a card shows it: the fact sheet's words with a capital first letter. */
export function whereLabel(term: Pick<Term, 'where'>): string {
  return term.where.charAt(0).toUpperCase() + term.where.slice(1)
}
