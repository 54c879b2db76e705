/**
 * Scratch memory for one analysis call, handed back to a small pool when the call returns.
 * A 10 s, 12-lead record made the engine allocate about 2.6 MB of typed arrays per
 * interpretation (filtered leads, block means, filter lanes, the QRS features), all of it garbage
 * when the call returned. Fresh ArrayBuffers count as external memory for V8, and every 64 MB of
 * it started a full mark-compact: one every twelve interpretations, about a tenth of the engine's
 * time. Inside {@link withScratch}, the filter products and work arrays come from buffers kept
 * from earlier calls instead; they are zeroed on loan, as a new typed array is, so the results
 * are the same.
 * The rule that makes this safe: an array from {@link scratchFloat32} or {@link scratchFloat64}
 * never outlives the {@link withScratch} call it was lent in (the prepared record that holds
 * them is dropped when the call returns; results are made of arrays of their own). Outside any
 * `withScratch` call they are plain new arrays.
 */

/** At most this much memory is kept for later calls, bytes. */
export const MAX_POOLED_BYTES = 48 * 2 ** 20;

/** Free buffers by size class. */
const free = new Map<number, ArrayBuffer[]>();
let pooledBytes = 0;
/** Buffers lent in the innermost `withScratch` call, or null outside one. */
let lent: ArrayBuffer[] | null = null;

/**
 * The size class of a request: whole 4 KiB below 4 KiB, else rounded up to an eighth of its
 * power of two (at most 12.5 % more than asked), so that records of nearly equal length share
 * buffers.
 * @param bytes - bytes wanted, ≥ 0
 * @returns the buffer size to use, bytes
 * @example sizeClass(240_000); // 245_760
 */
export function sizeClass(bytes: number): number {
  if (bytes <= 4096) {
    return 4096;
  }
  const step = 2 ** (Math.floor(Math.log2(bytes)) - 3);
  return Math.ceil(bytes / step) * step;
}

/**
 * A buffer of at least `bytes`, from the pool when one is free, recorded as lent; null
 * outside `withScratch`.
 */
function borrow(bytes: number): ArrayBuffer | null {
  if (lent === null) {
    return null;
  }
  const size = sizeClass(bytes);
  const pooled = free.get(size)?.pop();
  if (pooled === undefined) {
    const fresh = new ArrayBuffer(size);
    lent.push(fresh);
    return fresh;
  }
  pooledBytes -= size;
  lent.push(pooled);
  return pooled;
}

/**
 * A zeroed float32 array of `length`, lent until the enclosing {@link withScratch} returns.
 * @param length - elements, ≥ 0
 * @returns the array (a new one outside `withScratch`)
 * @example const block = scratchFloat32(12 * 5000);
 */
export function scratchFloat32(length: number): Float32Array {
  const buffer = borrow(4 * length);
  return buffer === null ? new Float32Array(length) : new Float32Array(buffer, 0, length).fill(0);
}

/**
 * A zeroed float64 array of `length`, lent until the enclosing {@link withScratch} returns.
 * @param length - elements, ≥ 0
 * @returns the array (a new one outside `withScratch`)
 * @example const lane = scratchFloat64(6001);
 */
export function scratchFloat64(length: number): Float64Array {
  const buffer = borrow(8 * length);
  return buffer === null ? new Float64Array(length) : new Float64Array(buffer, 0, length).fill(0);
}

/**
 * Runs `call` with scratch arrays lent from the pool, and takes them back when it returns or
 * throws (up to {@link MAX_POOLED_BYTES} are kept). Calls may nest; each takes back its own.
 * @param call - the analysis; whatever it returns must not hold a scratch array
 * @returns what `call` returns
 * @example const detection = withScratch(() => detectPreparedQrs(prepareSignal(signal)));
 */
export function withScratch<T>(call: () => T): T {
  const outer = lent;
  const mine: ArrayBuffer[] = [];
  lent = mine;
  try {
    return call();
  } finally {
    lent = outer;
    for (const buffer of mine) {
      if (pooledBytes + buffer.byteLength <= MAX_POOLED_BYTES) {
        const list = free.get(buffer.byteLength);
        if (list === undefined) {
          free.set(buffer.byteLength, [buffer]);
        } else {
          list.push(buffer);
        }
        pooledBytes += buffer.byteLength;
      }
    }
  }
}

/**
 * Bytes held in the pool now (for tests and the benchmark).
 * @returns bytes
 * @example pooledScratchBytes(); // 0 before any analysis
 */
export function pooledScratchBytes(): number {
  return pooledBytes;
}
