/**
 * `EcgRecord`: what every reader of this package yields: the signal the engine analyses plus what
 * the file says about the patient, the device and the cart's own findings.
 */
import type { EcgSignal } from '@gesang/ecg-signal';

/** Administrative sex as FHIR R4 codes it (`Patient.gender`), so `domain` maps it unchanged. */
export type EcgPatientSex = 'male' | 'female' | 'other' | 'unknown';

/** Patient fields as the file gives them; every field is absent when the file does not say. */
export interface EcgPatient {
  /** The patient identifier written by the cart (hospital or device numbering). */
  id?: string;
  /** Full name, as Unicode text. */
  name?: string;
  /** Sex or gender as recorded. */
  sex?: EcgPatientSex;
  /** Age in years at acquisition, 0–150, as the file states it (may be fractional for infants). */
  ageYears?: number;
  /** Birth date, ISO 8601 `YYYY-MM-DD`. */
  birthDate?: string;
}

/** The recording device, as far as the file names it. */
export interface EcgDevice {
  /** Manufacturer, e.g. `GE Healthcare`. */
  manufacturer?: string;
  /** Model, e.g. `MAC 55`. */
  model?: string;
  /** Serial or cart number. */
  serialNumber?: string;
  /** Acquisition or analysis software version. */
  softwareVersion?: string;
  /** Hospital or department that acquired the ECG. */
  institution?: string;
}

/**
 * When the recording started, by the cart's own clock. Most formats give local time with no
 * offset, so this is not converted to an instant.
 */
export interface EcgAcquisitionTime {
  /** Calendar date, `YYYY-MM-DD`. */
  date?: string;
  /** Time of day, `hh:mm:ss` or `hh:mm:ss.sss`. */
  time?: string;
  /** Offset from UTC in minutes, only when the file states it. */
  utcOffsetMinutes?: number;
}

/** One measurement the cart made itself (not ours), e.g. its QRS duration. */
export interface CartMeasurement {
  /** The cart's or standard's code for the quantity, e.g. `QRSDuration` or an MDC code. */
  code: string;
  /** The value in `unit`. */
  value: number;
  /** UCUM unit, e.g. `ms`, `uV`, `deg`, `/min`. */
  unit: string;
  /** The lead it applies to, when it is per lead. */
  lead?: string;
}

/** One interpretation statement the cart printed, e.g. `Sinus rhythm`. */
export interface CartStatement {
  /** The text as the cart wrote it. */
  text: string;
  /** The cart's or a standard's code for it, when given. */
  code?: string;
  /** The coding system of `code`, e.g. `SCP-ECG` or `SNOMED CT`. */
  codingSystem?: string;
}

/** Which format the record was read from. */
export interface EcgFileFormat {
  /** Format family, e.g. `WFDB`, `SCP-ECG`, `DICOM`. */
  name: string;
  /** Version of the format, when the file states it (e.g. SCP-ECG `2.0`). */
  version?: string;
  /** Free-text variant detail, e.g. WFDB signal formats `212`. */
  detail?: string;
}

/**
 * A whole ECG file, normalised: leads in µV at one sample rate (the {@link EcgSignal} the engine
 * consumes) plus patient, device, acquisition time, comments and the cart's own findings.
 * @example
 * const record = readWfdbRecord(parseWfdbHeader(text), { '100.dat': bytes });
 * record.leads[0]?.name; // 'MLII'
 * record.warnings; // [] when every checksum verified
 */
export interface EcgRecord extends EcgSignal {
  /** Start of the recording, when the file gives it. */
  acquisitionTime?: EcgAcquisitionTime;
  /** Patient fields found in the file; empty object when none. */
  patient: EcgPatient;
  /** Device fields found in the file; empty object when none. */
  device: EcgDevice;
  /** Free-text comments from the file (e.g. WFDB `#` lines, without the `#`), in file order. */
  comments: string[];
  /** Measurements the cart computed, when the file carries them; empty otherwise. */
  cartMeasurements: CartMeasurement[];
  /** Interpretation statements the cart printed, when the file carries them; empty otherwise. */
  cartStatements: CartStatement[];
  /** Which format the record came from. */
  format: EcgFileFormat;
  /** Things the reader tolerated but the user should know (checksum mismatch, invalid samples). */
  warnings: string[];
  /**
   * The cart's representative (median) beat per lead, when the file carries one (DICOM MEDIAN
   * BEAT group, aECG REPRESENTATIVE_BEAT series, MUSE and Philips median waveforms, SCP-ECG
   * section 5), in µV at its own sample rate.
   */
  medianBeats?: EcgSignal;
  /**
   * Time-stamped annotations the file carries (EDF+ TALs, event marks), seconds from the start of
   * the recording; absent when the file has none.
   */
  annotations?: EcgFileAnnotation[];
}

/** One time-stamped annotation from the file (e.g. an EDF+ TAL text or an event mark). */
export interface EcgFileAnnotation {
  /** Seconds from the start of the recording. */
  onsetS: number;
  /** Duration in seconds, when stated. */
  durationS?: number;
  /** The annotation text. */
  text: string;
}
