/**
 * The contract every single-file reader of this package fulfils, so that `readEcgFile` can pick
 * one by content (never by file extension) and the fuzz harness can drive every reader alike.
 */
import type { EcgRecord } from '../record.js';

/** Options every reader accepts. */
export interface EcgReadOptions {
  /**
   * Read files that break the standard in ways known from real carts (wrong lengths or CRCs,
   * e.g. Heal Force SCP-ECG), adding a warning to {@link EcgRecord.warnings} that says so.
   * Default true: a county technician's file is read if it can be understood at all.
   */
  lenient?: boolean;
}

/** One file format: a cheap content test and the reader. */
export interface EcgFileReader {
  /** Format family, as in `EcgFileFormat.name` (e.g. `DICOM`, `SCP-ECG`). */
  readonly name: string;
  /**
   * True when the bytes look like this format, judged from their content (magic numbers, root
   * elements) only; must be fast and must never throw, whatever the bytes.
   */
  sniff(bytes: Uint8Array): boolean;
  /**
   * Reads the whole file. Throws only `EcgFormatError` (with a byte offset or XML path and the
   * field at fault); allocates at most a stated multiple of the input size.
   */
  read(bytes: Uint8Array, options?: EcgReadOptions): EcgRecord;
}
