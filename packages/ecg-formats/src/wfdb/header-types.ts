/**
 * The parsed form of a WFDB header (`.hea`), field for field as header(5) of the WFDB Software
 * Package (G. B. Moody, PhysioNet) defines them, with the documented defaults already applied.
 */
import type { EcgAcquisitionTime, EcgPatient } from '../record.js';

/** One signal line of a WFDB header: where the signal's samples are and how to scale them. */
export interface WfdbSignalSpec {
  /** Name of the signal file, relative to the header (e.g. `100.dat`). */
  fileName: string;
  /** WFDB signal format number (`212`, `16`, `80`, `8`, `61`, `310`, `311`, ...). */
  format: number;
  /** Samples of this signal per frame (`16x2`); 1 when not given. */
  samplesPerFrame: number;
  /** Skew in frames (`16:3`): the file's sample `skew` is simultaneous with sample 0; ≥ 0. */
  skew: number;
  /** Bytes to skip at the start of the signal file before the first sample (`16+24`); ≥ 0. */
  byteOffset: number;
  /** ADC units (adu) per physical unit; 200 when the header gives none or 0 (uncalibrated). */
  adcGain: number;
  /** True when the header gave no gain or a gain of 0, so `adcGain` is WFDB's default 200. */
  uncalibrated: boolean;
  /** The adu value that corresponds to 0 physical units; defaults to `adcZero`. */
  baseline: number;
  /** Physical units of the signal as written (`mV` when not given). */
  units: string;
  /** ADC resolution in bits; format-dependent default (12 for 212, 16 for 16, ...). */
  adcResolution: number;
  /** The adu value at the middle of the ADC's range; 0 when not given. */
  adcZero: number;
  /** Value of sample 0 in adu (format 8 starts its differences here); defaults to `adcZero`. */
  initialValue: number;
  /** 16-bit checksum of all samples of the signal, when given (signed or unsigned as written). */
  checksum?: number;
  /** Block size in bytes (0 for ordinary files). */
  blockSize: number;
  /** Signal description, usually the lead name (`MLII`, `V5`, `avr`); may contain blanks. */
  description: string;
  /** 1-based line number in the header, for error messages. */
  line: number;
}

/** A parsed single-segment WFDB header. */
export interface WfdbHeader {
  /** Record name (`100`, `HR00001`). */
  recordName: string;
  /** Sampling frequency in frames per second per signal (Hz); 250 when not given. */
  sampleRateHz: number;
  /** Samples per signal, when the header gives a non-zero count; otherwise read to end of file. */
  sampleCount?: number;
  /** Start of the recording from the base time and date, when given. */
  acquisitionTime?: EcgAcquisitionTime;
  /** One entry per signal line, in header order. */
  signals: WfdbSignalSpec[];
  /** Comment lines (`#`), without the `#` and trimmed, in header order; empty ones left out. */
  comments: string[];
  /** Patient fields recognised in the comments (age, sex). */
  patient: EcgPatient;
  /** Tolerated oddities (unrecognised date, extra lines). */
  warnings: string[];
}
