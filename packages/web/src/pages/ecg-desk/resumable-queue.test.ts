import type { StudySummary } from '@gesang/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import type { UploadAnswer } from '../../api/ecg-desk.js';
import { emptyContext } from './clinical-context.js';
import { UploadQueue, type QueueDeps, type QueueUploadRequest } from './upload-queue.js';
import type { StoredUpload, UploadStore } from './upload-store.js';

/** An in-memory stand-in for IndexedDB that records what is on "disk". */
function mapStore(initial: StoredUpload[] = []): UploadStore & { rows: Map<string, StoredUpload> } {
  const rows = new Map(initial.map((r) => [r.localId, r]));
  return {
    persistent: true,
    rows,
    load: (owner) => Promise.resolve([...rows.values()].filter((r) => r.ownerKey === owner)),
    save: (r) => Promise.resolve(void rows.set(r.localId, r)),
    remove: (id) => Promise.resolve(void rows.delete(id)),
  };
}

/** An attempt of the transport: what it reports, then how it ends. */
type Attempt = (request: QueueUploadRequest) => Promise<UploadAnswer>;

const dropAfter =
  (url: string | null, ...sentBytes: number[]): Attempt =>
  (request) => {
    if (url !== null) {
      request.onResumeUrl(url);
    }
    sentBytes.forEach((sent) => request.onProgress(sent, 100));
    return Promise.reject(new ApiError(0, 'network', 'link dropped'));
  };

function setUp(store = mapStore()) {
  const upload = vi.fn<QueueDeps['upload']>();
  const discard = vi.fn<(url: string) => void>();
  let n = 0;
  const queue = new UploadQueue({
    ownerKey: 'u1:o1',
    store,
    upload,
    discard,
    hash: (blob) => blob.text(),
    isOnline: () => true,
    now: () => Date.now(),
    random: () => 0.5,
    newId: () => `local-${++n}`,
  });
  return { queue, upload, discard, store };
}

const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UploadQueue with resumable uploads', () => {
  it('keeps the upload URL on disk, hands it back, and backs off only when nothing moved', async () => {
    const { queue, upload, store } = setUp();
    upload
      .mockImplementationOnce(dropAfter('/api/ecg/uploads/u1', 0, 40))
      .mockImplementationOnce(dropAfter(null, 40))
      .mockImplementationOnce(dropAfter(null, 40, 70))
      .mockResolvedValueOnce({ status: 201, study: { id: 's1' } as StudySummary });
    await queue.add([new File(['ECG'], 'big.edf')], emptyContext);
    await settle();
    expect(store.rows.get('local-1')?.uploadUrl).toBe('/api/ecg/uploads/u1');
    // The first attempt failed: retry after 2 s (retry-policy: 2 s × 2^(failures−1), jitter 0).
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'waiting', failures: 1 });
    expect(queue.getSnapshot()[0]?.nextAttemptAt).toBe(Date.now() + 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(upload.mock.calls[1]?.[0].resumeUrl).toBe('/api/ecg/uploads/u1');
    // No byte moved: a real failure, 4 s.
    expect(queue.getSnapshot()[0]).toMatchObject({ failures: 2, sentShare: 0.4 });
    expect(queue.getSnapshot()[0]?.nextAttemptAt).toBe(Date.now() + 4_000);
    await vi.advanceTimersByTimeAsync(4_000);
    // 40 → 70 held by the server: the link works, if badly; back to 2 s.
    expect(queue.getSnapshot()[0]).toMatchObject({ failures: 1, sentShare: 0.7 });
    expect(queue.getSnapshot()[0]?.nextAttemptAt).toBe(Date.now() + 2_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'sent', studyId: 's1' });
    expect(store.rows.size).toBe(0);
  });

  it('continues after a reload with the URL found on disk', async () => {
    const file = new Blob(['ECG']);
    const { queue, upload } = setUp(
      mapStore([
        {
          localId: 'old',
          ownerKey: 'u1:o1',
          name: 'big.edf',
          sizeBytes: 3,
          key: 'ECG',
          context: emptyContext,
          addedAt: 1,
          file,
          uploadUrl: '/api/ecg/uploads/u9',
        },
      ]),
    );
    upload.mockResolvedValue({ status: 201, study: { id: 's9' } as StudySummary });
    await queue.start();
    await settle();
    expect(upload.mock.calls[0]?.[0]).toMatchObject({
      resumeUrl: '/api/ecg/uploads/u9',
      key: 'ECG',
    });
  });

  it('abandons the server’s partial upload when the file is removed from the queue', async () => {
    const { queue, upload, discard, store } = setUp();
    upload.mockImplementationOnce(dropAfter('/api/ecg/uploads/u1', 0, 10));
    await queue.add([new File(['ECG'], 'big.edf')], emptyContext);
    await settle();
    queue.remove('local-1');
    await settle();
    expect(discard).toHaveBeenCalledWith('/api/ecg/uploads/u1');
    expect(store.rows.size).toBe(0);
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('never brings a sent file back to disk, even when its URL was saved just before', async () => {
    const store = mapStore();
    // A slow disk: a save lands 10 ms after it was asked for, after the removal that follows it
    // unless the queue keeps one file's writes in order.
    store.save = (r) =>
      new Promise((resolve) => setTimeout(() => resolve(void store.rows.set(r.localId, r)), 10));
    const { queue, upload } = setUp(store);
    upload.mockImplementationOnce((request) => {
      request.onResumeUrl('/api/ecg/uploads/u1');
      return Promise.resolve({ status: 201, study: { id: 's1' } as StudySummary });
    });
    void queue.add([new File(['ECG'], 'big.edf')], emptyContext);
    await vi.advanceTimersByTimeAsync(100);
    expect(queue.getSnapshot()[0]?.phase).toBe('sent');
    expect(store.rows.size).toBe(0);
  });
});
