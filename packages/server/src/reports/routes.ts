import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { idParamsSchema } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { createFileStore } from '../files/file-store.js';
import { fhirRoutes } from '../fhir/routes.js';
import { buildOruR01 } from './hl7-oru.js';
import { fontError, type FontRole } from './report-fonts.js';
import { createReportRenderer } from './report-renderer.js';
import { loadSignedReport } from './signed-report.js';

/**
 * The signed report's outputs: GET /api/ecg/studies/:id/report.pdf (the printable clinical
 * report) and GET /api/ecg/studies/:id/report.hl7 (HL7 v2.5.1 ORU^R01), for whoever may see the
 * study, 404 before signing; and the FHIR R4 endpoint under /fhir/R4. Every read is audited.
 */
export function reportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.database;
  const files = createFileStore(join(app.config.dataDir, 'files'));
  const renderer = createReportRenderer((message) => app.log.warn(message));
  const config = { reportFonts: app.config.reportFonts, reportTimeZone: app.config.reportTimeZone };

  app.addHook('onReady', async () => {
    // Say at start-up, not at the first report, when a font is missing.
    for (const role of ['cjk', 'cjkBold', 'tibetan'] as FontRole[]) {
      await access(config.reportFonts[role].path).catch((error: unknown) => {
        app.log.warn(fontError(role, config.reportFonts[role], error).message);
      });
    }
  });
  app.addHook('onClose', () => renderer.close());

  r.get(
    '/api/ecg/studies/:id/report.pdf',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary: 'The signed report as a PDF (A4 landscape, true-size ECG paper); 404 until signed',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const signed = await loadSignedReport(db, requireAuth(request), request.params.id);
      const fileBytes = await files.read(signed.study.file.sha256);
      const pdf = await renderer.render({ signed, fileBytes, config });
      await writeAudit(db, request, {
        action: 'ecg.report.pdf',
        resourceType: 'ecg_study',
        resourceId: signed.study.id,
        patientId: signed.study.patientId,
        details: { version: signed.report.version },
      });
      const name = `ecg-report-${signed.study.id}-v${signed.report.version}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  r.get(
    '/api/ecg/studies/:id/report.hl7',
    {
      config: { permission: 'ecg:read' },
      schema: {
        tags: ['ecg'],
        summary:
          'The signed report as an HL7 v2.5.1 ORU^R01 message (ER7, UTF-8); 404 until signed',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const signed = await loadSignedReport(db, requireAuth(request), request.params.id);
      const message = buildOruR01(signed, {
        timeZone: config.reportTimeZone,
        controlId: randomBytes(10).toString('hex').toUpperCase(),
      });
      await writeAudit(db, request, {
        action: 'ecg.report.hl7',
        resourceType: 'ecg_study',
        resourceId: signed.study.id,
        patientId: signed.study.patientId,
        details: { version: signed.report.version },
      });
      const name = `ecg-report-${signed.study.id}-v${signed.report.version}.hl7`;
      return reply
        .type('application/hl7-v2; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'private, no-store')
        .send(message);
    },
  );

  fhirRoutes(app, files);
}
