/**
 * The golden table: every real sample file in `../shared/data/ecg-formats`, one entry each, with
 * what it must read as (lead names, rate, sample count, checked samples) and where each expected
 * value came from. The per-format lists are kept beside their readers' tests.
 */
import { GOLDEN_AECG } from './golden-aecg.js';
import { GOLDEN_CONTEC } from './golden-contec.js';
import { GOLDEN_DICOM } from './golden-dicom.js';
import { GOLDEN_EDF } from './golden-edf.js';
import { GOLDEN_MUSE } from './golden-muse.js';
import { GOLDEN_PHILIPS } from './golden-philips.js';
import { GOLDEN_SCP } from './golden-scp.js';
import type { GoldenFile } from './golden-types.js';
import { GOLDEN_WFDB } from './golden-wfdb.js';

/** Every golden entry, by format. */
export const GOLDEN_FILES: readonly GoldenFile[] = [
  ...GOLDEN_DICOM,
  ...GOLDEN_AECG,
  ...GOLDEN_SCP,
  ...GOLDEN_MUSE,
  ...GOLDEN_PHILIPS,
  ...GOLDEN_EDF,
  ...GOLDEN_CONTEC,
  ...GOLDEN_WFDB,
];
