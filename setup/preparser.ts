// Puts the facts of content/ into the deck's Markdown while Slidev reads it: `[[cisco-switch-share]]`
// in a slide or its notes becomes "about 57%" (content/quoted.ts), so each fact is written once.
// Slidev's CLI loads this file; scripts that start Slidev another way (the export, the tests' reading
// of the deck) install it with `useQuotedFacts` (scripts/lib/deck.ts).
import { definePreparserSetup } from '@slidev/types'
import { lessonPreparser } from './lesson-preparser'

export default definePreparserSetup(({ filepath }) => [lessonPreparser(filepath)])
