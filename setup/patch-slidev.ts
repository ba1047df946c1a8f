import type { Plugin } from 'vite'

// Build-time patches to three of Slidev 52's internal components: two for accessibility, one for
// the printed speaker notes. Each patch
// checks that the file still looks as it did when the patch was written and throws otherwise, so a
// Slidev upgrade that changes the file fails the build and the patch is reviewed, instead of the
// problem silently coming back.

/**
 * The opening tag of the wrapper in Slidev 52's `internals/MenuButton.vue`. Every menu that uses it
 * (settings, sync, recording) puts an `IconButton` — itself a `<button>` — in the `button` slot, so
 * the page gets a button inside a button (axe `nested-interactive`, serious): screen readers announce
 * it wrongly and some drop the inner label.
 */
const MENU_WRAPPER_OPEN = '<button :class="{ disabled }" @click="value = !value">'
const MENU_WRAPPER_CLOSE = '</button>'

/**
 * Rewrites the menu wrapper into a `<div>` that keeps the click handler: the inner `IconButton` stays
 * the one focusable control, and its click (from mouse, Enter or Space) bubbles up and toggles the
 * menu exactly as before.
 */
export function patchMenuButtonSource(source: string): string {
  const start = source.indexOf(MENU_WRAPPER_OPEN)
  if (start === -1)
    throw new Error('patch-slidev: Slidev\'s MenuButton.vue changed; review setup/patch-slidev.ts')
  const end = source.indexOf(MENU_WRAPPER_CLOSE, start)
  if (end === -1)
    throw new Error('patch-slidev: no closing </button> in MenuButton.vue')
  return `${source.slice(0, start)
  }<div class="slidev-menu-toggle" :class="{ disabled }" @click="value = !value">${
    source.slice(start + MENU_WRAPPER_OPEN.length, end)
  }</div>${
    source.slice(end + MENU_WRAPPER_CLOSE.length)}`
}

/** What Slidev 52's `internals/TimerInlined.vue` must contain for {@link patchTimerSource} to apply. */
const TIMER_MARKERS = [
  'const { status, percentage, mode, timer, reset, toggle } = useTimer()',
  '<div class="relative op-80 hover:op-100" @click="toggle">',
  '<div class="op-80 hover:op-100" @click="reset">',
]

/**
 * The presenter view's timer, rewritten. Slidev's start and reset controls are `<div>`s that appear
 * only while the mouse hovers the clock, with no name and no keyboard access. Here they are real
 * buttons, always visible, named "Start the timer" / "Pause the timer" and "Reset the timer", which
hand the keyboard back to the slides once pressed (Slidev's arrow keys do nothing while a button
has the focus). The
 * timer also starts by itself the first time the presenter moves on (a slide or a click), so a teacher who
 * never touches it still sees the lesson's time run down; and a presenter view opened on slide 1
 * starts it afresh, so a rehearsal's time does not run into the lesson.
 */
const TIMER_SFC = `<script setup lang="ts">
import { computed, onMounted, watch } from 'vue'
import { useNav } from '../composables/useNav'
import { useTimer } from '../composables/useTimer'

const { status, percentage, mode, timer, reset, toggle, resume } = useTimer()
const { currentSlideNo, clicks } = useNav()

// A presenter view opened on the first slide, before its first click, starts a lesson: a timer a
// rehearsal left running (npm run dev keeps it in its server's state for every new window) starts
// afresh. Opened anywhere else, the timer runs on.
onMounted(() => {
  if (currentSlideNo.value === 1 && clicks.value === 0 && status.value !== 'stopped')
    reset()
})

// Start on the first move (another slide, or the next click): a countdown left at its full length
// helps nobody.
watch([currentSlideNo, clicks], () => {
  if (status.value === 'stopped')
    resume()
})

const color = computed(() => {
  if (status.value === 'stopped')
    return 'op75'
  if (status.value === 'paused')
    return 'text-blue6 dark:text-blue3'
  if (percentage.value > 100)
    return 'text-red6 dark:text-red3'
  else if (percentage.value > 80)
    return 'text-yellow6 dark:text-yellow3'
  else
    return 'text-green6 dark:text-green3'
})
// Slidev ignores its arrow keys while a button has the focus; give it back to the slides at once.
function run(action: () => void, event: Event): void {
  action()
  ;(event.currentTarget as HTMLElement).blur()
}

const toggleLabel = computed(() => (status.value === 'running' ? 'Pause the timer' : 'Start the timer'))
const statusLabel = computed(() => ({ running: 'running', paused: 'paused', stopped: 'not started' })[status.value] ?? '')
</script>

<template>
  <div class="lesson-timer flex items-center justify-center pl-2 select-none" :class="color">
    <button type="button" class="lesson-timer-button" :aria-label="toggleLabel" :title="toggleLabel" @click="run(toggle, $event)">
      <span :class="status === 'running' ? 'i-carbon:pause' : 'i-carbon:play'" class="text-xl" aria-hidden="true" />
    </button>
    <button type="button" class="lesson-timer-button" aria-label="Reset the timer" title="Reset the timer" @click="run(reset, $event)">
      <span class="i-carbon:renew text-xl" aria-hidden="true" />
    </button>
    <div class="text-3xl px-3 my-auto font-mono" role="timer" :aria-label="\`\${mode === 'countdown' ? 'Time left' : 'Time passed'}, \${statusLabel}\`">
      <template v-if="timer.h">
        <span>{{ timer.h }}</span>
        <span op50>:</span>
      </template>
      <span>{{ timer.m }}</span>
      <span op50>:</span>
      <span>{{ timer.s }}</span>
    </div>
  </div>
</template>

<style scoped>
.lesson-timer-button {
  display: inline-grid;
  place-items: center;
  min-width: 2.25rem;
  min-height: 2.25rem;
  border-radius: 0.375rem;
}

.lesson-timer-button:hover {
  background: color-mix(in srgb, currentColor 15%, transparent);
}

.lesson-timer-button:focus-visible {
  outline: 3px solid currentColor;
  outline-offset: 1px;
}
</style>
`

/** Replaces Slidev 52's `TimerInlined.vue` with {@link TIMER_SFC}, after checking it is the file the patch was written for. */
export function patchTimerSource(source: string): string {
  const missing = TIMER_MARKERS.filter(marker => !source.includes(marker))
  if (missing.length > 0)
    throw new Error('patch-slidev: Slidev\'s TimerInlined.vue changed; review setup/patch-slidev.ts')
  return TIMER_SFC
}

/** What Slidev 52's `pages/presenter/print.vue` (the speaker notes, printed) must contain for {@link patchNotesPrintSource}. */
const NOTES_DATE = '{{ new Date().toLocaleString() }}'
const NOTES_BLOCK = 'class="flex flex-col gap-4 break-inside-avoid-page"'

/**
 * The printed speaker notes. Slidev keeps each slide's notes on one page (`break-inside-avoid-page`),
 * so a long note that does not fit what is left of a page moves whole to the next one, leaving large
 * blank areas; and it dates the handout with the browser's locale ("12/4/2026, 2:05:11 PM"). Here a
 * note may run over a page (its heading stays with its first lines), and the date is written out in
 * full, as a reader anywhere reads it: "4 December 2026".
 */
export function patchNotesPrintSource(source: string): string {
  if (!source.includes(NOTES_DATE) || !source.includes(NOTES_BLOCK))
    throw new Error('patch-slidev: Slidev\'s presenter/print.vue changed; review setup/patch-slidev.ts')
  return source
    .replace(NOTES_DATE, '{{ new Date().toLocaleDateString(\'en-GB\', { day: \'numeric\', month: \'long\', year: \'numeric\' }) }}')
    .replace(NOTES_BLOCK, 'class="flex flex-col gap-4"')
    .replace('<h2 class="text-lg">', '<h2 class="text-lg" style="break-after: avoid">')
}

const PATCHES: readonly { readonly file: RegExp, readonly patch: (source: string) => string }[] = [
  { file: /[\\/]@slidev[\\/]client[\\/]pages[\\/]presenter[\\/]print\.vue$/, patch: patchNotesPrintSource },
  { file: /[\\/]@slidev[\\/]client[\\/]internals[\\/]MenuButton\.vue$/, patch: patchMenuButtonSource },
  { file: /[\\/]@slidev[\\/]client[\\/]internals[\\/]TimerInlined\.vue$/, patch: patchTimerSource },
]

/** A Vite plugin that applies the patches above before Vue compiles the components. */
export function patchSlidev(): Plugin {
  return {
    name: 'lesson:patch-slidev',
    enforce: 'pre',
    transform(code, id) {
      const found = PATCHES.find(p => p.file.test(id))
      return found ? { code: found.patch(code), map: null } : undefined
    },
  }
}
