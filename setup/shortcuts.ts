import type { NavOperations, ShortcutOptions } from '@slidev/types'
import { defineShortcutsSetup } from '@slidev/types'

// Slidev has no Home/End keys; presentation remotes and teachers used to PowerPoint expect them.
export default defineShortcutsSetup((nav: NavOperations, base: ShortcutOptions[]) => [
  ...base,
  { name: 'lesson_first', key: 'home', fn: () => nav.goFirst() },
  { name: 'lesson_last', key: 'end', fn: () => nav.goLast() },
])
