/**
 * Golden entries for the shared DICOM waveform files. Every value comes from pydicom 2.3.1
 * (Debian's `/usr/bin/python3`), never from our reader: sample values from
 * `ds.waveform_array(0)` (multiplex group 1, which applies Channel Sensitivity, Baseline and
 * Correction Factor; both files have baseline 0 and factor 1), shape from `.shape`, the rate from
 * `ds.WaveformSequence[0].SamplingFrequency`, and lead names from the Channel Source Sequence
 * codes `[c.ChannelSourceSequence[0].CodeValue for c in ds.WaveformSequence[0].ChannelDefinitionSequence]`
 * (SCPECG 5.6.3-9-1, -2, -61, -62, -63, -64, -3 … -8 = I, II, III, aVR, aVL, aVF, V1 … V6 by
 * DICOM PS3.16 CID 3001).
 */
import type { GoldenFile } from './golden-types.js';

const TWELVE = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];

/** Command that printed the expected samples (run in ../shared/data/ecg-formats/dicom). */
const PYDICOM =
  '/usr/bin/python3 -c "import pydicom; ds=pydicom.dcmread(FILE); a=ds.waveform_array(0); print(a.shape, ds.WaveformSequence[0].SamplingFrequency, [float(a[i, lead]) for lead, i in PAIRS])"';

/** The DICOM golden table (merged into the shared golden table by the lead engineer). */
export const GOLDEN_DICOM: GoldenFile[] = [
  {
    path: 'ecg-formats/dicom/waveform_ecg.dcm',
    format: 'DICOM',
    leads: TWELVE,
    sampleRateHz: 1000,
    sampleCount: 10000,
    samples: [
      { lead: 'I', index: 0, valueUv: 100, toleranceUv: 0 },
      { lead: 'II', index: 1, valueUv: 106.25, toleranceUv: 0 },
      { lead: 'III', index: 250, valueUv: -28.75, toleranceUv: 0 },
      { lead: 'V1', index: 4321, valueUv: 62.5, toleranceUv: 0 },
      { lead: 'V6', index: 9999, valueUv: -112.5, toleranceUv: 0 },
    ],
    source: `pydicom 2.3.1: ${PYDICOM.replace('FILE', "'waveform_ecg.dcm'").replace('PAIRS', '[(0,0),(1,1),(2,250),(6,4321),(11,9999)]')} → (10000, 12) 1000.0 [100.0, 106.25, -28.75, 62.5, -112.5]`,
  },
  {
    path: 'ecg-formats/dicom/ecgtoolkit_Example.dcm',
    format: 'DICOM',
    leads: TWELVE,
    sampleRateHz: 500,
    sampleCount: 5000,
    samples: [
      { lead: 'I', index: 0, valueUv: -5, toleranceUv: 0 },
      { lead: 'II', index: 1, valueUv: -17.5, toleranceUv: 0 },
      // 0 although the file's Waveform Padding Value is 0: pydicom ignores padding, and so do we
      // for a 0 in signed data (it is an ordinary sample value there).
      { lead: 'aVL', index: 4, valueUv: 0, toleranceUv: 0 },
      { lead: 'III', index: 1234, valueUv: -110, toleranceUv: 0 },
      { lead: 'V2', index: 2500, valueUv: 47.5, toleranceUv: 0 },
      { lead: 'V6', index: 4999, valueUv: -37.5, toleranceUv: 0 },
    ],
    source: `pydicom 2.3.1 (implicit VR file): ${PYDICOM.replace('FILE', "'ecgtoolkit_Example.dcm'").replace('PAIRS', '[(0,0),(1,1),(4,4),(2,1234),(7,2500),(11,4999)]')} → (5000, 12) 500.0 [-5.0, -17.5, 0.0, -110.0, 47.5, -37.5]`,
  },
];
