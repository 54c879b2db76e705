import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../audit/write-audit.js';
import type { EcgRuntime } from '../runtime.js';
import { finishedOf } from './finish-upload.js';
import {
  resumableDocs,
  uploadHeadersSchema,
  uploadParamsSchema,
  tusResponses,
} from './resumable-docs.js';
import { handOver, requireTusResumable, sendTusResponse } from './tus-bridge.js';
import type { TusService } from './tus-service.js';
import {
  auditActor,
  callerOf,
  callerRouteOptions,
  uploadPrefixes,
  type CallerKind,
} from './upload-caller.js';

/**
 * DELETE /api/ecg/uploads/:id (and the device twin): the technician removed the file from the
 * desk's queue; its partial bytes leave the server now rather than at expiry. A study it already
 * became stays. Audited as `ecg.upload.terminate`.
 * @param app the plugin scope.
 * @param runtime the ECG runtime.
 * @param tus the tus service.
 * @param kind who calls this route.
 */
export function deleteUploadRoute(
  app: FastifyInstance,
  runtime: EcgRuntime,
  tus: TusService,
  kind: CallerKind,
): void {
  const maxBytes = runtime.config.ecgMaxUploadBytes;
  app.withTypeProvider<ZodTypeProvider>().delete(
    `${uploadPrefixes[kind]}/:id`,
    {
      ...callerRouteOptions(kind, runtime),
      schema: {
        ...resumableDocs('delete', kind),
        params: uploadParamsSchema,
        headers: uploadHeadersSchema,
        response: tusResponses.delete,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request, kind);
      requireTusResumable(request, reply);
      const { id } = request.params;
      const record = await tus.ownedRecord(id, caller.ownerKey);
      const finished = finishedOf(record);
      let answer: Awaited<ReturnType<typeof handOver>> | null = null;
      if (finished === null) {
        answer = await handOver(tus, request, caller, `${uploadPrefixes[kind]}/${id}`, false);
        if (answer.response.status >= 400) {
          return sendTusResponse(reply, answer.response, answer.failure, maxBytes); // throws
        }
      } else {
        // Its bytes are in the file store already; only the record is left.
        await rm(join(tus.partials.directory, id), { force: true });
        await tus.partials.configstore.delete(id);
      }
      await writeAudit(runtime.db, request, {
        action: 'ecg.upload.terminate',
        resourceType: 'ecg_upload',
        resourceId: id,
        ...auditActor(caller),
        details: { orgId: caller.uploader.orgId, studyId: finished?.studyId ?? null },
      });
      return answer === null
        ? reply.status(204).send(null)
        : sendTusResponse(reply, answer.response, answer.failure, maxBytes);
    },
  );
}
