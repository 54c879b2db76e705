/**
 * The one error type of `@gesang/ecg-formats`. Every reader throws it (never a bare `Error` or a
 * `RangeError` from a typed array) so that callers (the server's ingest job, the CLI) can tell a bad
 * file from a bug, and can tell the user where the file is bad [STYLE §6, after drizzle's query
 * error that carries its SQL].
 */

/**
 * Why a file could not be read:
 * - `truncated`: the data ends before what the header or structure promises;
 * - `bad-header`: a header field is malformed or inconsistent;
 * - `bad-data`: the data itself breaks the format (e.g. an annotation word that cannot occur);
 * - `unsupported`: valid, but a variant this reader does not handle (e.g. WFDB multi-segment);
 * - `missing-file`: a companion file named by the header was not supplied;
 * - `not-ecg`: the content is not any ECG format this package reads (the message says what it
 *   looked like);
 * - `too-large`: a declared size or an expansion exceeds the reader's stated cap (relative to the
 *   input size), so it was refused before allocating.
 */
export type EcgFormatErrorCode =
  | 'truncated'
  | 'bad-header'
  | 'bad-data'
  | 'unsupported'
  | 'missing-file'
  | 'not-ecg'
  | 'too-large';

/** Where the failing input is, as far as the reader knows. */
export interface EcgFormatErrorLocation {
  /** Byte offset in the file being decoded (0-based) at which the problem was found. */
  byteOffset?: number;
  /** The field at fault, e.g. `signal 2 gain`, `100.dat`, or an XML path `/AnnotatedECG/component`. */
  field?: string;
  /** The underlying error, when this one wraps another. */
  cause?: unknown;
}

/**
 * A file that cannot be read as the format it claims to be, with the byte offset and field at fault.
 * @example
 * try {
 *   readWfdbRecord(header, files);
 * } catch (error) {
 *   if (error instanceof EcgFormatError) {
 *     console.error(error.code, error.field, error.byteOffset, error.message);
 *   }
 * }
 */
export class EcgFormatError extends Error {
  /** Machine-readable reason; see {@link EcgFormatErrorCode}. */
  readonly code: EcgFormatErrorCode;
  /** Byte offset in the failing file (0-based), when known. */
  readonly byteOffset: number | undefined;
  /** The field or file at fault, when known. */
  readonly field: string | undefined;

  /**
   * @param code - why the file could not be read
   * @param message - a sentence for a human, naming the input
   * @param location - byte offset, field and cause, as far as known
   */
  constructor(code: EcgFormatErrorCode, message: string, location: EcgFormatErrorLocation = {}) {
    super(message, location.cause === undefined ? undefined : { cause: location.cause });
    this.name = 'EcgFormatError';
    this.code = code;
    this.byteOffset = location.byteOffset;
    this.field = location.field;
  }
}
