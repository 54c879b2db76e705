/**
 * Golden values of the WFDB samples (`ecg-formats/wfdb`).
 *
 * `100`: header `100 2 360 650000`, format 212, gain 200 adu/mV, baseline 1024; initial values
 * 995 and 1011 give sample 0 = (995 − 1024) / 200 mV = −145 µV and −65 µV. Other samples from
 * BioSig's reader, {@link WFDB_100_SAVE2GDF_COMMAND}: save2gdf hangs on the shared `100.hea`
 * (CRLF line ends plus a blank line between the signal lines), so it ran on a copy rewritten
 * with the same record and signal lines, LF only, no blank line.
 *
 * `s0010_re`: header `s0010_re 15 1000 38400`, format 16, gain 2000 adu/mV, baseline 0; the 12
 * leads I–V6 are in `s0010_re.dat`, the Frank leads vx, vy, vz in `s0010_re.xyz`, which is not in
 * the folder (the reader leaves them out with a warning). save2gdf refuses the header ("multiply
 * data files within a single data set is not supported") and, on a 12-signal copy, writes
 * scrambled ASCII (its line 2 of signal 1 is −0.0525 mV where the file holds −485 adu), so values
 * come from the header's initial values and {@link WFDB_S0010_NUMPY_COMMAND}, whose output is
 * `(38400, 12) [-489, -458, 31, 474, -260, -214, -88, -241, -112, 212, 393, 390] [-211, -513, -302]
 * [270, 517, 249, -333]` and then the 12 header checksums.
 */
import type { GoldenFile } from './golden-types.js';

/** BioSig on a copy of 100.hea with LF line ends and no blank line. */
export const WFDB_100_SAVE2GDF_COMMAND = 'save2gdf -f=ASCII 100.hea out.txt';

/** numpy's reading of the 12 int16 signals of s0010_re.dat. */
export const WFDB_S0010_NUMPY_COMMAND =
  "/usr/bin/python3 -c \"import numpy as np;d=np.fromfile('s0010_re.dat',dtype='<i2').reshape(-1,12);print(d.shape,list(d[0]),list(d[1000,:3]),list(d[38399,[0,1,2,11]]),[(int(s)+32768)%65536-32768 for s in d.astype(np.int64).sum(axis=0)])\"";

const PTB_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];

/** The two WFDB records (path: the header). */
export const GOLDEN_WFDB: GoldenFile[] = [
  {
    path: 'ecg-formats/wfdb/100.hea',
    format: 'WFDB',
    leads: ['MLII', 'V5'],
    sampleRateHz: 360,
    sampleCount: 650_000,
    samples: [
      { lead: 'MLII', index: 0, valueUv: -145, toleranceUv: 0 },
      { lead: 'V5', index: 0, valueUv: -65, toleranceUv: 0 },
      { lead: 'MLII', index: 370, valueUv: 940, toleranceUv: 0 },
      { lead: 'V5', index: 1000, valueUv: -270, toleranceUv: 0 },
      { lead: 'MLII', index: 100_000, valueUv: -425, toleranceUv: 0 },
      { lead: 'MLII', index: 649_999, valueUv: -1280, toleranceUv: 0 },
    ],
    source:
      'Header record and signal lines (initial values 995, 1011; gain 200; baseline 1024); ' +
      `samples 370, 1000, 100000, 649999 from out.a01/out.a02 of \`${WFDB_100_SAVE2GDF_COMMAND}\` (mV × 1000).`,
  },
  {
    path: 'ecg-formats/wfdb/s0010_re.hea',
    format: 'WFDB',
    leads: PTB_LEADS,
    sampleRateHz: 1000,
    sampleCount: 38_400,
    samples: [
      { lead: 'I', index: 0, valueUv: -244.5, toleranceUv: 0 },
      { lead: 'III', index: 0, valueUv: 15.5, toleranceUv: 0 },
      { lead: 'V6', index: 0, valueUv: 195, toleranceUv: 0 },
      { lead: 'II', index: 1000, valueUv: -256.5, toleranceUv: 0 },
      { lead: 'III', index: 38_399, valueUv: 124.5, toleranceUv: 0 },
      { lead: 'V6', index: 38_399, valueUv: -166.5, toleranceUv: 0 },
    ],
    source:
      'Header (initial values -489, 31, 390; gain 2000 adu/mV) and ' +
      `\`${WFDB_S0010_NUMPY_COMMAND}\` in ../shared/data/ecg-formats/wfdb (adu / 2000 mV × 1000).`,
  },
];
