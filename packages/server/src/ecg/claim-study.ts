import { GesangError, idParamsSchema, studySummarySchema, type StudySummary } from '@gesang/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth, type AuthContext } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { ecgStudies, users } from '../db/schema/index.js';
import { signalChannels } from '../jobs/signals.js';
import { handoverRoute } from '../roster/handover.js';
import type { EcgRuntime } from './runtime.js';
import { loadStudySummaries } from './study-mapping.js';
import { writeStudyEvent } from './study-events.js';
import { ecgScope } from './visibility.js';

/**
 * Why a transition found no study in the expected state: 404 when the study is missing or not
 * visible, otherwise 409 saying what state it is in (and who holds it, when claimed).
 * @param expected e.g. 'claimable' — used in the message only.
 */
export async function transitionRefusal(
  db: Db,
  scope: readonly string[],
  studyId: string,
  auth: AuthContext,
  expected: string,
): Promise<GesangError> {
  const [row] =
    scope.length === 0
      ? []
      : await db
          .select({
            status: ecgStudies.status,
            claimedBy: ecgStudies.claimedBy,
            claimerName: users.displayName,
          })
          .from(ecgStudies)
          .leftJoin(users, eq(users.id, ecgStudies.claimedBy))
          .where(and(eq(ecgStudies.id, studyId), inArray(ecgStudies.orgId, [...scope])));
  if (row === undefined) {
    return GesangError.notFound('ECG study');
  }
  if (row.status === 'claimed' && row.claimedBy !== null && row.claimedBy !== auth.userId) {
    const holder = { id: row.claimedBy, displayName: row.claimerName ?? '' };
    return GesangError.conflict(`${holder.displayName} is reading this ECG (claimed)`, undefined, {
      status: row.status,
      claimedBy: holder,
    });
  }
  return GesangError.conflict(`The study is ${row.status}, not ${expected}`, undefined, {
    status: row.status,
    ...(row.claimedBy === auth.userId && row.status === 'claimed' ? { claimedByYou: true } : {}),
  });
}

async function answer(runtime: EcgRuntime, studyId: string): Promise<StudySummary> {
  const [summary] = await loadStudySummaries(runtime.db, [studyId]);
  if (summary === undefined) {
    throw GesangError.notFound('ECG study');
  }
  return summary;
}

/**
 * Moves a visible study from one state to another with a single conditional UPDATE (so concurrent
 * requests cannot both succeed), writing the event and the audit row in the same transaction.
 * @returns true when this request made the change.
 */
async function transition(
  runtime: EcgRuntime,
  request: FastifyRequest,
  change: { studyId: string; scope: string[]; claim: boolean },
): Promise<boolean> {
  const auth = requireAuth(request);
  const changed = await runtime.db.transaction(async (tx) => {
    const [row] = await tx
      .update(ecgStudies)
      .set(
        change.claim
          ? {
              status: 'claimed',
              claimedBy: auth.userId,
              claimedAt: sql`now()`,
              updatedAt: sql`now()`,
            }
          : { status: 'analysed', claimedBy: null, claimedAt: null, updatedAt: sql`now()` },
      )
      .where(
        and(
          eq(ecgStudies.id, change.studyId),
          inArray(ecgStudies.orgId, change.scope),
          change.claim
            ? eq(ecgStudies.status, 'analysed')
            : and(eq(ecgStudies.status, 'claimed'), eq(ecgStudies.claimedBy, auth.userId)),
        ),
      )
      .returning({ orgId: ecgStudies.orgId, patientId: ecgStudies.patientId });
    if (row === undefined) {
      return false;
    }
    const by = { id: auth.userId, displayName: auth.displayName };
    await writeStudyEvent(tx, {
      studyId: change.studyId,
      orgId: row.orgId,
      kind: change.claim ? 'claimed' : 'released',
      actorUserId: auth.userId,
      payload: change.claim ? { status: 'claimed', claimedBy: by } : { status: 'analysed' },
    });
    await writeAudit(tx, request, {
      action: change.claim ? 'ecg.study.claim' : 'ecg.study.release',
      resourceType: 'ecg_study',
      resourceId: change.studyId,
      patientId: row.patientId,
    });
    return true;
  });
  if (changed) {
    runtime.signals.emit(signalChannels.studyEvents);
  }
  return changed;
}

/**
 * POST /api/ecg/studies/:id/claim: the reader takes an analysed study; exactly one of any number
 * of concurrent claims wins, the others get 409 naming who holds it. Claiming one's own claimed
 * study again answers 200. POST /api/ecg/studies/:id/release: the claimer puts it back.
 * POST /api/ecg/studies/:id/handover: the claimer passes it to another on-duty reader.
 */
export function claimStudyRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;
  const common = {
    config: { permission: 'ecg:report' as const },
    schema: { tags: ['ecg'], params: idParamsSchema, response: { 200: studySummarySchema } },
  };

  r.post(
    '/api/ecg/studies/:id/claim',
    { ...common, schema: { ...common.schema, summary: 'Claim a study to read it (atomic)' } },
    async (request) => {
      const auth = requireAuth(request);
      const scope = await ecgScope(db, auth);
      const studyId = request.params.id;
      if (!(await transition(runtime, request, { studyId, scope, claim: true }))) {
        const refusal = await transitionRefusal(db, scope, studyId, auth, 'analysed');
        if (refusal.options.details?.claimedByYou !== true) {
          throw refusal;
        }
      }
      return answer(runtime, studyId);
    },
  );

  r.post(
    '/api/ecg/studies/:id/release',
    { ...common, schema: { ...common.schema, summary: 'Release a claimed study (claimer only)' } },
    async (request) => {
      const auth = requireAuth(request);
      const scope = await ecgScope(db, auth);
      const studyId = request.params.id;
      if (!(await transition(runtime, request, { studyId, scope, claim: false }))) {
        throw await transitionRefusal(db, scope, studyId, auth, 'claimed by you');
      }
      return answer(runtime, studyId);
    },
  );

  handoverRoute(app, runtime);
}
