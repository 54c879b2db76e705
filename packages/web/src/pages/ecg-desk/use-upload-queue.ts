import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { uploadStudyFile, type UploadAnswer } from '../../api/ecg-desk.js';
import { resumableMinBytes, sendResumable } from './resumable-upload.js';
import { terminateTusUpload, type TusCall } from './tus-client.js';
import { useSignedInSession } from '../../session/session-context.js';
import type { UploadContext } from './clinical-context.js';
import { sha256Hex } from './sha256.js';
import type { AddOutcome, DeskUpload } from './desk-upload.js';
import { UploadQueue } from './upload-queue.js';
import { openUploadStore } from './upload-store.js';

/** With no byte moving for this long an upload is abandoned and retried (a dead link). */
const stallTimeoutMs = 60_000;

/** The desk's queue as the page uses it. */
export interface DeskQueue {
  /** False until the local store is open (a few milliseconds). */
  ready: boolean;
  uploads: readonly DeskUpload[];
  /** False when waiting files would not survive closing the page. */
  persistent: boolean;
  add: (files: File[], context: UploadContext) => Promise<AddOutcome[]>;
  remove: (localId: string) => void;
  retryNow: (localId: string) => void;
}

const noUploads: readonly DeskUpload[] = [];
const noSubscription = (): (() => void) => () => undefined;

/**
 * The upload queue of the signed-in user acting for the current organisation: files picked here
 * (and those still waiting from an earlier visit) are sent oldest first; the link's return
 * (`online` event) sends what waits at once.
 * @param onSent called with each server answer (the study, new or sent before)
 */
export function useUploadQueue(onSent: (answer: UploadAnswer) => void): DeskQueue {
  const session = useSignedInSession();
  const ownerKey = `${session.user.id}:${session.activeOrgId ?? ''}`;
  const csrf = useRef(session.csrfToken);
  const sent = useRef(onSent);
  useEffect(() => {
    csrf.current = session.csrfToken;
    sent.current = onSent;
  }, [session.csrfToken, onSent]);
  const [queue, setQueue] = useState<UploadQueue | null>(null);
  const [persistent, setPersistent] = useState(true);

  useEffect(() => {
    let created: UploadQueue | null = null;
    let cancelled = false;
    void openUploadStore().then((store) => {
      if (cancelled) {
        return;
      }
      const call = (signal?: AbortSignal): TusCall => ({
        fetchFn: (input, init) => fetch(input, init),
        csrfToken: () => csrf.current,
        stallTimeoutMs,
        ...(signal === undefined ? {} : { signal }),
      });
      created = new UploadQueue({
        ownerKey,
        store,
        // Large files go resumable, so that a dropped county link costs one chunk, not the file.
        upload: (request) =>
          request.file.size >= resumableMinBytes
            ? sendResumable(request, { call: call(request.signal) })
            : uploadStudyFile({ ...request, csrfToken: csrf.current, stallTimeoutMs }),
        discard: (url) => void terminateTusUpload(call(), url).catch(() => undefined),
        hash: async (file) => sha256Hex(new Uint8Array(await file.arrayBuffer())),
        isOnline: () => navigator.onLine,
        onSent: (answer) => sent.current(answer),
      });
      setPersistent(store.persistent);
      setQueue(created);
      void created.start();
    });
    const linkUp = (): void => created?.linkUp();
    window.addEventListener('online', linkUp);
    return () => {
      cancelled = true;
      window.removeEventListener('online', linkUp);
      created?.dispose();
      setQueue(null);
    };
  }, [ownerKey]);

  const uploads = useSyncExternalStore(
    queue?.subscribe ?? noSubscription,
    queue?.getSnapshot ?? (() => noUploads),
  );
  return {
    ready: queue !== null,
    uploads,
    persistent,
    add: (files, context) => queue?.add(files, context) ?? Promise.resolve([]),
    remove: (localId) => queue?.remove(localId),
    retryNow: (localId) => queue?.retryNow(localId),
  };
}
