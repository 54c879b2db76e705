import {
  amendStudyBodySchema,
  GesangError,
  idParamsSchema,
  signStudyBodySchema,
  studySchema,
  type ReportStatement,
} from '@gesang/domain';
import { statementCodes } from '@gesang/ecg-signal';
import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { openGreenChannel } from '../cases/open-green-channel.js';
import { ecgReports, ecgStudies } from '../db/schema/index.js';
import { signalChannels } from '../jobs/signals.js';
import { transitionRefusal } from './claim-study.js';
import type { EcgRuntime } from './runtime.js';
import { loadStudy } from './study-mapping.js';
import { writeStudyEvent } from './study-events.js';
import { ecgScope } from './visibility.js';

/** The reader's own statement, outside the catalogue; its `text` is required. */
export const freeTextCode = 'free_text';

const knownCodes = new Set<string>([...statementCodes, freeTextCode]);

/**
 * 400 naming the first statement whose code is not in the engine's catalogue (nor `free_text`),
 * or a `free_text` without text.
 */
export function checkStatements(statements: readonly ReportStatement[]): void {
  statements.forEach((statement, index) => {
    if (!knownCodes.has(statement.code)) {
      throw GesangError.badRequest(
        `Unknown statement code ${statement.code}: use a catalogue code or ${freeTextCode}`,
        `body.statements.${index}.code`,
      );
    }
    if (statement.code === freeTextCode && statement.text === undefined) {
      throw GesangError.badRequest(
        'A free_text statement needs its text',
        `body.statements.${index}.text`,
      );
    }
  });
}

/**
 * POST /api/ecg/studies/:id/sign: the reader holding the claim signs report version 1 (coded
 * statements and a conclusion); the study becomes `signed`. POST /api/ecg/studies/:id/amend: a
 * reader changes a signed report with a reason; a new version is added, the old ones kept.
 */
export function signStudyRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.post(
    '/api/ecg/studies/:id/sign',
    {
      config: { permission: 'ecg:report' },
      schema: {
        tags: ['ecg'],
        summary: 'Sign the report of a study you claimed (version 1)',
        params: idParamsSchema,
        body: signStudyBodySchema,
        response: { 200: studySchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { statements, conclusion } = request.body;
      checkStatements(statements);
      const scope = await ecgScope(db, auth);
      const studyId = request.params.id;
      const signed = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(ecgStudies)
          .set({
            status: 'signed',
            signedBy: auth.userId,
            signedAt: sql`now()`,
            updatedAt: sql`now()`,
          })
          .where(
            and(
              eq(ecgStudies.id, studyId),
              inArray(ecgStudies.orgId, scope),
              eq(ecgStudies.status, 'claimed'),
              eq(ecgStudies.claimedBy, auth.userId),
            ),
          )
          .returning({ orgId: ecgStudies.orgId, patientId: ecgStudies.patientId });
        if (row === undefined) {
          return false;
        }
        await tx
          .insert(ecgReports)
          .values({ studyId, version: 1, statements, conclusion, signedBy: auth.userId });
        await writeStudyEvent(tx, {
          studyId,
          orgId: row.orgId,
          kind: 'signed',
          actorUserId: auth.userId,
          payload: {
            status: 'signed',
            version: 1,
            signedBy: { id: auth.userId, displayName: auth.displayName },
          },
        });
        await writeAudit(tx, request, {
          action: 'ecg.report.sign',
          resourceType: 'ecg_study',
          resourceId: studyId,
          patientId: row.patientId,
          details: { version: 1, codes: statements.map((s) => s.code) },
        });
        // A STEMI opens the chest-pain green channel at the hub, in this same transaction.
        const { reportTimeZone: timeZone } = runtime.config;
        const signerId = auth.userId;
        await openGreenChannel(tx, request, { studyId, statements, signerId, timeZone });
        return true;
      });
      if (!signed) {
        throw await transitionRefusal(db, scope, studyId, auth, 'claimed by you');
      }
      runtime.signals.emit(signalChannels.studyEvents);
      return (await loadStudy(db, studyId)) ?? Promise.reject(GesangError.notFound('ECG study'));
    },
  );

  r.post(
    '/api/ecg/studies/:id/amend',
    {
      config: { permission: 'ecg:report' },
      schema: {
        tags: ['ecg'],
        summary: 'Amend a signed report with a reason (adds a version; old versions kept)',
        params: idParamsSchema,
        body: amendStudyBodySchema,
        response: { 200: studySchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { statements, conclusion, reason } = request.body;
      checkStatements(statements);
      const scope = await ecgScope(db, auth);
      const studyId = request.params.id;
      const amended = await db.transaction(async (tx) => {
        // The row lock serialises concurrent amendments: each gets the next version number.
        const [row] = await tx
          .select({ orgId: ecgStudies.orgId, patientId: ecgStudies.patientId })
          .from(ecgStudies)
          .where(
            and(
              eq(ecgStudies.id, studyId),
              inArray(ecgStudies.orgId, scope),
              eq(ecgStudies.status, 'signed'),
            ),
          )
          .for('update');
        if (row === undefined) {
          return null;
        }
        const [latest] = await tx
          .select({ version: max(ecgReports.version) })
          .from(ecgReports)
          .where(eq(ecgReports.studyId, studyId));
        const version = (latest?.version ?? 0) + 1;
        await tx.insert(ecgReports).values({
          studyId,
          version,
          statements,
          conclusion,
          signedBy: auth.userId,
          amendmentReason: reason,
        });
        await tx
          .update(ecgStudies)
          .set({ updatedAt: sql`now()` })
          .where(eq(ecgStudies.id, studyId));
        await writeStudyEvent(tx, {
          studyId,
          orgId: row.orgId,
          kind: 'amended',
          actorUserId: auth.userId,
          payload: { version, signedBy: { id: auth.userId, displayName: auth.displayName } },
        });
        await writeAudit(tx, request, {
          action: 'ecg.report.amend',
          resourceType: 'ecg_study',
          resourceId: studyId,
          patientId: row.patientId,
          details: { version, reason, codes: statements.map((s) => s.code) },
        });
        // A STEMI opens the chest-pain green channel at the hub, in this same transaction.
        const { reportTimeZone: timeZone } = runtime.config;
        const signerId = auth.userId;
        await openGreenChannel(tx, request, { studyId, statements, signerId, timeZone });
        return version;
      });
      if (amended === null) {
        throw await transitionRefusal(db, scope, studyId, auth, 'signed');
      }
      runtime.signals.emit(signalChannels.studyEvents);
      return (await loadStudy(db, studyId)) ?? Promise.reject(GesangError.notFound('ECG study'));
    },
  );
}
