import type { CaseDetail } from '@gesang/domain';
import { eq, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db, DbOrTx } from '../db/database.js';
import { cases } from '../db/schema/index.js';
import { caseWriteOrg, visibleCase, type CaseRecord } from './case-access.js';
import { loadCaseDetail } from './case-detail.js';

/**
 * One change to a case, done the same way by every write route: in one transaction, lock the case
 * (404 unless it belongs to the caller's organisation, 403 without `case:manage`), apply `change`,
 * stamp `updated_at` and audit `action` with the details `change` returns; then answer the whole
 * case as it now is.
 * @param action audit verb, e.g. `case.event.record`.
 * @param change the change; returns details for the audit row.
 * @example return writeCase(db, request, id, 'case.close', async (tx, row) => ({ status: 'closed' }));
 */
export async function writeCase(
  db: Db,
  request: FastifyRequest,
  caseId: string,
  action: string,
  change: (tx: DbOrTx, row: CaseRecord, userId: string) => Promise<Record<string, unknown>>,
): Promise<CaseDetail> {
  const auth = requireAuth(request);
  const orgId = caseWriteOrg(auth);
  await db.transaction(async (tx) => {
    const row = await visibleCase(tx, orgId, caseId, true);
    const details = await change(tx, row, auth.userId);
    await tx
      .update(cases)
      .set({ updatedAt: sql`now()` })
      .where(eq(cases.id, row.id));
    await writeAudit(tx, request, {
      action,
      resourceType: 'case',
      resourceId: row.id,
      patientId: row.patientId,
      details,
    });
  });
  return loadCaseDetail(db, caseId);
}
