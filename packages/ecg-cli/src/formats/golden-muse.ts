/**
 * Golden values of the GE MUSE RestingECG samples (`ecg-formats/ge-muse-xml`). Lead names, rate
 * and length come from the files' own XML; samples from an independent decoding with Python's
 * base64 and struct modules (Debian's `/usr/bin/python3`), scaled by the file's
 * `LeadAmplitudeUnitsPerBit` (4.88 µV). Derived leads: III = II − I, aVR = −(I + II)/2 computed
 * from the same Python integers. {@link MUSE_PYTHON_COMMAND}, run in
 * `../shared/data/ecg-formats/ge-muse-xml`, prints for muse_ecg1.xml
 * `{'I': -13, 'II': -20, 'V1': -79, …, 'V6': -14} 16 32 -7 -33` (lead values at sample 404, then
 * V6[4999], I[0], II−I and I+II at 404) and for muse_ecg2.xml
 * `{'I': 40, 'II': 52, 'V1': 17, …, 'V6': 31} -12 -10 12 92`.
 */
import type { GoldenFile } from './golden-types.js';

const MUSE_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
const UV_PER_BIT = 4.88;
/** Float32 storage of n × 4.88 µV: well under 0.001 µV off for |n| < 32768. */
const TOLERANCE_UV = 0.001;

/** The independent decoding (append the file name). */
export const MUSE_PYTHON_COMMAND =
  "/usr/bin/python3 -c \"import re,base64,struct,sys;t=open(sys.argv[1],encoding='latin-1').read().split('<WaveformType>Rhythm')[1];L={m[0]:struct.unpack('<5000h',base64.b64decode(m[1])) for m in re.findall(r'<LeadID>(\\w+)</LeadID>.*?<WaveFormData>(.*?)</WaveFormData>',t,re.S)};i=404;print({k:v[i] for k,v in L.items()},L['V6'][4999],L['I'][0],L['II'][i]-L['I'][i],L['I'][i]+L['II'][i])\"";

const SOURCE =
  'Rhythm Waveform of the XML: LeadSampleCountTotal 5000, SampleBase 500 × 10^0 Hz, ' +
  'LeadAmplitudeUnitsPerBit 4.88 MICROVOLTS, LeadIDs I II V1–V6 (+ III, aVR, aVL, aVF derived); ' +
  `samples: WaveFormData int16 × 4.88 from \`${MUSE_PYTHON_COMMAND} muse_ecg1.xml\`; ` +
  'III = (II − I) × 4.88, aVR = −(I + II)/2 × 4.88 from the same integers.';

/** Expected µV of `bits` LSB. */
const uv = (bits: number): number => bits * UV_PER_BIT;

/** The two MUSE sample files. */
export const GOLDEN_MUSE: GoldenFile[] = [
  {
    path: 'ecg-formats/ge-muse-xml/muse_ecg1.xml',
    format: 'GE MUSE XML',
    leads: MUSE_LEADS,
    sampleRateHz: 500,
    sampleCount: 5000,
    samples: [
      { lead: 'I', index: 0, valueUv: uv(32), toleranceUv: TOLERANCE_UV },
      { lead: 'II', index: 404, valueUv: uv(-20), toleranceUv: TOLERANCE_UV },
      { lead: 'V1', index: 404, valueUv: uv(-79), toleranceUv: TOLERANCE_UV },
      { lead: 'V6', index: 4999, valueUv: uv(16), toleranceUv: TOLERANCE_UV },
      { lead: 'III', index: 404, valueUv: uv(-7), toleranceUv: TOLERANCE_UV },
      { lead: 'aVR', index: 404, valueUv: uv(33 / 2), toleranceUv: TOLERANCE_UV },
    ],
    source: SOURCE,
  },
  {
    path: 'ecg-formats/ge-muse-xml/muse_ecg2.xml',
    format: 'GE MUSE XML',
    leads: MUSE_LEADS,
    sampleRateHz: 500,
    sampleCount: 5000,
    samples: [
      { lead: 'I', index: 0, valueUv: uv(-10), toleranceUv: TOLERANCE_UV },
      { lead: 'II', index: 404, valueUv: uv(52), toleranceUv: TOLERANCE_UV },
      { lead: 'V1', index: 404, valueUv: uv(17), toleranceUv: TOLERANCE_UV },
      { lead: 'V6', index: 4999, valueUv: uv(-12), toleranceUv: TOLERANCE_UV },
      { lead: 'III', index: 404, valueUv: uv(12), toleranceUv: TOLERANCE_UV },
      { lead: 'aVR', index: 404, valueUv: uv(-92 / 2), toleranceUv: TOLERANCE_UV },
    ],
    source: SOURCE,
  },
];
