/**
 * Bounds-checked little-endian reads inside one SCP-ECG section (EN 1064 stores every integer
 * little-endian). A read past the section's end throws `truncated` with the absolute byte offset
 * and the field, so no typed-array `RangeError` or silent `undefined` escapes.
 */
import { EcgFormatError } from '../errors.js';

/** A window `[start, end)` of the file, read with offsets relative to `start`. */
export class ScpCursor {
  /**
   * @param file - the whole file
   * @param start - absolute offset of the window's first byte
   * @param end - absolute offset just past the window (≤ file.length)
   * @param label - what the window is, for error messages (e.g. `section 6`)
   */
  constructor(
    readonly file: Uint8Array,
    readonly start: number,
    readonly end: number,
    readonly label: string,
  ) {}

  /** Bytes in the window. */
  get length(): number {
    return this.end - this.start;
  }

  /** Absolute file offset of relative position `at`. */
  absolute(at: number): number {
    return this.start + at;
  }

  /** Whether `count` bytes from relative position `at` lie inside the window. */
  has(at: number, count: number): boolean {
    return at >= 0 && count >= 0 && this.start + at + count <= this.end;
  }

  /** Unsigned byte at `at`. */
  u8(at: number, field: string): number {
    this.need(at, 1, field);
    return this.file[this.start + at] ?? 0;
  }

  /** Unsigned 16-bit little-endian integer at `at`. */
  u16(at: number, field: string): number {
    this.need(at, 2, field);
    const p = this.start + at;
    return (this.file[p] ?? 0) | ((this.file[p + 1] ?? 0) << 8);
  }

  /** Signed (two's complement) 16-bit little-endian integer at `at`. */
  i16(at: number, field: string): number {
    const value = this.u16(at, field);
    return value >= 0x8000 ? value - 0x10000 : value;
  }

  /** Unsigned 32-bit little-endian integer at `at`. */
  u32(at: number, field: string): number {
    this.need(at, 4, field);
    const p = this.start + at;
    return (
      ((this.file[p] ?? 0) |
        ((this.file[p + 1] ?? 0) << 8) |
        ((this.file[p + 2] ?? 0) << 16) |
        ((this.file[p + 3] ?? 0) << 24)) >>>
      0
    );
  }

  /** The `count` bytes from `at` (a view, not a copy). */
  bytes(at: number, count: number, field: string): Uint8Array {
    this.need(at, count, field);
    return this.file.subarray(this.start + at, this.start + at + count);
  }

  /** A sub-window of `count` bytes from `at`. */
  slice(at: number, count: number, label: string): ScpCursor {
    this.need(at, count, label);
    return new ScpCursor(this.file, this.start + at, this.start + at + count, label);
  }

  private need(at: number, count: number, field: string): void {
    if (!this.has(at, count)) {
      const offset = this.start + Math.max(0, at);
      throw new EcgFormatError(
        'truncated',
        `SCP-ECG ${this.label}: ${field} (${count} byte(s) at file offset ${offset}) runs past the end of the ${this.label} at offset ${this.end}.`,
        { byteOffset: offset, field: `${this.label} ${field}` },
      );
    }
  }
}
