/**
 * Golden values of the EDF+ samples (`ecg-formats/edf`). Header facts (12 signals, 600 records of
 * 1 s, 200 samples per record, labels, `uV` / `°` units, ±1000 µV ↔ −32768..32767) are read from
 * the files' ASCII headers and agree with BioSig's `save2gdf -JSON FILE`. Sample values come from
 * BioSig's independent reader: {@link EDF_SAVE2GDF_COMMAND} writes one text file per signal in
 * the header's units (`PhysicalUnits = uV`, so µV), printed with six significant digits.
 *
 * Reader policy checked here: of test_generator_2.edf only the signal labelled `ECG` becomes a lead
 * (the other voltage signals are not labelled as ECG, two are in degrees); test_edfann.edf holds
 * only an `EDF Annotations` signal, so it reads as a record with no leads, a placeholder rate of
 * 1 Hz and its 856 annotations (save2gdf -JSON lists the same 856 EVENT descriptions).
 */
import type { GoldenFile } from './golden-types.js';

/** The independent reader, run in a scratch folder; `gen2.a04` is the ECG signal (4th). */
export const EDF_SAVE2GDF_COMMAND =
  'save2gdf -f=ASCII ../shared/data/ecg-formats/edf/test_generator_2.edf gen2.txt';

/** save2gdf prints six significant digits: values below 100 µV are within 0.0005 µV. */
const TOLERANCE_UV = 0.001;

/** The two EDF+ sample files. */
export const GOLDEN_EDF: GoldenFile[] = [
  {
    path: 'ecg-formats/edf/test_generator_2.edf',
    format: 'EDF',
    leads: ['ECG'],
    sampleRateHz: 200,
    sampleCount: 120_000,
    samples: [
      { lead: 'ECG', index: 0, valueUv: 0.015259, toleranceUv: TOLERANCE_UV },
      { lead: 'ECG', index: 8, valueUv: 61.4786, toleranceUv: TOLERANCE_UV },
      { lead: 'ECG', index: 15, valueUv: -17.319, toleranceUv: TOLERANCE_UV },
      { lead: 'ECG', index: 50, valueUv: -0.289921, toleranceUv: TOLERANCE_UV },
      { lead: 'ECG', index: 119_999, valueUv: 0.015259, toleranceUv: TOLERANCE_UV },
    ],
    source:
      'Header: 600 records × 1 s, ECG 200 samples/record, -1000..1000 uV ↔ -32768..32767; ' +
      `samples: lines 1, 9, 16, 51, 120000 of gen2.a04 from \`${EDF_SAVE2GDF_COMMAND}\` (BioSig 2.x, µV).`,
  },
  {
    path: 'ecg-formats/edf/test_edfann.edf',
    format: 'EDF',
    leads: [],
    sampleRateHz: 1,
    sampleCount: 0,
    samples: [],
    source:
      "Header: EDF+C, 1 signal 'EDF Annotations', 1 record of duration 0, 30720 samples/record; " +
      'no sampled signal, so no leads and the 1 Hz placeholder rate (reader policy).',
  },
];
