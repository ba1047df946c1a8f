import type { Plugin } from 'vite'

/** The environment variable `npm run build -- --presenter` sets to include the presenter view. */
export const PRESENTER_ENV = 'LESSON_PRESENTER'

/**
 * The headmatter says `presenter: dev`: a built copy, which students can open, has no presenter
 * view, notes page or overview (Slidev leaves those routes out of the bundle). A teacher who wants
 * them on a hosted copy builds with `--presenter`, which sets {@link PRESENTER_ENV}; this plugin
 * then turns Slidev's presenter feature flag back on for that build only.
 */
export function presenterOptIn(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'lesson:presenter-opt-in',
    config: () => (env[PRESENTER_ENV] === '1' ? { define: { __SLIDEV_FEATURE_PRESENTER__: 'true' } } : {}),
  }
}
