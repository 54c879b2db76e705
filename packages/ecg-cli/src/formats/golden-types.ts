/**
 * The golden table of the shared sample files: for each real file, what it must read as. Every
 * expected value comes from the file's own header (read by hand, e.g. an XML attribute or a byte
 * range named in `source`) or from an independent reader (pydicom, BioSig's save2gdf) — never
 * from our parser's output.
 */

/** One checked sample: lead, 0-based sample index, and the expected value in µV. */
export interface GoldenSample {
  lead: string;
  index: number;
  valueUv: number;
  /** Allowed absolute difference in µV (0 for exact integers; e.g. half an LSB after scaling). */
  toleranceUv: number;
}

/** What one shared sample file must read as. */
export interface GoldenFile {
  /** Path below `../shared/data`, e.g. `ecg-formats/dicom/waveform_ecg.dcm`. */
  path: string;
  /** `EcgFileFormat.name` the detector must report, e.g. `DICOM`. */
  format: string;
  /** Lead names in file order, normalised (`aVR`, `V1`, ...). */
  leads: string[];
  sampleRateHz: number;
  /** Samples per lead. */
  sampleCount: number;
  samples: GoldenSample[];
  /** Where each expected value was taken from (tool and command, or header field / byte offset). */
  source: string;
}
