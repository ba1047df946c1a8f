import type { Verdict } from '../content/fact-checks'
import { verdictLabels } from '../content/fact-checks'
import { verdictColors } from '../styles/palette'

/** The shapes a verdict's icon can take: each verdict has its own, so colour is never the only cue. */
export type VerdictIcon = 'cross' | 'warning' | 'tilde' | 'question' | 'check'

/** How a verdict is shown: its word, its colour and its icon's shape. */
export interface VerdictLook {
  readonly label: string
  readonly color: string
  readonly icon: VerdictIcon
}

const icons: Readonly<Record<Verdict, VerdictIcon>> = {
  'false': 'cross',
  'inaccurate': 'warning',
  'misleading': 'tilde',
  'unverified': 'question',
  'mostly-true': 'check',
}

/** The word, colour and icon for a verdict. */
export function verdictLook(verdict: Verdict): VerdictLook {
  return { label: verdictLabels[verdict], color: verdictColors[verdict], icon: icons[verdict] }
}
