import { Metadata } from '@tus/server';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { EcgRuntime } from '../runtime.js';
import { finishedOf } from './finish-upload.js';
import {
  resumableDocs,
  uploadHeadersSchema,
  uploadParamsSchema,
  tusResponses,
} from './resumable-docs.js';
import { handOver, requireTusResumable, sendTusResponse } from './tus-bridge.js';
import { studyIdHeader, type TusService } from './tus-service.js';
import { callerOf, callerRouteOptions, uploadPrefixes, type CallerKind } from './upload-caller.js';
import { clientMetadata } from './upload-metadata.js';

/**
 * HEAD /api/ecg/uploads/:id (and the device twin): how many bytes the server holds, so that a
 * client whose link dropped continues from there. An upload that already became a study answers
 * complete, with the study's id (its partial file is gone). Not audited: it reads no patient data
 * beyond the caller's own metadata.
 * @param app the plugin scope.
 * @param runtime the ECG runtime.
 * @param tus the tus service.
 * @param kind who calls this route.
 */
export function headUploadRoute(
  app: FastifyInstance,
  runtime: EcgRuntime,
  tus: TusService,
  kind: CallerKind,
): void {
  const auth = callerRouteOptions(kind, runtime);
  app.withTypeProvider<ZodTypeProvider>().head(
    `${uploadPrefixes[kind]}/:id`,
    {
      ...auth,
      // @fastify/swagger leaves HEAD routes out unless asked: this one is the protocol's core.
      config: { ...auth.config, swagger: { exposeHeadRoute: true } },
      schema: {
        ...resumableDocs('head', kind),
        params: uploadParamsSchema,
        headers: uploadHeadersSchema,
        response: tusResponses.head,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request, kind);
      requireTusResumable(request, reply);
      const { id } = request.params;
      const record = await tus.ownedRecord(id, caller.ownerKey);
      const finished = finishedOf(record);
      if (finished !== null) {
        const size = String(record.size ?? 0);
        return reply
          .headers({
            'Cache-Control': 'no-store',
            'Upload-Offset': size,
            'Upload-Length': size,
            'Upload-Metadata': Metadata.stringify(clientMetadata(record.metadata)),
            [studyIdHeader]: finished.studyId,
          })
          .status(200)
          .send(null);
      }
      const path = `${uploadPrefixes[kind]}/${id}`;
      const { response, failure } = await handOver(tus, request, caller, path, false);
      return sendTusResponse(reply, response, failure, runtime.config.ecgMaxUploadBytes);
    },
  );
}
