/**
 * Golden values of the Philips Sierra/PhilipsECG XML samples (`ecg-formats/philips-sierra-xml`).
 * Lead labels, rate and length come from the files' own XML (`leadlabels` or the STD-12 lead set,
 * `samplespersecond` / `samplingrate` 500 Hz, `durationperchannel` 11000 ms → 5500 samples,
 * resolution 5 µV per LSB). No XLI decoder exists in Debian, so the samples come from
 * {@link PHILIPS_PYTHON_DECODER}, a separate decoding written for this check in plain Python
 * (`/usr/bin/python3`, no code shared with the TypeScript reader), cross-checked in two ways:
 * - sample 2750 of I, II, III and V1–V6 equals the mid-record values published in the test suite
 *   of sixlettervariables/sierra-ecg-tools (`sierraecg-js/packages/sierraecg-core/tests/
 *   sierraecg.test.js` @ cd4e1e900eeca361fbcb3eceebba863fc1cc9837); so do aVR, aVL, aVF except
 *   aVR and aVF of 3191723 (32 and −49 LSB here, 33 and −50 there), because that port rounds
 *   the Goldberger halves down while the C and C# ports (and these files, see the rounding
 *   analysis in `philips/limb-leads.ts` of ecg-formats) truncate toward zero;
 * - the cart appends, after the ECG, zeros, a 1 mV calibration pulse (samples 5350–5449 of every
 *   lead: 200 LSB × 5 µV = 1000 µV exactly, in the rebuilt limb leads too) and zeros to 5500;
 *   the reader cuts that tail off, so the expected sample count is where the decoder's final
 *   all-leads-zero run before the pulse begins (5264, 5300, 5300; printed by the decoder's last
 *   line), and the last sample before it is checked.
 */
import type { GoldenFile } from './golden-types.js';

/**
 * The independent decoder: save as `philips_golden.py` and run
 * `/usr/bin/python3 philips_golden.py FILE 0 1000 2750 5263 5299` in
 * `../shared/data/ecg-formats/philips-sierra-xml`; it prints every lead's value (LSB) at those
 * indices and the largest |I + III − II| before the calibration pulse.
 */
export const PHILIPS_PYTHON_DECODER = String.raw`import re, base64, struct, sys
raw = open(sys.argv[1], 'rb').read()
text = raw[2:].decode('utf-16-le') if raw[:2] == b'\xff\xfe' else raw.decode('utf-8')
payload = base64.b64decode(''.join(re.search(r'<parsedwaveforms[^>]*>(.*?)<', text, re.S).group(1).split()))
def lzw(data):
    table = [bytes([i]) for i in range(256)]; out = b''; prev = None; acc = nbits = 0
    for byte in data:
        acc = (acc << 8) | byte; nbits += 8
        if nbits < 10: continue
        nbits -= 10; code = (acc >> nbits) & 1023; acc &= (1 << nbits) - 1
        if code == 1023: break
        s = table[code] if code < len(table) else prev + prev[:1]
        if prev is not None and len(table) < 1023: table.append(prev + s[:1])
        out += s; prev = s
    return out
leads, off = [], 0
while len(leads) < 12:
    size, _, start = struct.unpack_from('<ihh', payload, off)
    b = lzw(payload[off + 8: off + 8 + size]); n = len(b) // 2; off += 8 + size
    c = [struct.unpack('>h', bytes([b[i], b[n + i]]))[0] for i in range(n)]
    s = c[:2]; r = start
    for j in range(2, n): s.append(2 * s[-1] - s[-2] - r); r = c[j] - 64
    leads.append(s)
half = lambda v: int(v / 2)  # C integer division (truncates toward zero)
I, II = leads[0], leads[1]
leads[2] = [II[i] - I[i] - leads[2][i] for i in range(n)]
leads[3] = [-half(I[i] + II[i]) - leads[3][i] for i in range(n)]
leads[4] = [half(I[i] - leads[2][i]) - leads[4][i] for i in range(n)]
leads[5] = [half(II[i] + leads[2][i]) - leads[5][i] for i in range(n)]
names = 'I II III aVR aVL aVF V1 V2 V3 V4 V5 V6'.split()
for i in [int(x) for x in sys.argv[2:]]: print(i, dict(zip(names, [l[i] for l in leads])))
print('samples', n, 'max|I+III-II| before 5350:', max(abs(I[i] + leads[2][i] - II[i]) for i in range(5350)))
z = 5350
while z > 0 and all(l[z - 1] == 0 for l in leads): z -= 1
print('ECG ends at', z, 'pulse of 200 LSB in every lead over 5350-5449:', all(l[i] == 200 for l in leads for i in range(5350, 5450)))
`;

const PHILIPS_LEADS = ['I', 'II', 'III', 'aVR', 'aVL', 'aVF', 'V1', 'V2', 'V3', 'V4', 'V5', 'V6'];
const UV_PER_LSB = 5;

/** Expected µV of `lsb` (exact in Float32). */
const uv = (lsb: number): number => lsb * UV_PER_LSB;

const source = (header: string): string =>
  `${header}; samples: PHILIPS_PYTHON_DECODER of golden-philips.ts run as ` +
  '`/usr/bin/python3 philips_golden.py FILE 0 1000 2750 5263 5299`, × 5 µV; index 2750 cross-checked ' +
  'with the sierra-ecg-tools test suite; sample count = where the ECG ends (see file doc).';

/** The three Philips sample files. */
export const GOLDEN_PHILIPS: GoldenFile[] = [
  {
    path: 'ecg-formats/philips-sierra-xml/129DYPRG.XML',
    format: 'Philips Sierra XML',
    leads: PHILIPS_LEADS,
    sampleRateHz: 500,
    sampleCount: 5264,
    samples: [
      { lead: 'I', index: 0, valueUv: uv(48), toleranceUv: 0 },
      { lead: 'II', index: 1, valueUv: uv(115), toleranceUv: 0 },
      { lead: 'III', index: 1000, valueUv: uv(-7), toleranceUv: 0 },
      { lead: 'aVR', index: 2750, valueUv: uv(13), toleranceUv: 0 },
      { lead: 'aVF', index: 2750, valueUv: uv(-12), toleranceUv: 0 },
      { lead: 'aVR', index: 5263, valueUv: uv(17), toleranceUv: 0 },
    ],
    source: source(
      'SierraECG 1.03: signalcharacteristics samplingrate 500, signalresolution 5, leadset STD-12, numberchannelsvalid 12; parsedwaveforms durationperchannel 11000, compressmethod XLI',
    ),
  },
  {
    path: 'ecg-formats/philips-sierra-xml/3191723_ZZDEMOPTONLY_1-04_orig.xml',
    format: 'Philips Sierra XML',
    leads: PHILIPS_LEADS,
    sampleRateHz: 500,
    sampleCount: 5300,
    samples: [
      { lead: 'I', index: 0, valueUv: uv(33), toleranceUv: 0 },
      { lead: 'V3', index: 0, valueUv: uv(217), toleranceUv: 0 },
      { lead: 'III', index: 1000, valueUv: uv(-49), toleranceUv: 0 },
      { lead: 'aVR', index: 2750, valueUv: uv(32), toleranceUv: 0 },
      { lead: 'aVF', index: 2750, valueUv: uv(-49), toleranceUv: 0 },
      { lead: 'aVL', index: 5299, valueUv: uv(11), toleranceUv: 0 },
    ],
    source: source(
      'PhilipsECG 1.04 (UTF-16 LE with BOM): parsedwaveforms leadlabels "I II III aVR aVL aVF V1 V2 V3 V4 V5 V6", samplespersecond 500, resolution 5, durationperchannel 11000, compression XLI',
    ),
  },
  {
    path: 'ecg-formats/philips-sierra-xml/2020-5-18_15-48-11.xml',
    format: 'Philips Sierra XML',
    leads: PHILIPS_LEADS,
    sampleRateHz: 500,
    sampleCount: 5300,
    samples: [
      { lead: 'I', index: 0, valueUv: uv(-2), toleranceUv: 0 },
      { lead: 'II', index: 0, valueUv: uv(139), toleranceUv: 0 },
      { lead: 'III', index: 1000, valueUv: uv(99), toleranceUv: 0 },
      { lead: 'aVL', index: 2750, valueUv: uv(-51), toleranceUv: 0 },
      { lead: 'V2', index: 1000, valueUv: uv(-47), toleranceUv: 0 },
      { lead: 'aVR', index: 5299, valueUv: uv(-42), toleranceUv: 0 },
    ],
    source: source(
      'PhilipsECG 1.04.01 (UTF-16 LE with BOM): parsedwaveforms leadlabels "I II III aVR aVL aVF V1 V2 V3 V4 V5 V6", samplespersecond 500, resolution 5, durationperchannel 11000, compression XLI',
    ),
  },
];
