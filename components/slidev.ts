// What the components read of Slidev without importing its client: whether it is printing (the PDF
// export), so a slide never prints an answer or a teacher's note.
/**
 * The key under which Slidev provides its context (`injectionSlidevContext` in
 * `@slidev/client/constants.ts`). Components read it with `inject` rather than importing
 * `@slidev/client`, whose sources do not type-check outside a Slidev build; a test checks the key
 * against the installed client so an upgrade that renames it is noticed.
 */
export const SLIDEV_CONTEXT_KEY = '$$slidev-context'

/** What {@link slidevPrintMode} reads of Slidev's context. */
export interface SlidevNavLike {
  readonly nav?: { readonly isPrintMode?: boolean }
}

/**
 * Whether Slidev is printing (the PDF export, or `?print` in the address): the answer must then stay
 * off the page, so the printed quiz slides are a worksheet. Outside Slidev (tests) this is false.
 */
export function slidevPrintMode(context: SlidevNavLike | null | undefined): boolean {
  return context?.nav?.isPrintMode === true
}

/**
 * Whether an address is one Slidev's exporter prints (`?print=true`, `?print=clicks`). The exporter
 * loads such addresses for every PDF and PNG; reading the address directly keeps the answers off
 * the page even where Slidev's navigation state has not caught up when the page is captured.
 */
export function isPrintAddress(search: string): boolean {
  return new URLSearchParams(search).has('print')
}
