/**
 * The readers' duty roster, routing and escalation contract: weekly and one-off shifts in the
 * consortium's time zone, who is on duty now, the hours of the week nobody covers, hand-over of a
 * claimed study, and the alerts and SLA breaches that escalation timers record.
 */
import { z } from 'zod';
import { ecgTriageLevels, studyPersonSchema } from './ecg.js';

/**
 * Duties of a shift: `primary` readers take new studies, `backup` readers are alerted when a study
 * stays unclaimed, the `coordinator` (of a reading centre) when it stays unsigned.
 */
export const shiftRoles = ['primary', 'backup', 'coordinator'] as const;

/** One of {@link shiftRoles}. */
export type ShiftRole = (typeof shiftRoles)[number];

/** Roster tier of a routing target: a hub (first line) or a reading centre (second line). */
export const routingTiers = ['hub', 'reading_centre'] as const;

/** One of {@link routingTiers}. */
export type RoutingTier = (typeof routingTiers)[number];

/** Local wall-clock time `HH:MM` (00:00–23:59). */
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00–23:59');
/** Local end time `HH:MM`, where `24:00` means the end of the day. */
const localEndTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'HH:MM, 00:00–24:00');
/** A local calendar date `YYYY-MM-DD`. */
const localDate = z.iso.date();

/**
 * Minutes since local midnight of an `HH:MM` (`24:00` → 1440).
 * @example minutesOfDay('20:30') // 1230
 */
export function minutesOfDay(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

const shiftFields = {
  userId: z.uuid(),
  role: z.enum(shiftRoles),
  /** The hub's on-call cardiologist during this shift (alerted with the backup readers). */
  onCallCardiologist: z.boolean().default(false),
  /** ISO weekday of a weekly shift: 1 Monday … 7 Sunday (null for a one-off shift). */
  weekday: z.number().int().min(1).max(7).nullable().default(null),
  /** Local date of a one-off shift (null for a weekly shift). */
  date: localDate.nullable().default(null),
  /** Start, local time. */
  startTime: localTime,
  /** End, local time; at or before the start means the shift ends the next day. */
  endTime: localEndTime,
  note: z.string().trim().max(200).nullable().default(null),
};

type ShiftShape = {
  weekday: number | null;
  date: string | null;
  startTime: string;
  endTime: string;
};

/** Adds the issues of a shift's timing: exactly one of weekday and date; start ≠ end. */
function checkShiftTiming(shift: ShiftShape, ctx: z.RefinementCtx): void {
  if ((shift.weekday === null) === (shift.date === null)) {
    ctx.addIssue({
      code: 'custom',
      path: ['weekday'],
      message: 'Give a weekday (weekly shift) or a date (one-off shift), not both',
    });
  }
  // Equal clock times are refused; `24:00` is an end only, so 00:00–24:00 is the whole day.
  if (minutesOfDay(shift.startTime) === minutesOfDay(shift.endTime)) {
    ctx.addIssue({
      code: 'custom',
      path: ['endTime'],
      message: 'A shift ends after it starts (use 00:00–24:00 for a whole day)',
    });
  }
}

/** `POST /api/ecg/roster/shifts` body. */
export const createShiftBodySchema = z
  .object({ orgId: z.uuid(), ...shiftFields })
  .superRefine(checkShiftTiming);

/** `PATCH /api/ecg/roster/shifts/{id}` body: any field but the organisation. */
export const updateShiftBodySchema = z.object({
  userId: shiftFields.userId.optional(),
  role: shiftFields.role.optional(),
  onCallCardiologist: z.boolean().optional(),
  weekday: z.number().int().min(1).max(7).nullable().optional(),
  date: localDate.nullable().optional(),
  startTime: localTime.optional(),
  endTime: localEndTime.optional(),
  note: z.string().trim().max(200).nullable().optional(),
});

/** The timing rules of a whole shift (used after merging a PATCH into the stored shift). */
export const shiftTimingSchema = z
  .object({
    weekday: shiftFields.weekday,
    date: shiftFields.date,
    startTime: localTime,
    endTime: localEndTime,
  })
  .superRefine(checkShiftTiming);

/** One shift, as stored. */
export const shiftSchema = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  user: studyPersonSchema,
  role: z.enum(shiftRoles),
  onCallCardiologist: z.boolean(),
  weekday: z.number().int().nullable(),
  date: z.string().nullable(),
  startTime: z.string(),
  endTime: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});

/** `GET /api/ecg/roster/shifts` query. */
export const listShiftsQuerySchema = z.object({
  orgId: z.uuid(),
  userId: z.uuid().optional(),
});

/** A person on duty at one organisation at the asked time. */
export const onDutyPersonSchema = z.object({
  user: studyPersonSchema,
  role: z.enum(shiftRoles),
  onCallCardiologist: z.boolean(),
  shiftId: z.uuid(),
  /** When this occurrence of the shift ends (ISO instant). */
  endsAt: z.string(),
});

/** `GET /api/ecg/roster/on-duty` answer. */
export const onDutySchema = z.object({
  at: z.string(),
  timeZone: z.string(),
  items: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
      tier: z.enum(routingTiers),
      /** False when the organisation keeps no roster (its duty is not tracked). */
      rosterKept: z.boolean(),
      people: z.array(onDutyPersonSchema),
    }),
  ),
});

/** `GET /api/ecg/roster/on-duty` query. */
export const onDutyQuerySchema = z.object({
  at: z.iso.datetime({ offset: true }).optional(),
  orgId: z.uuid().optional(),
});

/** One local hour of the week with minutes nobody covers. */
export const coverageGapSchema = z.object({
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: z.number().int().min(1).max(7),
  /** The local date of that day in the week asked for. */
  date: z.string(),
  /** Local hour, 0–23. */
  hour: z.number().int().min(0).max(23),
  uncoveredMinutes: z.number().int().min(1).max(60),
});

/** `GET /api/ecg/roster/coverage` query: any date of the week (default: this week). */
export const coverageQuerySchema = z.object({
  week: localDate.optional(),
  orgId: z.uuid().optional(),
});

/** `GET /api/ecg/roster/coverage` answer: per routing target, the hours nobody covers. */
export const coverageSchema = z.object({
  timeZone: z.string(),
  /** Local Monday of the week checked. */
  weekStart: z.string(),
  targets: z.array(
    z.object({
      orgId: z.uuid(),
      orgName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
      tier: z.enum(routingTiers),
      /** Organisations whose ECGs are routed here (active `ecg` grants). */
      sourceOrgIds: z.array(z.uuid()),
      /** Hours without any primary or backup reader on duty. */
      gaps: z.array(coverageGapSchema),
      /** Hub only: hours without an on-call cardiologist. */
      onCallGaps: z.array(coverageGapSchema),
      /** Reading centre only: hours without a coordinator. */
      coordinatorGaps: z.array(coverageGapSchema),
      uncoveredHours: z.number().int(),
    }),
  ),
});

/** What `GET /api/ecg/worklist` says about the caller's duty (beside its items). */
export const worklistDutySchema = z.object({
  /** False when the caller's organisation keeps a roster and the caller has no shift now. */
  onDuty: z.boolean(),
  rosterKept: z.boolean(),
  role: z.enum(shiftRoles).nullable(),
  onCallCardiologist: z.boolean(),
  /** End of the current shift (ISO instant), or null. */
  shiftEndsAt: z.string().nullable(),
});

/** `POST /api/ecg/studies/{id}/handover` body. */
export const handoverBodySchema = z.object({ toUserId: z.uuid() });

/** Why someone was alerted about a study. */
export const alertReasons = [
  'unclaimed',
  'unsigned',
  'breach',
  'handover',
  /** A signed STEMI opened a chest-pain case: the hub's coordinators must acknowledge it. */
  'green_channel',
] as const;

/** One of {@link alertReasons}. */
export type AlertReason = (typeof alertReasons)[number];

/** In which capacity the alerted person was chosen. */
export const alertRecipientRoles = [
  'backup',
  'on_call_cardiologist',
  'coordinator',
  'holder',
] as const;

/**
 * Kind of the study-outbox rows that carry alerts. They are never sent as `event: study` frames:
 * each alert goes as an `event: alert` frame to the person it names only.
 */
export const alertEventKind = 'alert';

/** Why an SLA breach happened. */
export const breachCauses = ['unclaimed', 'claimed_not_signed'] as const;

/**
 * One alert to one person: pushed live as `event: alert` on `GET /api/ecg/events` (only to that
 * person) and listed by `GET /api/ecg/alerts`.
 */
export const alertSchema = z.object({
  id: z.uuid(),
  studyId: z.uuid(),
  /** The study's organisation (the county). */
  orgId: z.uuid(),
  reason: z.enum(alertReasons),
  recipientRole: z.enum(alertRecipientRoles),
  triageLevel: z.enum(ecgTriageLevels).nullable(),
  /** The study's SLA due time. */
  slaDueAt: z.string().nullable(),
  /** Who held the study when the alert was raised. */
  claimedBy: studyPersonSchema.nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});

/** `GET /api/ecg/alerts` query. */
export const listAlertsQuerySchema = z.object({
  /** Only alerts not yet acknowledged (default true). */
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** A study not signed within its SLA, with the cause and who held it. */
export const breachSchema = z.object({
  studyId: z.uuid(),
  orgId: z.uuid(),
  triageLevel: z.enum(ecgTriageLevels),
  slaDueAt: z.string(),
  recordedAt: z.string(),
  cause: z.enum(breachCauses),
  heldBy: studyPersonSchema.nullable(),
  claimedAt: z.string().nullable(),
});

/** `GET /api/ecg/breaches` query. */
export const listBreachesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type CreateShiftBody = z.infer<typeof createShiftBodySchema>;
export type UpdateShiftBody = z.infer<typeof updateShiftBodySchema>;
export type Shift = z.infer<typeof shiftSchema>;
export type OnDutyPerson = z.infer<typeof onDutyPersonSchema>;
export type OnDuty = z.infer<typeof onDutySchema>;
export type CoverageGap = z.infer<typeof coverageGapSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type WorklistDuty = z.infer<typeof worklistDutySchema>;
export type Alert = z.infer<typeof alertSchema>;
export type Breach = z.infer<typeof breachSchema>;
export type AlertRecipientRole = (typeof alertRecipientRoles)[number];
export type BreachCause = (typeof breachCauses)[number];
