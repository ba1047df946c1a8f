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
 * A PDF exported with no address set says "your teacher will give you the address" instead of
 * printing an address students cannot reach. Set `url` (for example
 * `https://intranet.my-school.example/chinese-tech-lesson/`) before `npm run build` or
 * `npm run export` to print the address and its QR code on the handout; or pass it for one export
 * with `npm run export -- --site-url https://…/`.
 */
export const site: Site = {
  url: '',
}

/**
 * The environment variable that sets the address for one build or export, ahead of `site.url`
 * (`npm run export -- --site-url …` sets it). Vite passes `VITE_` variables to the page.
 */
export const SITE_URL_ENV = 'VITE_LESSON_SITE_URL'

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0'])

/** Whether an address only reaches the computer it is opened on, so students cannot use it. */
export function isLocalAddress(url: string): boolean {
  return LOCAL_HOSTS.has(new URL(url).hostname)
}

/**
 * Why an address cannot be the site's address, or undefined when it can: it must be a full
 * `http://` or `https://` address that other devices can reach.
 */
export function siteUrlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  }
  catch {
    return `"${url}" is not a web address; write it in full, such as https://my-school.example/lesson/`
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return `"${url}" must start with http:// or https://`
  if (isLocalAddress(url))
    return `"${url}" only works on this computer; give the address students reach the site at`
  return undefined
}

/** The site address in force: the one set for this build or export, else `site.url`; empty when neither is set. */
export function configuredSiteUrl(fromEnv: string | undefined, configured: Site = site): string {
  return (fromEnv ?? '').trim() || configured.url.trim()
}

/**
 * The address of the self-paced quiz page (`…/quiz`) under `siteUrl`. When `siteUrl` is empty, the
 * quiz is found under `fallback`: the origin and base path the page was opened from
 * (`location.origin + import.meta.env.BASE_URL` in a browser).
 */
export function quizUrl(siteUrl: string, fallback: string): string {
  return pageUrl('quiz', siteUrl, fallback)
}

/** The address of one of the site's pages (`quiz`, `sources`) under `siteUrl`, else under `fallback`, as {@link quizUrl}. */
export function pageUrl(page: string, siteUrl: string, fallback: string): string {
  const base = siteUrl.trim() || fallback
  return new URL(page, base.endsWith('/') ? base : `${base}/`).href
}
