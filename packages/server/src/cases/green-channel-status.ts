import type { GreenChannel } from '@gesang/domain';
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/database.js';
import { cases, organisations, users } from '../db/schema/index.js';

const acknowledger = alias(users, 'acknowledger');

/**
 * The green channel a study opened: its case at the hub, when it opened, and whether (and by whom)
 * the hub acknowledged it; null when the study opened none. This is all a county may know of the
 * hub's case: it reads it through the study, never through the case API.
 * @param db database or transaction.
 * @param studyId the ECG study.
 * @example const channel = await loadGreenChannel(db, studyId); channel?.acknowledgedAt // '2026-…' or null
 */
export async function loadGreenChannel(db: DbOrTx, studyId: string): Promise<GreenChannel | null> {
  const [row] = await db
    .select({
      caseId: cases.id,
      openedAt: cases.openedAt,
      acknowledgedAt: cases.acknowledgedAt,
      acknowledgedBy: cases.acknowledgedBy,
      acknowledgerName: acknowledger.displayName,
      hubId: organisations.id,
      zh: organisations.nameZh,
      en: organisations.nameEn,
      bo: organisations.nameBo,
    })
    .from(cases)
    .innerJoin(organisations, eq(organisations.id, cases.orgId))
    .leftJoin(acknowledger, eq(acknowledger.id, cases.acknowledgedBy))
    .where(eq(cases.sourceStudyId, studyId));
  if (row === undefined) {
    return null;
  }
  return {
    caseId: row.caseId,
    openedAt: row.openedAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy:
      row.acknowledgedBy === null
        ? null
        : { id: row.acknowledgedBy, displayName: row.acknowledgerName ?? '' },
    hubId: row.hubId,
    hubName: { zh: row.zh, en: row.en, bo: row.bo },
  };
}
