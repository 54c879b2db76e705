/**
 * Every single-file reader, in detection order: formats with a fixed signature first (DICOM's
 * `DICM`, ISHNE's magic, EDF's header), then XML by root element, then SCP-ECG and vendor files
 * whose signatures are weaker.
 */
import { aecgReader } from '../aecg/read-aecg.js';
import { contecReader } from '../contec/read-contec.js';
import { dicomReader } from '../dicom/read-dicom.js';
import { edfReader } from '../edf/read-edf.js';
import { fhirObservationReader } from '../fhir/read-fhir-observation.js';
import { ishneReader } from '../ishne/read-ishne.js';
import { museReader } from '../muse/read-muse.js';
import { philipsReader } from '../philips/read-philips.js';
import { scpReader } from '../scp/scp-reader.js';
import type { EcgFileReader } from './file-reader.js';

/** The readers `readEcgFile` tries, in order. */
export const ECG_FILE_READERS: readonly EcgFileReader[] = [
  dicomReader,
  ishneReader,
  edfReader,
  aecgReader,
  museReader,
  philipsReader,
  fhirObservationReader,
  scpReader,
  contecReader,
];
