import {
  GesangError,
  type CaseDetail,
  type CaseHistoryEntry,
  type CaseStudy,
} from '@gesang/domain';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.js';
import { caseEventHistory, caseStudies, cases, ecgStudies, users } from '../db/schema/index.js';
import { loadCaseEvents, selectCases, toCaseSummary } from './case-mapping.js';

const changer = alias(users, 'changer');

/** The history of a case's events, oldest first. */
async function loadHistory(db: DbOrTx, caseId: string): Promise<CaseHistoryEntry[]> {
  const rows = await db
    .select({ entry: caseEventHistory, changerName: changer.displayName })
    .from(caseEventHistory)
    .leftJoin(changer, eq(changer.id, caseEventHistory.changedBy))
    .where(eq(caseEventHistory.caseId, caseId))
    .orderBy(asc(caseEventHistory.id));
  return rows.map(({ entry, changerName }) => ({
    id: entry.id,
    event: entry.event,
    action: entry.action as CaseHistoryEntry['action'],
    oldAt: entry.oldAt?.toISOString() ?? null,
    newAt: entry.newAt?.toISOString() ?? null,
    source: entry.source as CaseHistoryEntry['source'],
    reason: entry.reason,
    changedBy:
      entry.changedBy === null ? null : { id: entry.changedBy, displayName: changerName ?? '' },
    changedAt: entry.changedAt.toISOString(),
  }));
}

/** The ECG studies linked to a case, in the order they were linked. */
async function loadStudies(db: DbOrTx, caseId: string): Promise<CaseStudy[]> {
  const rows = await db
    .select({ link: caseStudies, study: ecgStudies })
    .from(caseStudies)
    .innerJoin(ecgStudies, eq(ecgStudies.id, caseStudies.studyId))
    .where(eq(caseStudies.caseId, caseId))
    .orderBy(asc(caseStudies.linkedAt), asc(caseStudies.studyId));
  return rows.map(({ link, study }) => ({
    id: study.id,
    orgId: study.orgId,
    status: study.status as CaseStudy['status'],
    triageLevel: study.triageLevel as CaseStudy['triageLevel'],
    receivedAt: study.receivedAt.toISOString(),
    signedAt: study.signedAt?.toISOString() ?? null,
    linkedAt: link.linkedAt.toISOString(),
  }));
}

/**
 * The whole case: summary (events, clocks, flags), every current event with its source, the full
 * history of changes and the linked ECGs. The caller has checked that the case is visible.
 * @example const detail = await loadCaseDetail(db, caseId);
 */
export async function loadCaseDetail(db: DbOrTx, caseId: string): Promise<CaseDetail> {
  const [row] = await selectCases(db, eq(cases.id, caseId));
  if (row === undefined) {
    throw GesangError.notFound('Case');
  }
  const timeline = (await loadCaseEvents(db, [caseId])).get(caseId) ?? [];
  const closedBy = row.row.closedBy;
  const [closer] =
    closedBy === null
      ? []
      : await db.select({ name: users.displayName }).from(users).where(eq(users.id, closedBy));
  return {
    ...toCaseSummary(row, timeline),
    closedBy: closedBy === null ? null : { id: closedBy, displayName: closer?.name ?? '' },
    timeline,
    history: await loadHistory(db, caseId),
    studies: await loadStudies(db, caseId),
  };
}
