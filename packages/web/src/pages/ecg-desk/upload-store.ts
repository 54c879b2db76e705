/**
 * The desk's local queue on disk (IndexedDB): files waiting to be sent survive a closed tab, a
 * crashed browser and a PC restart, and leave when the server has them. The file's bytes are
 * stored too, so the cart's USB stick may be pulled out once the file shows as queued.
 */
import type { UploadContext } from './clinical-context.js';

/** One file waiting to be sent. */
export interface StoredUpload {
  localId: string;
  /** `<userId>:<orgId>`: only that user, acting for that organisation, sends it. */
  ownerKey: string;
  name: string;
  sizeBytes: number;
  /** SHA-256 of the bytes, the Idempotency-Key. */
  key: string;
  context: UploadContext;
  /** Epoch ms when it was picked; the queue is sent oldest first. */
  addedAt: number;
  file: Blob;
  /**
   * The resumable upload under way for it (`/api/ecg/uploads/<id>`), so that a reload continues
   * from the bytes the server holds; null or absent (entries from before) when there is none.
   */
  uploadUrl?: string | null;
}

/** Where queued uploads are kept. */
export interface UploadStore {
  /** False when nothing survives a reload (IndexedDB blocked, e.g. some private windows). */
  readonly persistent: boolean;
  load(ownerKey: string): Promise<StoredUpload[]>;
  save(upload: StoredUpload): Promise<void>;
  remove(localId: string): Promise<void>;
}

const dbName = 'gesang-ecg-desk';
const storeName = 'uploads';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDb(): Promise<IDBDatabase> {
  const request = indexedDB.open(dbName, 1);
  request.onupgradeneeded = () => {
    const store = request.result.createObjectStore(storeName, { keyPath: 'localId' });
    store.createIndex('ownerKey', 'ownerKey');
  };
  return done(request);
}

async function inStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  try {
    const tx = db.transaction(storeName, mode);
    // Committed only when the transaction completes, not when its request succeeds.
    const committed = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
    const [result] = await Promise.all([done(run(tx.objectStore(storeName))), committed]);
    return result;
  } finally {
    db.close();
  }
}

/** A store that keeps nothing beyond this page (when IndexedDB is unavailable). */
export const memoryUploadStore: UploadStore = {
  persistent: false,
  load: () => Promise.resolve([]),
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(),
};

/**
 * The IndexedDB store, or the memory store when this browser refuses IndexedDB. Also asks the
 * browser to keep the data under storage pressure (`navigator.storage.persist`), where allowed.
 * @example const store = await openUploadStore(); await store.load(`${userId}:${orgId}`);
 */
export async function openUploadStore(): Promise<UploadStore> {
  try {
    (await openDb()).close();
  } catch {
    return memoryUploadStore;
  }
  void navigator.storage?.persist?.().catch(() => false);
  return {
    persistent: true,
    load: async (ownerKey) => {
      const all = await inStore('readonly', (s) => s.index('ownerKey').getAll(ownerKey));
      return (all as StoredUpload[]).sort((a, b) => a.addedAt - b.addedAt);
    },
    save: async (upload) => {
      await inStore('readwrite', (s) => s.put(upload));
    },
    remove: async (localId) => {
      await inStore('readwrite', (s) => s.delete(localId));
    },
  };
}
