/** Where the built lesson is published, for links and the QR code that send students to the quiz. */
export interface Site {
  /**
   * The address where the teacher hosts the built site (the contents of `dist/`), ending in `/`.
   * Leave it empty to use the address the deck itself was opened from.
   */
  readonly url: string
}

/**
 * The one place to say where the lesson is hosted. Teachers: change `url` here to the address of
 * your own copy (for example `https://intranet.my-school.example/chinese-tech-lesson/`) before
 * `npm run build`; the last slide then shows that address, as a link and a QR code, for the quiz.
 * With `url: ''` the deck uses whatever address it is opened from, which is right for
 * `npm run preview -- --host 0.0.0.0` on a classroom network.
 */
export const site: Site = {
  url: 'https://example.school/chinese-tech-lesson/',
}

/**
 * The address of the self-paced quiz page (`…/quiz`) under `siteUrl`. When `siteUrl` is empty, the
 * quiz is found under `fallback`: the origin and base path the page was opened from
 * (`location.origin + import.meta.env.BASE_URL` in a browser).
 */
export function quizUrl(siteUrl: string, fallback: string): string {
  const base = siteUrl.trim() || fallback
  return new URL('quiz', base.endsWith('/') ? base : `${base}/`).href
}
