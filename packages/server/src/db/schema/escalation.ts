import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ecgStudies } from './ecg.js';
import { organisations } from './organisations.js';
import { users } from './users.js';

/**
 * Escalation steps that fired for a study (`unclaimed`, `unsigned`): when, in what state the study
 * was, who held it and how many people were alerted (0 flags a step nobody on duty could take).
 * One row per study and step.
 */
export const ecgEscalations = pgTable(
  'ecg_escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => ecgStudies.id),
    step: text('step').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    firedAt: timestamp('fired_at', { withTimezone: true }).notNull(),
    studyStatus: text('study_status').notNull(),
    heldBy: uuid('held_by').references(() => users.id),
    recipients: integer('recipients').notNull(),
  },
  (t) => [uniqueIndex('ecg_escalations_study_step_key').on(t.studyId, t.step)],
);

/**
 * Alerts to one person about one study (escalation, breach, hand-over), pushed live through the
 * study outbox and kept here until acknowledged.
 */
export const ecgAlerts = pgTable(
  'ecg_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studyId: uuid('study_id')
      .notNull()
      .references(() => ecgStudies.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    recipientRole: text('recipient_role').notNull(),
    escalationId: uuid('escalation_id').references(() => ecgEscalations.id),
    claimedBy: uuid('claimed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    index('ecg_alerts_user_idx').on(t.userId, t.createdAt),
    index('ecg_alerts_study_idx').on(t.studyId),
  ],
);

/**
 * Studies not signed by their SLA due time, recorded when the time passed: the cause (never
 * claimed, or claimed and not signed) and who held the study then.
 */
export const ecgSlaBreaches = pgTable(
  'ecg_sla_breaches',
  {
    studyId: uuid('study_id')
      .primaryKey()
      .references(() => ecgStudies.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    triageLevel: text('triage_level').notNull(),
    slaDueAt: timestamp('sla_due_at', { withTimezone: true }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    /** `unclaimed` or `claimed_not_signed`. */
    cause: text('cause').notNull(),
    heldBy: uuid('held_by').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
  },
  (t) => [index('ecg_sla_breaches_org_idx').on(t.orgId, t.recordedAt)],
);
