/**
 * @gesang/ecg-formats: ECG file readers, bytes in, one {@link EcgRecord} out. Public API only;
 * modules inside the package import each other directly, never this index.
 */
export { EcgFormatError } from './errors.js';
export type { EcgFormatErrorCode, EcgFormatErrorLocation } from './errors.js';
export type {
  CartMeasurement,
  CartStatement,
  EcgAcquisitionTime,
  EcgDevice,
  EcgFileFormat,
  EcgPatient,
  EcgPatientSex,
  EcgRecord,
} from './record.js';
export { readWfdbAnnotations } from './wfdb/annotations.js';
export type { WfdbAnnotation } from './wfdb/annotations.js';
export { WFDB_MAX_ANNOTATION_CODE, isBeatCode, wfdbAnnotationSymbol } from './wfdb/ecg-codes.js';
export { parseWfdbHeader } from './wfdb/header.js';
export type { WfdbHeader, WfdbSignalSpec } from './wfdb/header-types.js';
export { readWfdbRecord } from './wfdb/read-record.js';
export { WFDB_SUPPORTED_FORMATS } from './wfdb/sample-formats.js';
export { describeContent } from './detect/describe-content.js';
export type { EcgFileReader, EcgReadOptions } from './detect/file-reader.js';
export { detectEcgFormat, readEcgFile } from './detect/read-ecg-file.js';
export { ECG_FILE_READERS } from './detect/readers.js';
export { fuzzReader } from './fuzz/fuzz-reader.js';
export type { FuzzFailure, FuzzReport } from './fuzz/fuzz-reader.js';
export { mutate, seededRandom } from './fuzz/mutate.js';
export { bomEncoding, decodeText, encodingFromLabel } from './text/decode-text.js';
export type { TextEncodingName } from './text/decode-text.js';
