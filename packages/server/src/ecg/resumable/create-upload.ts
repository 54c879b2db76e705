import { GesangError } from '@gesang/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { writeAudit } from '../../audit/write-audit.js';
import type { EcgRuntime } from '../runtime.js';
import { tooLarge } from '../upload-fields.js';
import { createHeadersSchema, resumableDocs, tusResponses } from './resumable-docs.js';
import { handOver, requireTusResumable, sendTusResponse } from './tus-bridge.js';
import type { TusService } from './tus-service.js';
import {
  auditActor,
  callerOf,
  callerRouteOptions,
  uploadPrefixes,
  type CallerKind,
} from './upload-caller.js';
import { parseMetadataHeader, readResumableFields } from './upload-metadata.js';

/**
 * The declared size, checked before a byte is sent: the county's link is slow.
 * @throws GesangError 400 for an empty file, 413 over `maxBytes` (stating it).
 */
function declaredLengthBytes(request: FastifyRequest, maxBytes: number): number {
  const lengthBytes = Number(request.headers['upload-length']);
  if (lengthBytes < 1) {
    throw GesangError.badRequest(
      'Upload-Length is 0: an empty file is no ECG',
      'header.upload-length',
    );
  }
  if (lengthBytes > maxBytes) {
    const limit = tooLarge(maxBytes);
    throw new GesangError(413, limit.code, limit.message, {
      field: 'header.upload-length',
      details: { limitBytes: maxBytes },
    });
  }
  return lengthBytes;
}

/**
 * POST /api/ecg/uploads (users) and /api/ecg/device/uploads (cart gateways): creates a resumable
 * upload owned by the caller. Size and metadata are checked here, in our words, before tus makes
 * the upload; audited as `ecg.upload.create`.
 * @param app the plugin scope.
 * @param runtime the ECG runtime.
 * @param tus the tus service.
 * @param kind who calls this route.
 */
export function createUploadRoute(
  app: FastifyInstance,
  runtime: EcgRuntime,
  tus: TusService,
  kind: CallerKind,
): void {
  const maxBytes = runtime.config.ecgMaxUploadBytes;
  app.withTypeProvider<ZodTypeProvider>().post(
    uploadPrefixes[kind],
    {
      ...callerRouteOptions(kind, runtime),
      schema: {
        ...resumableDocs('create', kind),
        headers: createHeadersSchema,
        response: tusResponses.create,
      },
    },
    async (request, reply) => {
      const caller = callerOf(request, kind);
      requireTusResumable(request, reply);
      const lengthBytes = declaredLengthBytes(request, maxBytes);
      const fields = readResumableFields(parseMetadataHeader(request.headers['upload-metadata']));
      const { response, failure } = await handOver(
        tus,
        request,
        caller,
        uploadPrefixes[kind],
        false,
      );
      const id = response.headers.get('location')?.split('/').pop();
      if (response.status === 201 && id !== undefined) {
        await writeAudit(runtime.db, request, {
          action: 'ecg.upload.create',
          resourceType: 'ecg_upload',
          resourceId: id,
          ...auditActor(caller),
          details: {
            orgId: caller.uploader.orgId,
            lengthBytes,
            fileName: fields.fileName,
            idempotencyKey: fields.key,
          },
        });
      }
      return sendTusResponse(reply, response, failure, maxBytes);
    },
  );
}
