/**
 * The five centres' cases: one patient episode at a hub's centre, its timestamped events (each
 * change kept in a history), attributes, linked ECGs, the running clocks of the coordinator's live
 * board, and the order flags that send a case to review.
 */
import { z } from 'zod';
import { caseAttributesSchema } from '../centres/case-attributes.js';
import { centres } from '../centres/centre-kinds.js';
import { caseFlagCodes } from '../centres/validate-case.js';
import { studyStatuses, ecgTriageLevels } from './ecg.js';

export { greenChannelSchema, type GreenChannel } from './green-channel.js';

/** How a case was opened (`green_channel`: by a signed STEMI ECG from a county, never by hand). */
export const caseOpenedHows = [
  'green_channel',
  'walk_in',
  'ambulance',
  'transfer_from_county',
  'manual',
] as const;

/** One of {@link caseOpenedHows}. */
export type CaseOpenedHow = (typeof caseOpenedHows)[number];

/** A case is open while the patient is treated, closed afterwards. */
export const caseStatuses = ['open', 'closed'] as const;

/** Where an event time came from: a device's clock, the system itself, or typed by a person. */
export const caseEventSources = ['device', 'system', 'manual'] as const;

/** One of {@link caseEventSources}. */
export type CaseEventSource = (typeof caseEventSources)[number];

/** What a history entry records. */
export const caseHistoryActions = ['recorded', 'corrected', 'removed'] as const;

const isoInstant = z.iso.datetime({ offset: true });
const person = z.object({ id: z.uuid(), displayName: z.string() });
const eventId = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'an event id of the centre, e.g. first_ecg');
const reason = z.string().trim().min(1).max(1000);

/** The current time of one event of a case. */
export const caseEventSchema = z.object({
  event: z.string(),
  at: z.string(),
  source: z.enum(caseEventSources),
  recordedBy: person.nullable(),
  recordedAt: z.string(),
});

/** One entry of a case's event history (append-only). */
export const caseHistoryEntrySchema = z.object({
  id: z.number().int(),
  event: z.string(),
  action: z.enum(caseHistoryActions),
  oldAt: z.string().nullable(),
  newAt: z.string().nullable(),
  source: z.enum(caseEventSources),
  reason: z.string().nullable(),
  changedBy: person.nullable(),
  changedAt: z.string(),
});

/**
 * Why a case goes to review (events out of order, first ECG too late …), as `validateCase` finds
 * it (its `CaseFlag`); computed on read, so no event is ever dropped or changed.
 */
export const caseFlagSchema = z.object({
  code: z.enum(caseFlagCodes),
  /** The events concerned; for a pair, the one that should come first, then the other. */
  events: z.array(z.string()),
  /** Size of the problem in minutes, when it has one. */
  minutes: z.number().optional(),
  /** English; the web translates by `code`. */
  message: z.string(),
});

/**
 * One running clock of the live board (FMC→ECG, door→wire, door-in→door-out, door→needle): from
 * the metric definition, with the start and (once reached) end times; the client counts.
 */
export const caseClockSchema = z.object({
  metricId: z.string(),
  startEvent: z.string(),
  endEvent: z.string(),
  startAt: z.string().nullable(),
  endAt: z.string().nullable(),
  targetMin: z.number(),
});

/** An ECG study linked to a case. */
export const caseStudySchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  status: z.enum(studyStatuses),
  triageLevel: z.enum(ecgTriageLevels).nullable(),
  receivedAt: z.string(),
  signedAt: z.string().nullable(),
  linkedAt: z.string(),
});

/** A case as listed (and on the live board). */
export const caseSummarySchema = z.object({
  id: z.uuid(),
  centre: z.enum(centres),
  orgId: z.uuid(),
  orgName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
  patientId: z.uuid().nullable(),
  openedHow: z.enum(caseOpenedHows),
  openedBy: person.nullable(),
  openedAt: z.string(),
  status: z.enum(caseStatuses),
  closedAt: z.string().nullable(),
  /** Synthetic demo data: never counted with real cases. */
  demo: z.boolean(),
  /** The ECG that opened the green channel, if one did. */
  sourceStudyId: z.uuid().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: person.nullable(),
  attributes: z.record(z.string(), z.unknown()),
  /** Event id → current ISO instant. */
  events: z.record(z.string(), z.string()),
  clocks: z.array(caseClockSchema),
  flags: z.array(caseFlagSchema),
});

/** `GET /api/cases/{id}`: the case with every event, its history and the linked ECGs. */
export const caseDetailSchema = caseSummarySchema.extend({
  closedBy: person.nullable(),
  timeline: z.array(caseEventSchema),
  history: z.array(caseHistoryEntrySchema),
  studies: z.array(caseStudySchema),
});

/** `GET /api/cases` query: the acting organisation's cases (`status=open`: the live board). */
export const listCasesQuerySchema = z.object({
  centre: z.enum(centres).optional(),
  status: z.enum(caseStatuses).optional(),
  /** Opened at or after (ISO instant). */
  from: isoInstant.optional(),
  /** Opened before (ISO instant). */
  to: isoInstant.optional(),
  /** `true`: only demo cases; `false` (default): only real ones. */
  demo: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  /** Only the case linked to (or opened by) this ECG study. */
  studyId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** One event in a request: id, time (default now: "one tap") and source (default `manual`). */
export const newCaseEventSchema = z.object({
  event: eventId,
  at: isoInstant.optional(),
  source: z.enum(caseEventSources).default('manual'),
});

/** `POST /api/cases` body: open a case by hand at the acting organisation. */
export const openCaseBodySchema = z.object({
  centre: z.enum(centres),
  openedHow: z.enum(['walk_in', 'ambulance', 'transfer_from_county', 'manual']),
  patientId: z.uuid().optional(),
  attributes: caseAttributesSchema.optional(),
  events: z.array(newCaseEventSchema).max(50).default([]),
});

/** `POST /api/cases/{id}/events` body. */
export const recordCaseEventBodySchema = newCaseEventSchema;

/** `{ id, event }` path parameters. */
export const caseEventParamsSchema = z.object({ id: z.uuid(), event: eventId });

/** `PATCH /api/cases/{id}/events/{event}` body: the corrected time and why. */
export const correctCaseEventBodySchema = z.object({ at: isoInstant, reason });

/** `DELETE /api/cases/{id}/events/{event}` body: why the event is removed. */
export const removeCaseEventBodySchema = z.object({ reason });

/** `PATCH /api/cases/{id}/attributes` body: attributes to set, and names to remove. */
export const updateCaseAttributesBodySchema = z.object({
  set: caseAttributesSchema.default({}),
  remove: z.array(caseAttributesSchema.keyof()).max(50).default([]),
});

/** `POST /api/cases/{id}/studies` body: link an ECG study the caller may see. */
export const linkCaseStudyBodySchema = z.object({ studyId: z.uuid() });

/** `POST /api/cases/{id}/acknowledge` answer (the first acknowledgement is kept). */
export const caseAcknowledgementSchema = z.object({
  caseId: z.uuid(),
  acknowledgedAt: z.string(),
  acknowledgedBy: person,
});

export type CaseEvent = z.infer<typeof caseEventSchema>;
export type CaseHistoryEntry = z.infer<typeof caseHistoryEntrySchema>;
export type CaseClock = z.infer<typeof caseClockSchema>;
export type CaseStudy = z.infer<typeof caseStudySchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
export type CaseDetail = z.infer<typeof caseDetailSchema>;
export type CaseStatus = (typeof caseStatuses)[number];
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;
export type NewCaseEvent = z.input<typeof newCaseEventSchema>;
export type OpenCaseBody = z.input<typeof openCaseBodySchema>;
export type RecordCaseEventBody = z.input<typeof recordCaseEventBodySchema>;
export type CorrectCaseEventBody = z.infer<typeof correctCaseEventBodySchema>;
export type RemoveCaseEventBody = z.infer<typeof removeCaseEventBodySchema>;
export type UpdateCaseAttributesBody = z.input<typeof updateCaseAttributesBodySchema>;
export type LinkCaseStudyBody = z.infer<typeof linkCaseStudyBodySchema>;
export type CaseAcknowledgement = z.infer<typeof caseAcknowledgementSchema>;
