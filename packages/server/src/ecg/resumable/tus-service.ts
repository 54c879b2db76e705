import { join } from 'node:path';
import { GesangError } from '@gesang/domain';
import { FileStore as TusFileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import type { FastifyRequest } from 'fastify';
import type { EcgRuntime } from '../runtime.js';
import { finishUpload, type FinishedUpload } from './finish-upload.js';
import { uploadPrefixes, type ResumableCaller } from './upload-caller.js';
import { serverKeys, storedMetadata } from './upload-metadata.js';

/** An unfinished upload is dropped this long after it was created (the client starts anew). */
export const uploadExpiryMs = 24 * 60 * 60_000;

/** Response header of the PATCH that completed an upload: the id of the study it became. */
export const studyIdHeader = 'Gesang-Study-Id';

/** Upload ids as tus makes them (`Uid.rand`: 16 random bytes, hex). */
export const uploadIdPattern = /^[0-9a-f]{32}$/;

/** The Fastify request and caller behind one request handed to tus. */
interface Bound {
  request: FastifyRequest;
  caller: ResumableCaller;
  /** What a tus hook threw (our own errors, rethrown as they are instead of tus's text). */
  failure?: Error;
}

/** The tus 1.0 server for ECG uploads and the folder of partial files. */
export interface TusService {
  readonly server: Server;
  readonly partials: TusFileStore;
  /** Ties a request handed to tus to its Fastify request and caller (for the hooks). */
  bind(web: Request, request: FastifyRequest, caller: ResumableCaller): void;
  /** The error one of our hooks threw while tus handled `web`, if any. */
  failureOf(web: Request): Error | undefined;
  /**
   * The record of upload `id` if `ownerKey` owns it.
   * @throws GesangError 404 otherwise (someone else's upload looks exactly like a missing one).
   */
  ownedRecord(id: string, ownerKey: string): Promise<Upload>;
  /** Makes (once) the study of a complete upload; see {@link finishUpload}. */
  finish(request: FastifyRequest, caller: ResumableCaller, id: string): Promise<FinishedUpload>;
}

/**
 * Builds the tus server over `<GESANG_DATA_DIR>/partial-uploads` (beside the file store's
 * `files/`): uploads are at most `GESANG_ECG_MAX_UPLOAD_BYTES`, expire after
 * {@link uploadExpiryMs}, carry their owner in their metadata, and become a study when their last
 * byte arrives. Locks are per process (MemoryLocker): one process serves a data folder.
 * @param runtime the ECG runtime.
 * @example const tus = createTusService(runtime); await tus.server.handleWeb(webRequest);
 */
export function createTusService(runtime: EcgRuntime): TusService {
  const bound = new WeakMap<Request, Bound>();
  const finishing = new Map<string, Promise<FinishedUpload>>();
  const partials = new TusFileStore({
    directory: join(runtime.config.dataDir, 'partial-uploads'),
    expirationPeriodInMilliseconds: uploadExpiryMs,
  });
  const boundTo = (web: Request): Bound => {
    const found = bound.get(web);
    if (found === undefined) {
      throw new Error('tus request not bound to a caller');
    }
    return found;
  };

  const finish = (
    request: FastifyRequest,
    caller: ResumableCaller,
    id: string,
  ): Promise<FinishedUpload> => {
    // A retried final PATCH and a GET …/study may race: one study creation per upload.
    const running = finishing.get(id);
    if (running !== undefined) {
      return running;
    }
    const started = finishUpload(runtime, partials, request, caller, id).finally(() =>
      finishing.delete(id),
    );
    finishing.set(id, started);
    return started;
  };

  const server = new Server({
    path: uploadPrefixes.user,
    datastore: partials,
    maxSize: runtime.config.ecgMaxUploadBytes,
    // Relative, under the prefix the upload was created at (user or device).
    generateUrl: (req, { id }) => {
      const device = new URL(req.url).pathname.startsWith(uploadPrefixes.device);
      return `${device ? uploadPrefixes.device : uploadPrefixes.user}/${id}`;
    },
    onUploadCreate: (req, upload) =>
      Promise.resolve({
        metadata: storedMetadata(upload.metadata ?? {}, boundTo(req).caller.ownerKey),
      }),
    onUploadFinish: async (req, upload) => {
      const { request, caller } = boundTo(req);
      const finished = await finish(request, caller, upload.id);
      return { headers: { [studyIdHeader]: finished.studyId } };
    },
    onResponseError: (req, error) => {
      const found = bound.get(req);
      if (found !== undefined && error instanceof Error) {
        found.failure = error;
      }
      return undefined;
    },
  });

  return {
    server,
    partials,
    bind: (web, request, caller) => bound.set(web, { request, caller }),
    failureOf: (web) => bound.get(web)?.failure,
    ownedRecord: async (id, ownerKey) => {
      const record = uploadIdPattern.test(id) ? await partials.configstore.get(id) : undefined;
      if (record === undefined || record.metadata?.[serverKeys.owner] !== ownerKey) {
        throw GesangError.notFound('Upload');
      }
      return record;
    },
    finish,
  };
}
