/**
 * Shared types for the lesson's facts.
 *
 * Confidence follows the fact sheet: `confirmed` means two or more sources agree,
 * `probable` means the evidence points one way, `uncertain` means nothing settles it.
 */
export const CONFIDENCES = ['confirmed', 'probable', 'uncertain'] as const

/** How sure the fact sheet is about a fact. */
export type Confidence = typeof CONFIDENCES[number]

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`

/** A month as `YYYY-MM`, for events the sources date only to the month. */
export type IsoMonth = `${number}-${number}`

/** A year as `YYYY`, for events the sources date only to the year. */
export type IsoYear = `${number}`

/** A date to the day or to the month; both sort correctly as strings. */
export type IsoDateOrMonth = IsoDate | IsoMonth

/** A date to the day, the month or the year; all sort correctly as strings. */
export type PartialIsoDate = IsoDate | IsoMonth | IsoYear
