/**
 * The parsed form of an EDF / EDF+ file, field for field as the specifications define them:
 * B. Kemp, A. Värri, A. C. Rosa, K. D. Nielsen, J. Gade, "A simple format for exchange of
 * digitized polygraphic recordings", Electroencephalogr. Clin. Neurophysiol. 82 (1992) 391–393;
 * B. Kemp, J. Olivan, "European data format 'plus' (EDF+), an EDF alike standard format for the
 * exchange of physiological data", Clin. Neurophysiol. 114 (2003) 1755–1761
 * (https://www.edfplus.info/specs/).
 */

/** One signal header (the 16-byte label, 80-byte transducer, ... fields of signal `index`). */
export interface EdfSignalHeader {
  /** 0-based position of the signal in the header and in each data record. */
  index: number;
  /** Label as written, trimmed (`ECG II`, `EEG Fpz-Cz`, `EDF Annotations`). */
  label: string;
  /** Transducer type, trimmed (`AgAgCl electrode`); may be empty. */
  transducer: string;
  /** Physical dimension as written, trimmed (`uV`, `mV`, `°`); may be empty. */
  physicalDimension: string;
  /** Physical value of `digitalMin`, in `physicalDimension`. */
  physicalMin: number;
  /** Physical value of `digitalMax`, in `physicalDimension`. */
  physicalMax: number;
  /** Lowest digital value (−32768 to 32767). */
  digitalMin: number;
  /** Highest digital value (−32768 to 32767), > `digitalMin` for a usable signal. */
  digitalMax: number;
  /** Prefiltering, trimmed (`HP:0.1Hz LP:75Hz N:50Hz`); may be empty. */
  prefiltering: string;
  /** Samples of this signal in each data record, ≥ 0. */
  samplesPerRecord: number;
  /** True for an EDF+ `EDF Annotations` signal (its "samples" are TAL bytes, not a signal). */
  isAnnotations: boolean;
  /** Byte offset of this signal's samples inside a data record. */
  byteOffsetInRecord: number;
}

/** The 256-byte main header plus every signal header. */
export interface EdfHeader {
  /** `EDF+C` (continuous) or `EDF+D` (discontinuous) for EDF+, undefined for plain EDF. */
  variant?: 'EDF+C' | 'EDF+D';
  /** Local patient identification (80 bytes), trimmed. */
  patientField: string;
  /** Local recording identification (80 bytes), trimmed. */
  recordingField: string;
  /** Start date `YYYY-MM-DD` (from dd.mm.yy, years 1985–2084), when valid. */
  startDate?: string;
  /** Start time `hh:mm:ss` (from hh.mm.ss), when valid. */
  startTime?: string;
  /** Bytes in the header record: 256 × (signals + 1). */
  headerBytes: number;
  /** Number of data records as declared; −1 means unknown (still recording). */
  declaredRecordCount: number;
  /** Number of whole data records to read: the declared count, or what the file holds. */
  recordCount: number;
  /** Duration of one data record in seconds, ≥ 0 (0 only for annotation-only files). */
  recordDurationS: number;
  /** Bytes in one data record: 2 × the sum of all samples per record. */
  recordBytes: number;
  /** One entry per signal, in header order. */
  signals: EdfSignalHeader[];
}

/** One EDF+ annotation: a text with its onset (and duration) from a Time-stamped Annotation List. */
export interface EdfAnnotation {
  /** Seconds from the header's start date and time (may be negative or fractional). */
  onsetS: number;
  /** Duration in seconds, when the TAL gives one. */
  durationS?: number;
  /** The annotation text (UTF-8 in the file). */
  text: string;
}

/** A signal of the file in physical units, record after record. */
export interface EdfDecodedSignal {
  /** The signal's header. */
  header: EdfSignalHeader;
  /** Samples per second: samples per record ÷ record duration, in hertz. */
  sampleRateHz: number;
  /** Values of all records concatenated: in µV for a voltage signal, else in `unit`. */
  values: Float32Array;
  /** `uV` for a voltage signal (converted from `mV`, `V`, ...), else the physical dimension. */
  unit: string;
}

/** A whole EDF / EDF+ file, decoded: header, every ordinary signal, and the annotations. */
export interface EdfFile {
  header: EdfHeader;
  /** Ordinary signals with a usable calibration, in header order (annotation signals excluded). */
  signals: EdfDecodedSignal[];
  /** EDF+ annotations of every record, in file order (time-keeping TALs excluded). */
  annotations: EdfAnnotation[];
  /** Onset of each data record in seconds from the start time (EDF+ time-keeping TAL; else r × duration). */
  recordOnsetsS: number[];
  /** Tolerated oddities (unknown record count, malformed TALs, signals left out). */
  warnings: string[];
}
