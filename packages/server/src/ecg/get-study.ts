import { GesangError, idParamsSchema, reportVersionSchema, studySchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import type { EcgRuntime } from './runtime.js';
import { loadReportVersions, loadStudy } from './study-mapping.js';
import { assertStudyVisible, ecgScope } from './visibility.js';

/**
 * GET /api/ecg/studies/:id: the whole study (status, triage, analysis, record summary, timestamps,
 * latest report) for the uploading organisation's users and the organisations it shares its ECGs
 * with; 404 otherwise, exactly as for a missing study. Audited as `ecg.study.read`.
 * GET /api/ecg/studies/:id/reports: every report version, newest first (amendments keep the old).
 */
export function getStudyRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = runtime;

  r.get(
    '/api/ecg/studies/:id',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'One ECG study: status, triage, analysis, timestamps',
        params: idParamsSchema,
        response: { 200: studySchema },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
      const study = await loadStudy(db, visible.id);
      if (study === null) {
        throw GesangError.notFound('ECG study');
      }
      await writeAudit(db, request, {
        action: 'ecg.study.read',
        resourceType: 'ecg_study',
        resourceId: study.id,
        patientId: study.patientId,
      });
      return study;
    },
  );

  r.get(
    '/api/ecg/studies/:id/reports',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'Every signed version of a study’s report, newest first',
        params: idParamsSchema,
        response: { 200: z.object({ items: z.array(reportVersionSchema) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
      const items = await loadReportVersions(db, visible.id);
      await writeAudit(db, request, {
        action: 'ecg.report.read',
        resourceType: 'ecg_study',
        resourceId: visible.id,
        patientId: visible.patientId,
        details: { versions: items.length },
      });
      return { items };
    },
  );
}
