import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.js';
import { users } from './users.js';

/**
 * Readers' shifts at a reading organisation (the hub, a reading centre), in the consortium's time
 * zone: weekly (`weekday`, 1 Monday … 7 Sunday) or one-off (`date`), from `start_minute` to
 * `end_minute` local minutes since midnight; an end at or before the start runs into the next day.
 */
export const rosterShifts = pgTable(
  'roster_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** `primary`, `backup` or `coordinator`. */
    role: text('role').notNull(),
    onCallCardiologist: boolean('on_call_cardiologist').notNull().default(false),
    weekday: smallint('weekday'),
    date: date('date', { mode: 'string' }),
    startMinute: integer('start_minute').notNull(),
    endMinute: integer('end_minute').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('roster_shifts_org_idx').on(t.orgId),
    index('roster_shifts_user_idx').on(t.userId),
    check('roster_shifts_when', sql`(${t.weekday} is null) <> (${t.date} is null)`),
    check('roster_shifts_weekday', sql`${t.weekday} between 1 and 7`),
    check(
      'roster_shifts_minutes',
      sql`${t.startMinute} between 0 and 1439 and ${t.endMinute} between 1 and 1440`,
    ),
  ],
);
