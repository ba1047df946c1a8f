// What the teacher's page gets to mark written answers and to see what the class learned, as schemas:
// the page checks every reply against them (components reach the server over HTTP only).
import * as v from 'valibot'
import { OBJECTIVE_IDS } from '../../content/objectives'
import { PART_IDS } from '../../content/parts'
import { FEEDBACK_POLICIES } from './events'

/** Which answers the report reads. */
export const REPORT_SOURCES = ['quiz', 'live', 'both'] as const

/** Which answers the report reads: the full quiz handed in, the live questions asked, or both. */
export type ReportSource = typeof REPORT_SOURCES[number]

/** A student reaches an objective with this percentage of its points or more (the report's REACHED_AT). */
export const REACHED_AT_PERCENT = 60

const PointsSchema = v.object({ score: v.number(), max: v.number() })

/** `GET /api/teacher/written` (and the reply to a mark): the written answers, each with its guide and mark. */
export const WrittenAnswersSchema = v.object({
  answers: v.array(v.object({
    studentId: v.string(),
    name: v.string(),
    number: v.number(),
    questionId: v.string(),
    prompt: v.string(),
    answer: v.string(),
    rubric: v.array(v.string()),
    levels: v.array(v.object({ points: v.number(), means: v.string() })),
    sample: v.string(),
    max: v.number(),
    handedIn: v.boolean(),
    mark: v.optional(v.object({ points: v.number(), rubric: v.array(v.boolean()), comment: v.string(), at: v.string(), changes: v.number() })),
  })),
})

/** The written answers the teacher marks. */
export type WrittenAnswers = v.InferOutput<typeof WrittenAnswersSchema>

/**
 * `GET /api/teacher/report?source=…`: what the class learned. Each student's answers (the report's
 * cells) stay on the server, for the CSV files: the page shows figures, and a class of 500 would
 * otherwise send some 3 MB at every refresh.
 */
export const ClassReportSchema = v.object({
  source: v.picklist(REPORT_SOURCES),
  items: v.array(v.object({
    key: v.string(),
    id: v.string(),
    source: v.picklist(['quiz', 'live']),
    kind: v.string(),
    prompt: v.string(),
    part: v.picklist(PART_IDS),
    objective: v.picklist(OBJECTIVE_IDS),
    max: v.number(),
    answered: v.number(),
    facility: v.nullable(v.number()),
    discrimination: v.nullable(v.number()),
    options: v.array(v.object({ id: v.string(), letter: v.string(), text: v.string(), right: v.boolean(), count: v.number() })),
    flags: v.array(v.string()),
  })),
  students: v.array(v.object({
    studentId: v.string(),
    number: v.number(),
    name: v.string(),
    handedInAt: v.optional(v.string()),
    minutes: v.optional(v.number()),
    total: PointsSchema,
    byPart: v.record(v.picklist(PART_IDS), PointsSchema),
    byObjective: v.record(v.picklist(OBJECTIVE_IDS), PointsSchema),
    reached: v.array(v.picklist(OBJECTIVE_IDS)),
    needsHelp: v.boolean(),
  })),
  objectives: v.array(v.object({
    id: v.picklist(OBJECTIVE_IDS),
    label: v.string(),
    reached: v.number(),
    of: v.number(),
    share: v.nullable(v.number()),
    items: v.array(v.string()),
  })),
  feedback: v.picklist(FEEDBACK_POLICIES),
  releasedAt: v.nullable(v.string()),
})

/** What the class learned, as the teacher's page gets it. */
export type ClassReportReply = v.InferOutput<typeof ClassReportSchema>
