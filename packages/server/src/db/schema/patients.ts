import {
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';

/** The master patient record, one per person across the consortium. */
export const patients = pgTable(
  'patients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nameZh: text('name_zh'),
    nameBo: text('name_bo'),
    namePinyin: text('name_pinyin'),
    /** `namePinyin` lower-cased without tones or spaces, for matching. */
    pinyinKey: text('pinyin_key'),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    createdByOrgId: uuid('created_by_org_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('patients_pinyin_key_idx').on(t.pinyinKey),
    index('patients_name_zh_idx').on(t.nameZh),
    index('patients_birth_date_idx').on(t.birthDate),
  ],
);

/** Identifiers: resident ID (unique in the consortium), each hospital's MRN (unique per hospital). */
export const patientIdentifiers = pgTable(
  'patient_identifiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    system: text('system').notNull(),
    value: text('value').notNull(),
    orgId: uuid('org_id').references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('patient_identifiers_key').on(t.system, t.value, t.orgId).nullsNotDistinct(),
    index('patient_identifiers_patient_idx').on(t.patientId),
    index('patient_identifiers_value_idx').on(t.value),
  ],
);

/** Which organisations hold a record of (have seen) a patient. Drives visibility. */
export const patientOrgs = pgTable(
  'patient_orgs',
  {
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.patientId, t.orgId] }),
    index('patient_orgs_org_idx').on(t.orgId),
  ],
);

/** Likely duplicates flagged when a patient was created, for administrators to review. */
export const patientDuplicateFlags = pgTable(
  'patient_duplicate_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    candidateId: uuid('candidate_id')
      .notNull()
      .references(() => patients.id),
    reasons: text('reasons').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('patient_duplicate_flags_patient_idx').on(t.patientId)],
);
