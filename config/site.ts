/** Where the built lesson is published, for links and the QR code that send students to the quiz. */
export interface Site {
  /**
   * The address where the teacher hosts the built site (the contents of `dist/`), ending in `/`.
   * Leave it empty to use the address the deck itself was opened from.
   */
  readonly url: string
}

/**
 * The one place to say where the lesson is hosted. Left empty, the last slide's link and QR code
 * point at `/quiz` on whatever address the deck is opened from: right for a hosted copy of `dist/`
 * and for `npm run preview -- --host 0.0.0.0` on a classroom network, with nothing to configure.
 * Teachers who present from their own computer (`npm run dev`, or a PDF exported there) but host
 * the quiz elsewhere set `url` to that address, for example
 * `https://intranet.my-school.example/chinese-tech-lesson/`, before `npm run build` or the export.
 */
export const site: Site = {
  url: '',
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0'])

/** Whether an address only reaches the computer it is opened on, so students cannot use it. */
export function isLocalAddress(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname)
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
