import { idParamsSchema, priorStudiesSchema, type PriorStudy } from '@gesang/domain';
import { and, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { Db } from '../db/database.js';
import { ecgReports, ecgStudies, users } from '../db/schema/index.js';
import type { EcgRuntime } from './runtime.js';
import { selectStudies, type StudyRow } from './study-mapping.js';
import { linkedPatientOf } from './study-patient-view.js';
import { assertStudyVisible, ecgScope } from './visibility.js';

/** At most this many earlier ECGs are listed (the newest). */
const maxPriorStudies = 50;

/** The latest report version of each study, by study id. */
async function latestReports(
  db: Db,
  studyIds: string[],
): Promise<Map<string, NonNullable<PriorStudy['report']>>> {
  if (studyIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ report: ecgReports, signerName: users.displayName })
    .from(ecgReports)
    .innerJoin(users, eq(users.id, ecgReports.signedBy))
    .where(inArray(ecgReports.studyId, studyIds))
    .orderBy(desc(ecgReports.version));
  const latest = new Map<string, NonNullable<PriorStudy['report']>>();
  for (const { report, signerName } of rows) {
    if (!latest.has(report.studyId)) {
      latest.set(report.studyId, {
        version: report.version,
        conclusion: report.conclusion,
        signedAt: report.signedAt.toISOString(),
        signedBy: { id: report.signedBy, displayName: signerName },
      });
    }
  }
  return latest;
}

/** A joined study row as the reader's list of earlier ECGs shows it. */
function toPriorStudy(row: StudyRow, report: PriorStudy['report']): PriorStudy {
  const s = row.study;
  const m = s.analysis?.measurements ?? null;
  return {
    id: s.id,
    orgName: { zh: row.orgZh, en: row.orgEn, bo: row.orgBo },
    status: s.status as PriorStudy['status'],
    fileName: s.fileName,
    receivedAt: s.receivedAt.toISOString(),
    acquisitionTime: s.record?.acquisitionTime ?? null,
    triage: s.triage,
    measurements:
      m === null
        ? null
        : {
            heartRateBpm: m.heartRateBpm,
            prIntervalMs: m.prIntervalMs,
            qrsDurationMs: m.qrsDurationMs,
            qtcBazettMs: m.qtcBazettMs,
            qrsAxisDeg: m.qrsAxisDeg,
          },
    report,
  };
}

/**
 * GET /api/ecg/studies/:id/prior: the same patient's ECGs received before this one, newest
 * first — only those the caller may see by the one ECG visibility rule (its own organisation's
 * and those shared with it), never refused files — with triage, the engine's main measurements
 * and the latest signed conclusion. 404 when the study is not visible. Empty while the study has
 * no registered patient. Audited as a read of the patient (`patient.read`, via `ecg-prior`).
 */
export function priorStudiesRoute(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/studies/:id/prior',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'The patient’s earlier ECGs the caller may see, newest first',
        params: idParamsSchema,
        response: { 200: priorStudiesSchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const scope = await ecgScope(db, auth);
      const visible = await assertStudyVisible(db, scope, request.params.id);
      const [current] = await db
        .select({ receivedAt: ecgStudies.receivedAt })
        .from(ecgStudies)
        .where(eq(ecgStudies.id, visible.id));
      const patientId = visible.patientId;
      const rows =
        patientId === null || current === undefined
          ? []
          : await selectStudies(
              db,
              and(
                inArray(ecgStudies.orgId, scope),
                eq(ecgStudies.patientId, patientId),
                ne(ecgStudies.id, visible.id),
                ne(ecgStudies.status, 'rejected'),
                lt(ecgStudies.receivedAt, current.receivedAt),
              ),
              {
                orderBy: [desc(ecgStudies.receivedAt), desc(ecgStudies.id)],
                limit: maxPriorStudies,
              },
            );
      const reports = await latestReports(
        db,
        rows.map((row) => row.study.id),
      );
      const items = rows.map((row) => toPriorStudy(row, reports.get(row.study.id) ?? null));
      const patient = await linkedPatientOf(db, auth, patientId);
      await writeAudit(db, request, {
        action: patient === null ? 'ecg.study.prior' : 'patient.read',
        resourceType: patient === null ? 'ecg_study' : 'patient',
        resourceId: patient?.id ?? visible.id,
        patientId,
        details: { via: 'ecg-prior', studyId: visible.id, priorIds: items.map((s) => s.id) },
      });
      return { patient, items };
    },
  );
}
