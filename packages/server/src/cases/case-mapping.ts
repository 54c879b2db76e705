import type { CaseEvent, CaseSummary, Centre } from '@gesang/domain';
import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.js';
import { caseEvents, cases, organisations, users } from '../db/schema/index.js';
import { boardClocks, caseFlags } from './case-review.js';

const opener = alias(users, 'opener');
const acknowledger = alias(users, 'acknowledger');
const recorder = alias(users, 'recorder');

/** A case row with its organisation's names and its people's display names. */
export interface CaseRow {
  row: typeof cases.$inferSelect;
  orgZh: string;
  orgEn: string;
  orgBo: string | null;
  openerName: string | null;
  acknowledgerName: string | null;
}

const person = (id: string | null, name: string | null): CaseSummary['openedBy'] =>
  id === null ? null : { id, displayName: name ?? '' };

/**
 * Cases matching `where` (callers always include the organisation condition): open ones first,
 * each group oldest first (the longest-running case heads the live board).
 * @param db database or transaction.
 */
export async function selectCases(
  db: DbOrTx,
  where: SQL | undefined,
  page: { limit: number; offset: number } = { limit: 1, offset: 0 },
): Promise<CaseRow[]> {
  return db
    .select({
      row: cases,
      orgZh: organisations.nameZh,
      orgEn: organisations.nameEn,
      orgBo: organisations.nameBo,
      openerName: opener.displayName,
      acknowledgerName: acknowledger.displayName,
    })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.orgId))
    .leftJoin(opener, eq(opener.id, cases.openedBy))
    .leftJoin(acknowledger, eq(acknowledger.id, cases.acknowledgedBy))
    .where(where)
    .orderBy(sql`${cases.status} <> 'open'`, asc(cases.openedAt), asc(cases.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** The current events of each case of `caseIds`, in time order. */
export async function loadCaseEvents(
  db: DbOrTx,
  caseIds: readonly string[],
): Promise<Map<string, CaseEvent[]>> {
  const result = new Map<string, CaseEvent[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) {
    return result;
  }
  const rows = await db
    .select({ event: caseEvents, recorderName: recorder.displayName })
    .from(caseEvents)
    .leftJoin(recorder, eq(recorder.id, caseEvents.recordedBy))
    .where(inArray(caseEvents.caseId, [...caseIds]))
    .orderBy(asc(caseEvents.at), asc(caseEvents.event));
  for (const { event, recorderName } of rows) {
    result.get(event.caseId)?.push({
      event: event.event,
      at: event.at.toISOString(),
      // Only this module's writers fill the column, always with a source of the contract.
      source: event.source as CaseEvent['source'],
      recordedBy: person(event.recordedBy, recorderName),
      recordedAt: event.recordedAt.toISOString(),
    });
  }
  return result;
}

/**
 * The list view of a case: its row, current event times, the live board's clocks and the review
 * flags (computed on read from the events, so a flag never hides or drops an event).
 */
export function toCaseSummary(row: CaseRow, timeline: readonly CaseEvent[]): CaseSummary {
  const c = row.row;
  const centre = c.centre as Centre;
  const events = Object.fromEntries(timeline.map((e) => [e.event, e.at]));
  return {
    id: c.id,
    centre,
    orgId: c.orgId,
    orgName: { zh: row.orgZh, en: row.orgEn, bo: row.orgBo },
    patientId: c.patientId,
    openedHow: c.openedHow as CaseSummary['openedHow'],
    openedBy: person(c.openedBy, row.openerName),
    openedAt: c.openedAt.toISOString(),
    status: c.status as CaseSummary['status'],
    closedAt: c.closedAt?.toISOString() ?? null,
    demo: c.demo,
    sourceStudyId: c.sourceStudyId,
    acknowledgedAt: c.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: person(c.acknowledgedBy, row.acknowledgerName),
    attributes: c.attributes,
    events,
    clocks: boardClocks(centre, events),
    flags: caseFlags(centre, events, c.attributes),
  };
}
