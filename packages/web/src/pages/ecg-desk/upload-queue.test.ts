import type { StudySummary } from '@gesang/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import type { UploadAnswer } from '../../api/ecg-desk.js';
import { emptyContext } from './clinical-context.js';
import { UploadQueue, type QueueDeps } from './upload-queue.js';
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

const file = (name: string, text: string): File => new File([text], name);
const answer = (id: string, status: 200 | 201 = 201): UploadAnswer => ({
  status,
  study: { id } as StudySummary,
});

/** A queue whose upload is a mock; hash = the file's text, so equal text = equal key. */
function setUp(overrides: Partial<QueueDeps> = {}): {
  queue: UploadQueue;
  upload: ReturnType<typeof vi.fn<QueueDeps['upload']>>;
  store: ReturnType<typeof mapStore>;
  online: { value: boolean };
} {
  const online = { value: true };
  const store = mapStore();
  let n = 0;
  const upload = vi.fn<QueueDeps['upload']>();
  const queue = new UploadQueue({
    ownerKey: 'u1:o1',
    store,
    upload,
    hash: (blob) => blob.text(),
    isOnline: () => online.value,
    now: () => Date.now(),
    random: () => 0.5,
    newId: () => `local-${++n}`,
    ...overrides,
  });
  return { queue, upload, store, online };
}

/** Lets pending promise callbacks run (uploads resolve on the microtask queue). */
const settle = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(0);
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UploadQueue', () => {
  it('hashes, keeps on disk, sends with the context and forgets the file once sent', async () => {
    const { queue, upload, store } = setUp();
    upload.mockResolvedValue(answer('s1'));
    const context = { ...emptyContext, chestPain: true };
    const added = queue.add([file('a.scp', 'AAA')], context);
    expect(queue.getSnapshot()[0]?.phase).toBe('hashing');
    expect(await added).toEqual(['queued']);
    await settle();
    expect(upload).toHaveBeenCalledTimes(1);
    expect(upload.mock.calls[0]?.[0]).toMatchObject({
      fileName: 'a.scp',
      key: 'AAA',
      fields: { chestPain: 'true' },
    });
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'sent', studyId: 's1', repeat: false });
    expect(store.rows.size).toBe(0);
  });

  it('retries after a dropped link with backoff, then sends', async () => {
    const { queue, upload } = setUp();
    upload
      .mockRejectedValueOnce(new ApiError(0, 'network', 'down'))
      .mockRejectedValueOnce(new ApiError(503, 'not_ready', 'starting'))
      .mockResolvedValueOnce(answer('s1'));
    await queue.add([file('a.scp', 'AAA')], emptyContext);
    await settle();
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'waiting', failures: 1 });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(upload).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'waiting', failures: 2 });
    await vi.advanceTimersByTimeAsync(4_000);
    expect(upload).toHaveBeenCalledTimes(3);
    expect(queue.getSnapshot()[0]).toMatchObject({ phase: 'sent', studyId: 's1' });
  });

  it('waits while offline and sends as soon as the link returns', async () => {
    const { queue, upload, store, online } = setUp();
    online.value = false;
    upload.mockResolvedValue(answer('s1'));
    await queue.add([file('a.scp', 'AAA')], emptyContext);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(upload).not.toHaveBeenCalled();
    expect(queue.getSnapshot()[0]?.phase).toBe('waiting');
    expect(store.rows.size).toBe(1);
    online.value = true;
    queue.linkUp();
    await settle();
    expect(queue.getSnapshot()[0]?.phase).toBe('sent');
  });

  it('shows a refusal of the file and does not retry it', async () => {
    const { queue, upload, store } = setUp();
    upload.mockRejectedValue(
      new ApiError(413, 'payload_too_large', 'too big', 'body.file', { limitBytes: 100 }),
    );
    await queue.add([file('big.dcm', 'BIG')], emptyContext);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(queue.getSnapshot()[0]).toMatchObject({
      phase: 'failed',
      error: { status: 413, details: { limitBytes: 100 } },
    });
    expect(store.rows.size).toBe(0);
  });

  it('never queues the same bytes twice, and a re-send after success shows "already sent"', async () => {
    const { queue, upload, online } = setUp();
    online.value = false;
    upload.mockResolvedValueOnce(answer('s1', 201)).mockResolvedValueOnce(answer('s1', 200));
    expect(await queue.add([file('a.scp', 'AAA'), file('copy.scp', 'AAA')], emptyContext)).toEqual([
      'queued',
      'duplicate',
    ]);
    expect(queue.getSnapshot()).toHaveLength(1);
    online.value = true;
    queue.linkUp();
    await settle();
    await queue.add([file('again.scp', 'AAA')], emptyContext);
    await settle();
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(queue.getSnapshot()[0]).toMatchObject({
      name: 'again.scp',
      studyId: 's1',
      repeat: true,
    });
  });

  it('brings back and sends what was queued on disk before the page closed', async () => {
    const { queue, upload, store } = setUp();
    const stored = (localId: string, ownerKey: string, addedAt: number): StoredUpload => ({
      localId,
      ownerKey,
      name: `${localId}.scp`,
      sizeBytes: 3,
      key: localId,
      context: emptyContext,
      addedAt,
      file: new Blob([localId]),
    });
    store.rows.set('old', stored('old', 'u1:o1', 1));
    store.rows.set('older', stored('older', 'u1:o1', 0));
    store.rows.set('theirs', stored('theirs', 'u2:o1', 0));
    upload.mockImplementation((request) => Promise.resolve(answer(`study-${request.key}`)));
    await queue.start();
    await settle();
    expect(upload.mock.calls.map((c) => c[0].key).sort()).toEqual(['old', 'older']);
    expect([...store.rows.keys()]).toEqual(['theirs']);
  });

  it('stops an upload under way when the file is removed', async () => {
    const { queue, upload, store } = setUp();
    upload.mockImplementation(
      ({ signal }) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(new ApiError(0, 'network', 'aborted')));
        }),
    );
    await queue.add([file('a.scp', 'AAA')], emptyContext);
    await settle();
    const id = queue.getSnapshot()[0]?.localId ?? '';
    expect(queue.getSnapshot()[0]?.phase).toBe('uploading');
    queue.remove(id);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(queue.getSnapshot()).toEqual([]);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(store.rows.size).toBe(0);
  });
});
