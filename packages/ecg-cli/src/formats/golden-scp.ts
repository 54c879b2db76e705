/**
 * Golden entries for the shared SCP-ECG files. Sample values, rates and lengths of the four
 * standard files come from BioSig's `save2gdf` (biosig 2.x, Debian package), never from our
 * reader: `save2gdf -JSON FILE` prints the header after a one-line preamble (rate, lead labels,
 * samples per lead); `save2gdf -f=ASCII FILE OUT` writes one file per lead (`OUT.a01` …), one
 * value per line in µV (PhysicalUnits = uV; BioSig scales by the AVM in nV × 10⁻³), printed with
 * six significant digits. Indices below are 0-based (line number − 1). The Heal Force file is
 * refused by BioSig ("Dataformat not known"); its values were decoded from the bytes as
 * KaibinBao/healforcescpecg documents the layout (see its entry).
 */
import type { GoldenFile } from './golden-types.js';

const DIR = 'ecg-formats/scp-ecg';
/** How the expected samples were printed (run in ../shared/data/ecg-formats/scp-ecg). */
const SAVE2GDF = (file: string, picks: string): string =>
  `BioSig save2gdf: \`save2gdf -JSON ${file}\` (Samplingrate, Label, SamplesPerRecords) and \`save2gdf -f=ASCII ${file} /tmp/out; sed -n 'Lp' /tmp/out.aNN\` for ${picks}`;

/** The SCP-ECG golden table (merged into the shared golden table by the lead engineer). */
export const GOLDEN_SCP: GoldenFile[] = [
  {
    path: `${DIR}/ecgtoolkit_Example.scp`,
    format: 'SCP-ECG',
    leads: ['I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6', 'III', 'aVR', 'aVL', 'aVF'],
    sampleRateHz: 500,
    sampleCount: 5000,
    samples: [
      { lead: 'I', index: 0, valueUv: -5, toleranceUv: 0 },
      { lead: 'I', index: 1388, valueUv: 415, toleranceUv: 0 },
      { lead: 'II', index: 1394, valueUv: -667.5, toleranceUv: 0 },
      { lead: 'V1', index: 2682, valueUv: -1465, toleranceUv: 0 },
      { lead: 'III', index: 968, valueUv: -907.5, toleranceUv: 0 },
      { lead: 'I', index: 4999, valueUv: -32.5, toleranceUv: 0 },
    ],
    source: SAVE2GDF(
      'ecgtoolkit_Example.scp',
      'a01 lines 1, 1389, 5000 (-5, 415, -32.5), a02 line 1395 (-667.5), a03 line 2683 (-1465), a09 line 969 (-907.5); 500 Hz, 5000 samples, labels I II V1 … V6 III aVR aVL aVF',
    ),
  },
  {
    path: `${DIR}/ECG_20170504_163507_123456789.SCP`,
    format: 'SCP-ECG',
    leads: ['I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'],
    // 10⁶ / 1667 µs: the section 6 interval is a whole number of µs; BioSig prints 599.880024
    sampleRateHz: 1e6 / 1667,
    sampleCount: 6000,
    samples: [
      { lead: 'I', index: 0, valueUv: -45, toleranceUv: 0 },
      { lead: 'I', index: 3787, valueUv: 645, toleranceUv: 0 },
      { lead: 'II', index: 3787, valueUv: 963.75, toleranceUv: 0 },
      { lead: 'II', index: 160, valueUv: -273.75, toleranceUv: 0 },
      { lead: 'V1', index: 2584, valueUv: 341.25, toleranceUv: 0 },
    ],
    source: SAVE2GDF(
      'ECG_20170504_163507_123456789.SCP',
      'a01 lines 1, 3788 (-45, 645), a02 lines 3788, 161 (963.75, -273.75), a03 line 2585 (341.25); Samplingrate 599.880024, 6000 samples',
    ),
  },
  {
    path: `${DIR}/ECG_20060620_112352_ANON000002.SCP`,
    format: 'SCP-ECG',
    leads: ['I', 'II', 'V3R', 'V1', 'V2', 'V4', 'V6', 'V7'],
    sampleRateHz: 1e6 / 1667,
    sampleCount: 6000,
    samples: [
      { lead: 'I', index: 0, valueUv: 71.25, toleranceUv: 0 },
      { lead: 'I', index: 4286, valueUv: 465, toleranceUv: 0 },
      { lead: 'II', index: 2088, valueUv: 630, toleranceUv: 0 },
      { lead: 'II', index: 5168, valueUv: -352.5, toleranceUv: 0 },
      { lead: 'V3R', index: 5154, valueUv: -641.25, toleranceUv: 0 },
    ],
    source: SAVE2GDF(
      'ECG_20060620_112352_ANON000002.SCP',
      'a01 lines 1, 4287 (71.25, 465), a02 lines 2089, 5169 (630, -352.5), a03 line 5155 (-641.25); Samplingrate 599.880024, 6000 samples, labels I II V3R V1 V2 V4 V6 V7',
    ),
  },
  {
    path: `${DIR}/ecgviewer_demo.scp`,
    format: 'SCP-ECG',
    leads: ['I', 'II', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'],
    sampleRateHz: 1000,
    // BioSig reports 10001 (section 3 says samples 0–10000) and its 10001st value of each lead is
    // the next lead's first sample (a01 line 10001 = a02 line 1 = 78.507); section 6 holds 20000
    // bytes = 10000 16-bit samples per lead, which is what we read.
    sampleCount: 10000,
    samples: [
      { lead: 'I', index: 0, valueUv: 46.482, toleranceUv: 0.001 },
      { lead: 'I', index: 6216, valueUv: -859.368, toleranceUv: 0.001 },
      { lead: 'II', index: 9216, valueUv: -1433.07, toleranceUv: 0.01 },
      { lead: 'II', index: 9238, valueUv: 527.589, toleranceUv: 0.001 },
      { lead: 'V1', index: 8219, valueUv: -519.537, toleranceUv: 0.001 },
    ],
    source: `${SAVE2GDF(
      'ecgviewer_demo.scp',
      'a01 lines 1, 6217 (46.482, -859.368), a02 lines 9217, 9239 (-1433.07, 527.589), a03 line 8220 (-519.537); 1000 Hz; values are multiples of the 183-nV AVM printed to 6 significant digits, hence the tolerances',
    )}; sample count from section 6's byte counts (20000 bytes per lead at byte 411 onwards), not BioSig's 10001`,
  },
  {
    path: `${DIR}/healforce_62.SCP`,
    format: 'SCP-ECG',
    leads: ['channel 1', 'channel 2', 'channel 3'],
    sampleRateHz: 150,
    sampleCount: 4500,
    samples: [
      { lead: 'channel 1', index: 0, valueUv: 9.524, toleranceUv: 0.001 },
      { lead: 'channel 1', index: 2030, valueUv: 533.344, toleranceUv: 0.001 },
      { lead: 'channel 1', index: 1879, valueUv: -761.92, toleranceUv: 0.001 },
      { lead: 'channel 2', index: 318, valueUv: 1085.736, toleranceUv: 0.001 },
      { lead: 'channel 3', index: 2191, valueUv: 1485.744, toleranceUv: 0.001 },
      { lead: 'channel 3', index: 3825, valueUv: -238.1, toleranceUv: 0.001 },
    ],
    source:
      "Bytes of the file, decoded as KaibinBao/healforcescpecg (README and decoder notes) documents the Heal Force layout, by a Python script independent of our reader: section 6 at byte 488 (0-based pointer), header at 504: AVM 9524 nV, interval field 150 (the rate in Hz), stream of 20250 bytes at 512; each 3 little-endian words → 4 samples (w0&0x3FF, w1&0x3FF, w2&0x3FF, ((w0>>10)&3)<<8|((w1>>10)&15)<<4|((w2>>10)&15)), value = (raw − 512) × 9.524 µV, channel k = samples k, k+3, k+6 … (section 3: 3 leads; 13500 samples → 4500 per channel). `python3 -c \"import struct; d=open('healforce_62.SCP','rb').read(); w=struct.unpack_from('<10125H', d, 512); …\"`",
  },
];
