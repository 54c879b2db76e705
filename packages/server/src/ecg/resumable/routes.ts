import type { FastifyInstance } from 'fastify';
import type { EcgRuntime } from '../runtime.js';
import { createUploadRoute } from './create-upload.js';
import { deleteUploadRoute } from './delete-upload.js';
import { uploadStudyRoute } from './get-upload-study.js';
import { headUploadRoute } from './head-upload.js';
import { patchUploadRoute } from './patch-upload.js';
import { startUploadSweeps } from './sweep-uploads.js';
import { chunkContentType } from './tus-bridge.js';
import { createTusService, uploadExpiryMs } from './tus-service.js';

/**
 * Resumable ECG uploads (tus 1.0: creation, HEAD, PATCH, termination) at /api/ecg/uploads for
 * signed-in users and /api/ecg/device/uploads for cart gateways, plus GET …/:id/study. Registered
 * in their own plugin scope: here a request body is left unread for tus to stream to disk,
 * whatever its type, and the other ECG routes keep their parsers. Expired uploads are swept hourly
 * while the app runs.
 * @param app the ECG routes' scope.
 * @param runtime the ECG runtime.
 * @example resumableUploadRoutes(scope, runtime);
 */
export function resumableUploadRoutes(app: FastifyInstance, runtime: EcgRuntime): void {
  void app.register((scope, _options, registered) => {
    const leaveUnread = (_request: unknown, _payload: unknown, done: (e: null) => void): void =>
      done(null);
    scope.addContentTypeParser(chunkContentType, leaveUnread);
    // Any other type reaches the PATCH route, which refuses it in our words (415).
    scope.addContentTypeParser('*', leaveUnread);
    const tus = createTusService(runtime);
    for (const kind of ['user', 'device'] as const) {
      createUploadRoute(scope, runtime, tus, kind);
      headUploadRoute(scope, runtime, tus, kind);
      patchUploadRoute(scope, runtime, tus, kind);
      deleteUploadRoute(scope, runtime, tus, kind);
      uploadStudyRoute(scope, runtime, tus, kind);
    }
    let stopSweeps: (() => void) | null = null;
    scope.addHook('onReady', (ready) => {
      stopSweeps = startUploadSweeps(tus.partials.directory, uploadExpiryMs, (error) =>
        app.log.warn({ err: error }, 'sweeping expired uploads failed'),
      );
      ready();
    });
    scope.addHook('onClose', (_instance, closed) => {
      stopSweeps?.();
      closed();
    });
    registered();
  });
}
