/**
 * Every single-file reader, in detection order: formats with a fixed signature first (DICOM's
 * `DICM`, ISHNE's magic, EDF's header), then XML by root element, then SCP-ECG and vendor files
 * whose signatures are weaker.
 */
import type { EcgFileReader } from './file-reader.js';

/** The readers `readEcgFile` tries, in order. */
export const ECG_FILE_READERS: readonly EcgFileReader[] = [];
