import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { claimStudyRoutes } from './claim-study.js';
import { deviceTokenRoutes } from './device-tokens.js';
import { getStudyRoutes } from './get-study.js';
import { getStudyFileRoute } from './get-study-file.js';
import { listStudiesRoute } from './list-studies.js';
import { resumableUploadRoutes } from './resumable/routes.js';
import { priorStudiesRoute } from './prior-studies.js';
import { createEcgRuntime } from './runtime.js';
import { signStudyRoutes } from './sign-study.js';
import { studyEventsRoute } from './study-events-route.js';
import { studyPatientRoutes } from './study-patient.js';
import { uploadStudyRoutes } from './upload-study.js';
import { worklistRoute } from './worklist.js';

/**
 * Wires the cloud-ECG loop into the app: /api/ecg routes (upload, studies, worklist, claim,
 * sign, live events) in their own plugin scope (multipart parsing applies only here), and the
 * process's ECG machinery (ingest jobs on worker threads, outbox tail), started when the app is
 * ready and stopped when it closes.
 */
export function ecgRoutes(app: FastifyInstance): void {
  void app.register(async (scope) => {
    const runtime = createEcgRuntime(app.config, app.database, app.log);
    await scope.register(multipart, {
      limits: {
        fileSize: app.config.ecgMaxUploadBytes,
        files: 1,
        fields: 10,
        fieldSize: 1000,
        parts: 20,
      },
      throwFileSizeLimit: true,
    });
    uploadStudyRoutes(scope, runtime);
    resumableUploadRoutes(scope, runtime);
    deviceTokenRoutes(scope, runtime);
    listStudiesRoute(scope, runtime);
    getStudyRoutes(scope, runtime);
    getStudyFileRoute(scope, runtime);
    worklistRoute(scope, runtime);
    claimStudyRoutes(scope, runtime);
    signStudyRoutes(scope, runtime);
    studyPatientRoutes(scope, runtime);
    priorStudiesRoute(scope, runtime);
    studyEventsRoute(scope, runtime);
    scope.addHook('onReady', () => runtime.start());
    // Live streams never go idle: end them first, or closing would wait for them forever.
    scope.addHook('preClose', (done) => {
      runtime.endStreams();
      done();
    });
    scope.addHook('onClose', () => runtime.stop());
  });
}
