import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Hospitals, clinics and reading centres; a tree by `parentId`. */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    nameBo: text('name_bo'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('organisations_code_key').on(t.code),
    index('organisations_parent_idx').on(t.parentId),
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
  ],
);

/** Departments of an organisation (cardiology, general surgery, ...). */
export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    nameBo: text('name_bo'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('departments_org_code_key').on(t.orgId, t.code)],
);

/** Explicit sharing: `fromOrgId` shares `scope` data with `toOrgId` until revoked. */
export const orgGrants = pgTable(
  'org_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fromOrgId: uuid('from_org_id')
      .notNull()
      .references(() => organisations.id),
    toOrgId: uuid('to_org_id')
      .notNull()
      .references(() => organisations.id),
    scope: text('scope').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('org_grants_active_key')
      .on(t.fromOrgId, t.toOrgId, t.scope)
      .where(sql`revoked_at is null`),
    index('org_grants_to_idx').on(t.toOrgId, t.scope),
  ],
);
