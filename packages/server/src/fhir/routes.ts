import { GesangError, idParamsSchema } from '@gesang/domain';
import { writeFhirObservation } from '@gesang/ecg-formats';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireAuth } from '../auth/auth-context.js';
import { writeAudit } from '../audit/write-audit.js';
import { assertStudyVisible, ecgScope } from '../ecg/visibility.js';
import { loadStudy } from '../ecg/study-mapping.js';
import type { FileStore } from '../files/file-store.js';
import { toGesangError } from '../http/error-handler.js';
import { loadSignedReport, readStudyRecord } from '../reports/signed-report.js';
import { capabilityStatement } from './capability-statement.js';
import { buildDiagnosticReport } from './diagnostic-report.js';
import { authenticateFhir } from './fhir-auth.js';

/** The FHIR JSON media type (https://hl7.org/fhir/R4/http.html#mime-type). */
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** Largest waveform served as one Observation, samples over all leads (a long Holter is not). */
const maxWaveformSamples = 2_000_000;

const sendFhir = (reply: FastifyReply, status: number, resource: unknown): FastifyReply =>
  reply.status(status).type(FHIR_JSON).send(JSON.stringify(resource));

/**
 * The FHIR R4 endpoint, /fhir/R4: `metadata` (CapabilityStatement), `DiagnosticReport/{id}` (a
 * study's signed report) and `Observation/{id}` (its 12-lead waveform as SampledData), for a
 * signed-in user (session cookie) who may see the study, exactly as GET /api/ecg/studies/{id}.
 * Errors are OperationOutcomes. Its own plugin scope: FHIR error and 404 handling apply only here.
 * @param files the content-addressed store holding the original files.
 */
export function fhirRoutes(app: FastifyInstance, files: FileStore): void {
  const { db } = app.database;
  void app.register(
    (scope, _options, done) => {
      scope.setErrorHandler((error, request, reply) => {
        const problem = toGesangError(error);
        if (problem.status >= 500) {
          request.log.error({ err: error }, 'FHIR request failed');
        }
        return sendFhir(reply, problem.status, problem.toOperationOutcome());
      });
      scope.setNotFoundHandler((request, reply) =>
        sendFhir(
          reply,
          404,
          GesangError.notFound(
            `FHIR interaction ${request.method} ${request.url.split('?')[0] ?? ''}`,
          ).toOperationOutcome(),
        ),
      );
      // The app's auth hook guards /api only: this endpoint signs its users in itself.
      scope.addHook('onRequest', (request) => authenticateFhir(app, request));
      const r = scope.withTypeProvider<ZodTypeProvider>();

      r.get(
        '/metadata',
        {
          config: { public: true },
          // Public like /api/openapi.json, and like it left out of the API document.
          schema: { hide: true },
        },
        (_request, reply) => sendFhir(reply, 200, capabilityStatement()),
      );

      r.get(
        '/DiagnosticReport/:id',
        {
          config: { permission: 'ecg:read' },
          schema: {
            tags: ['fhir'],
            summary: 'A study’s signed ECG report (FHIR R4 DiagnosticReport)',
            params: idParamsSchema,
          },
        },
        async (request, reply) => {
          const signed = await loadSignedReport(db, requireAuth(request), request.params.id);
          const pdfUrl = `${request.protocol}://${request.host}/api/ecg/studies/${signed.study.id}/report.pdf`;
          const resource = buildDiagnosticReport(signed, {
            pdfUrl,
            timeZone: app.config.reportTimeZone,
          });
          await writeAudit(db, request, {
            action: 'ecg.report.fhir',
            resourceType: 'ecg_study',
            resourceId: signed.study.id,
            patientId: signed.study.patientId,
            details: { version: signed.report.version },
          });
          return sendFhir(reply, 200, resource);
        },
      );

      r.get(
        '/Observation/:id',
        {
          config: { permission: 'ecg:read' },
          schema: {
            tags: ['fhir'],
            summary: 'A study’s 12-lead waveform (FHIR R4 Observation, SampledData)',
            params: idParamsSchema,
          },
        },
        async (request, reply) => {
          const auth = requireAuth(request);
          const visible = await assertStudyVisible(db, await ecgScope(db, auth), request.params.id);
          const study = await loadStudy(db, visible.id);
          // Only a file that read as an ECG has a waveform.
          if (study === null || study.record === null || study.status === 'rejected') {
            throw GesangError.notFound('ECG waveform');
          }
          const record = await readStudyRecord(files, study.file.sha256);
          const samples = record.leads.reduce((n, lead) => n + lead.samplesUv.length, 0);
          if (samples > maxWaveformSamples) {
            throw new GesangError(
              413,
              'payload_too_large',
              `This recording has ${samples} samples; the FHIR waveform is served up to ${maxWaveformSamples} (a 12-lead ECG has about 60,000–120,000)`,
            );
          }
          let observation: ReturnType<typeof writeFhirObservation>;
          try {
            observation = writeFhirObservation(record, { id: study.id });
          } catch (error) {
            throw new GesangError(
              500,
              'internal',
              `The waveform cannot be written as FHIR SampledData: ${error instanceof Error ? error.message : String(error)}`,
              { cause: error },
            );
          }
          await writeAudit(db, request, {
            action: 'ecg.waveform.fhir',
            resourceType: 'ecg_study',
            resourceId: study.id,
            patientId: study.patientId,
          });
          return sendFhir(reply, 200, observation);
        },
      );
      done();
    },
    { prefix: '/fhir/R4' },
  );
}
