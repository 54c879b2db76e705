import { GesangError } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../audit/write-audit.js';
import type { EcgRuntime } from '../runtime.js';
import { loadStudySummaries } from '../study-mapping.js';
import { finishedOf } from './finish-upload.js';
import { resumableDocs, uploadParamsSchema, uploadStudyAnswerSchema } from './resumable-docs.js';
import type { TusService } from './tus-service.js';
import {
  auditActor,
  callerOf,
  callerRouteOptions,
  uploadPrefixes,
  type CallerKind,
} from './upload-caller.js';

/**
 * GET /api/ecg/uploads/:id/study (and the device twin): the study a complete upload became, and
 * whether its key had been used before. When the completing PATCH failed to make the study (or
 * its answer was lost), this makes it: one study per upload, one per key. Audited as
 * `ecg.study.read`.
 * @param app the plugin scope.
 * @param runtime the ECG runtime.
 * @param tus the tus service.
 * @param kind who calls this route.
 */
export function uploadStudyRoute(
  app: FastifyInstance,
  runtime: EcgRuntime,
  tus: TusService,
  kind: CallerKind,
): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `${uploadPrefixes[kind]}/:id/study`,
    {
      ...callerRouteOptions(kind, runtime),
      schema: {
        ...resumableDocs('study', kind),
        params: uploadParamsSchema,
        response: { 200: uploadStudyAnswerSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request, kind);
      const { id } = request.params;
      const record = await tus.ownedRecord(id, caller.ownerKey);
      const finished = finishedOf(record) ?? (await tus.finish(request, caller, id));
      const [study] = await loadStudySummaries(runtime.db, [finished.studyId]);
      if (study === undefined) {
        throw GesangError.notFound('ECG study');
      }
      await writeAudit(runtime.db, request, {
        action: 'ecg.study.read',
        resourceType: 'ecg_study',
        resourceId: study.id,
        patientId: study.patientId,
        ...auditActor(caller),
        details: { uploadId: id },
      });
      return { study, repeat: !finished.created };
    },
  );
}
