/**
 * Golden values of the Contec ECG90A sample (`ecg-formats/contec-ecg90a/0000037.ECG`). No
 * independent reader exists (BioSig's save2gdf answers "data format is not supported"), so the
 * values come from the raw bytes read with numpy ({@link CONTEC_NUMPY_COMMAND}), scaled by the
 * layout documented in `@gesang/ecg-formats` contec-layout.ts: frames of 8 uint16 LE after the
 * 43-byte header (II, III, V1–V6), µV = (value − 2048) × 5; I = II − III, aVR = (III − 2·II)/2,
 * aVF = (II + III)/2. The command prints, for frames 0, 1, 1000, 4480 and 8374:
 * `0 raw 2030 2051 II -90 III 15 I -105 aVF -37.5 aVR 97.5`,
 * `1000 raw 2036 1954 II -60 III -470 I 410 aVF -265.0 aVR -175.0`,
 * `4480 raw 2098 1944 II 250 III -520 I 770 aVF -135.0 aVR -510.0`,
 * `8374 raw 2023 2076 II -125 III 140 I -265 aVF 7.5 aVR 195.0`, and 8375 frames.
 */
import type { GoldenFile } from './golden-types.js';

/** The raw-byte reading (Debian's `/usr/bin/python3` with numpy). */
export const CONTEC_NUMPY_COMMAND =
  "/usr/bin/python3 -c \"import numpy as np;b=open('0000037.ECG','rb').read();d=np.frombuffer(b[43:len(b)-37],dtype='<u2').reshape(-1,8).astype(int);[print(i,'raw',d[i,0],d[i,1],'II',(d[i,0]-2048)*5,'III',(d[i,1]-2048)*5,'I',(d[i,0]-d[i,1])*5,'aVF',(d[i,0]+d[i,1]-4096)*5/2,'aVR',(d[i,1]-2*d[i,0]+2048)*5/2) for i in (0,1,1000,4480,8374)];print(len(d))\"";

/** The one Contec ECG90A sample file. */
export const GOLDEN_CONTEC: GoldenFile[] = [
  {
    path: 'ecg-formats/contec-ecg90a/0000037.ECG',
    format: 'Contec ECG90A',
    leads: ['I', 'II', 'III', 'aVR', 'aVL', 'aVF'],
    sampleRateHz: 800,
    sampleCount: 8375,
    samples: [
      { lead: 'II', index: 0, valueUv: -90, toleranceUv: 0 },
      { lead: 'III', index: 0, valueUv: 15, toleranceUv: 0 },
      { lead: 'I', index: 1000, valueUv: 410, toleranceUv: 0 },
      { lead: 'II', index: 4480, valueUv: 250, toleranceUv: 0 },
      { lead: 'aVF', index: 1000, valueUv: -265, toleranceUv: 0 },
      { lead: 'aVR', index: 8374, valueUv: 195, toleranceUv: 0 },
    ],
    source:
      `Raw uint16 LE frames after the 43-byte header, (value − 2048) × 5 µV: \`${CONTEC_NUMPY_COMMAND}\` ` +
      'in ../shared/data/ecg-formats/contec-ecg90a; (134080 − 43 − 37) / 16 = 8375 frames at 800 Hz.',
  },
];
