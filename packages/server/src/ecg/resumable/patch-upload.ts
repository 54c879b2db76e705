import { GesangError } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { EcgRuntime } from '../runtime.js';
import { finishedOf } from './finish-upload.js';
import {
  patchHeadersSchema,
  resumableDocs,
  uploadParamsSchema,
  tusResponses,
} from './resumable-docs.js';
import { chunkContentType, handOver, requireTusResumable, sendTusResponse } from './tus-bridge.js';
import type { TusService } from './tus-service.js';
import { callerOf, callerRouteOptions, uploadPrefixes, type CallerKind } from './upload-caller.js';

/**
 * PATCH /api/ecg/uploads/:id (and the device twin): appends the body at Upload-Offset, streamed
 * to the partial file by tus (a dropped link keeps what arrived). The PATCH that completes the
 * file makes the study (see finishUpload) and names it in `Gesang-Study-Id`. Chunks are not
 * audited one by one: the upload's creation and its study are.
 * @param app the plugin scope (its content-type parser leaves the body unread).
 * @param runtime the ECG runtime.
 * @param tus the tus service.
 * @param kind who calls this route.
 */
export function patchUploadRoute(
  app: FastifyInstance,
  runtime: EcgRuntime,
  tus: TusService,
  kind: CallerKind,
): void {
  app.withTypeProvider<ZodTypeProvider>().patch(
    `${uploadPrefixes[kind]}/:id`,
    {
      ...callerRouteOptions(kind, runtime),
      schema: {
        ...resumableDocs('patch', kind),
        params: uploadParamsSchema,
        headers: patchHeadersSchema,
        response: tusResponses.patch,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request, kind);
      requireTusResumable(request, reply);
      const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
      if (mediaType !== chunkContentType) {
        throw new GesangError(
          415,
          'unsupported_media_type',
          `Send each chunk as ${chunkContentType}`,
          { field: 'header.content-type' },
        );
      }
      const { id } = request.params;
      const finished = finishedOf(await tus.ownedRecord(id, caller.ownerKey));
      if (finished !== null) {
        throw GesangError.conflict(
          'The upload is complete and became a study; ask with HEAD or GET …/study',
          'header.upload-offset',
          { studyId: finished.studyId },
        );
      }
      const path = `${uploadPrefixes[kind]}/${id}`;
      const { response, failure } = await handOver(tus, request, caller, path, true);
      return sendTusResponse(reply, response, failure, runtime.config.ecgMaxUploadBytes);
    },
  );
}
