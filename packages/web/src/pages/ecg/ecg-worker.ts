/**
 * The preview page's worker: reads picked files with `@gesang/ecg-formats` and interprets records
 * with `@gesang/ecg-signal`, the same code the server runs.
 */
import { interpretEcg } from '@gesang/ecg-signal';
import { readLocalFiles, toReadFailure } from './read-local-files.js';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.js';

function answer(request: WorkerRequest): WorkerResponse {
  try {
    if (request.kind === 'read') {
      return { id: request.id, ok: true, kind: 'read', result: readLocalFiles(request.files) };
    }
    const result = interpretEcg(request.signal, request.context);
    return { id: request.id, ok: true, kind: 'interpret', result };
  } catch (error) {
    return { id: request.id, ok: false, failure: toReadFailure(error) };
  }
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  self.postMessage(answer(event.data));
});
