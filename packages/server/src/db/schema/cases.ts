import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ecgStudies } from './ecg.js';
import { organisations } from './organisations.js';
import { patients } from './patients.js';
import { users } from './users.js';

/**
 * One patient episode at one of the five centres (chest pain, stroke, ...), owned by the hub that
 * treats it. `demo` cases come from the demo generator and are never counted with real ones.
 * `source_study_id` is the ECG that opened a green channel: unique, so one study opens one case.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centre: text('centre').notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    patientId: uuid('patient_id').references(() => patients.id),
    /** `green_channel`, `walk_in`, `ambulance`, `transfer_from_county` or `manual`. */
    openedHow: text('opened_how').notNull(),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status').notNull().default('open'),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    demo: boolean('demo').notNull().default(false),
    attributes: jsonb('attributes').$type<Record<string, unknown>>().notNull().default({}),
    sourceStudyId: uuid('source_study_id').references(() => ecgStudies.id),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_org_status_idx').on(t.orgId, t.demo, t.status, t.openedAt),
    index('cases_patient_idx').on(t.patientId),
    uniqueIndex('cases_source_study_key')
      .on(t.sourceStudyId)
      .where(sql`source_study_id is not null`),
  ],
);

/** ECG studies linked to a case (the green channel's own study among them). */
export const caseStudies = pgTable(
  'case_studies',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    studyId: uuid('study_id')
      .notNull()
      .references(() => ecgStudies.id),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.studyId] }),
    index('case_studies_study_idx').on(t.studyId),
  ],
);

/**
 * The current time of each event of a case: one row per (case, event id). Every change is also
 * appended to `case_event_history`, which keeps what this table overwrote or removed.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    event: text('event').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** `device`, `system` or `manual`. */
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.event] })],
);

/**
 * Every insert, correction and removal of a case event, never changed: who, when, from which
 * source, the old and new time, and the reason given for a correction or removal.
 */
export const caseEventHistory = pgTable(
  'case_event_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    event: text('event').notNull(),
    /** `recorded`, `corrected` or `removed`. */
    action: text('action').notNull(),
    oldAt: timestamp('old_at', { withTimezone: true }),
    newAt: timestamp('new_at', { withTimezone: true }),
    source: text('source').notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_event_history_case_idx').on(t.caseId, t.id)],
);
