/**
 * `readEdfRecord` on small EDF / EDF+ files built here from the header layout of Kemp et al. 1992
 * and Kemp & Olivan 2003 (`buildEdfTestFile`). Expected values are worked out by hand from the
 * calibration formula: physical = (digital − digMin) × (physMax − physMin) / (digMax − digMin) +
 * physMin.
 */
import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../xml/xml-write.js';
import { edfReader, readEdfRecord } from './read-edf.js';

interface TestSignal {
  label: string;
  dimension?: string;
  physical?: [number, number];
  digital?: [number, number];
  prefiltering?: string;
  samplesPerRecord: number;
  /** Digital samples of each record, or (annotation signal) the text of each record. */
  records: (number[] | string)[];
}

interface TestFile {
  patient?: string;
  recording?: string;
  start?: [string, string];
  reserved?: string;
  declaredRecords?: number;
  durationS?: string;
  headerBytes?: number;
  signals: TestSignal[];
}

/** An EDF file written field by field after the specification (test file builder). */
function buildEdfTestFile(file: TestFile): Uint8Array {
  const ns = file.signals.length;
  const recordCount = file.signals[0]?.records.length ?? 0;
  const field = (value: string | number, width: number): string =>
    String(value).padEnd(width, ' ').slice(0, width);
  let header =
    field('0', 8) +
    field(file.patient ?? 'X X X X', 80) +
    field(file.recording ?? 'Startdate X X X X', 80);
  header += field(file.start?.[0] ?? '01.02.03', 8) + field(file.start?.[1] ?? '04.05.06', 8);
  header += field(file.headerBytes ?? 256 * (ns + 1), 8) + field(file.reserved ?? 'EDF+C', 44);
  header +=
    field(file.declaredRecords ?? recordCount, 8) + field(file.durationS ?? '1', 8) + field(ns, 4);
  const each = (width: number, get: (s: TestSignal) => string | number): string =>
    file.signals.map((s) => field(get(s), width)).join('');
  header += each(16, (s) => s.label) + each(80, () => '') + each(8, (s) => s.dimension ?? 'uV');
  header += each(8, (s) => s.physical?.[0] ?? -32768) + each(8, (s) => s.physical?.[1] ?? 32767);
  header += each(8, (s) => s.digital?.[0] ?? -32768) + each(8, (s) => s.digital?.[1] ?? 32767);
  header +=
    each(80, (s) => s.prefiltering ?? '') + each(8, (s) => s.samplesPerRecord) + each(32, () => '');
  const recordBytes = 2 * file.signals.reduce((sum, s) => sum + s.samplesPerRecord, 0);
  const bytes = new Uint8Array(header.length + recordCount * recordBytes);
  bytes.set(Uint8Array.from(header, (c) => c.charCodeAt(0)));
  const view = new DataView(bytes.buffer);
  let offset = header.length;
  for (let r = 0; r < recordCount; r++) {
    for (const signal of file.signals) {
      const record = signal.records[r] ?? [];
      if (typeof record === 'string') {
        bytes.set(encodeUtf8(record).subarray(0, 2 * signal.samplesPerRecord), offset);
      } else {
        record.forEach((value, j) => view.setInt16(offset + 2 * j, value, true));
      }
      offset += 2 * signal.samplesPerRecord;
    }
  }
  return bytes;
}

const ANNOTATIONS = (texts: string[]): TestSignal => ({
  label: 'EDF Annotations',
  dimension: '',
  physical: [-1, 1],
  samplesPerRecord: 30,
  records: texts,
});

describe('readEdfRecord on hand-made EDF+ files', () => {
  // ECG II in mV, digital ±32767 ↔ ±3.2767 mV: 1 digital unit = 0.1 µV exactly as a ratio.
  const file = buildEdfTestFile({
    patient: 'MCH-0234567 F 02-MAY-1951 Haagse_Harry',
    recording: 'Startdate 02-MAR-2002 PSG-1234/2002 NN Telemetry03',
    start: ['02.03.02', '14.30.00'],
    signals: [
      {
        label: 'ECG II',
        dimension: 'mV',
        physical: [-3.2768, 3.2767],
        prefiltering: 'HP:0.05Hz LP:150Hz',
        samplesPerRecord: 4,
        records: [
          [0, 10000, -10000, 32767],
          [-32768, 1, 2, 3],
        ],
      },
      {
        label: 'EEG Fpz-Cz',
        physical: [-100, 100],
        digital: [-100, 100],
        samplesPerRecord: 4,
        records: [
          [1, 2, 3, 4],
          [5, 6, 7, 8],
        ],
      },
      ANNOTATIONS(['+0.25\x14\x14\x00+0.5\x151\x14R wave\x14\x00', '+1.25\x14\x14\x00']),
    ],
  });
  const record = readEdfRecord(file);

  it('keeps the ECG signal at 4 Hz in µV (mV × 1000), leaving out the EEG', () => {
    expect(record.sampleRateHz).toBe(4);
    expect(record.leads.map((l) => [l.name, l.sourceName])).toEqual([['II', 'ECG II']]);
    // (d + 32768) × 6.5535 / 65535 − 3.2768 mV = d × 0.0001 mV = d × 0.1 µV.
    const expected = [0, 1000, -1000, 3276.7, -3276.8, 0.1, 0.2, 0.3];
    [...(record.leads[0]?.samplesUv ?? [])].forEach((v, i) =>
      expect(v).toBeCloseTo(expected[i] ?? NaN, 3),
    );
    expect(record.warnings).toEqual([
      'EDF voltage signals not labelled as ECG left out: EEG Fpz-Cz (4 Hz)',
    ]);
  });

  it('maps EDF+ patient and recording subfields and the start time with its fraction', () => {
    expect(record.patient).toEqual({
      id: 'MCH-0234567',
      sex: 'female',
      birthDate: '1951-05-02',
      name: 'Haagse Harry',
    });
    expect(record.device).toEqual({ model: 'Telemetry03' });
    expect(record.acquisitionTime).toEqual({ date: '2002-03-02', time: '14:30:00.250' });
    expect(record.comments).toEqual([
      'EDF+ hospital administration code: PSG-1234/2002',
      'EDF+ technician: NN',
      'EDF signal ECG II: HP:0.05Hz LP:150Hz',
    ]);
    expect(record.format).toEqual({
      name: 'EDF',
      version: 'EDF+C',
      detail: '3 signal(s), 2 data record(s) of 1 s',
    });
  });

  it('returns the annotations, without the time-keeping TALs', () => {
    expect(record.annotations).toEqual([{ onsetS: 0.5, durationS: 1, text: 'R wave' }]);
  });

  it('sniffs EDF and not other bytes', () => {
    expect(edfReader.sniff(file)).toBe(true);
    expect(edfReader.sniff(file.subarray(0, 255))).toBe(false);
    const bdf = file.slice();
    bdf[0] = 0xff;
    expect(edfReader.sniff(bdf)).toBe(false);
    expect(edfReader.sniff(new Uint8Array(512).fill(0x20))).toBe(false);
  });
});

describe('readEdfRecord: rates, record counts, EDF+D and refusals', () => {
  const twoRates = (extra: Partial<TestFile> = {}): Uint8Array =>
    buildEdfTestFile({
      signals: [
        {
          label: 'ECG I',
          samplesPerRecord: 2,
          records: [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
        },
        {
          label: 'ECG V1',
          samplesPerRecord: 4,
          records: [
            [1, 2, 3, 4],
            [5, 6, 7, 8],
            [9, 10, 11, 12],
          ],
        },
        { label: 'Temp', dimension: 'degC', samplesPerRecord: 1, records: [[1], [2], [3]] },
      ],
      ...extra,
    });

  it('keeps the ECG leads at the highest rate and names the ones left out', () => {
    const record = readEdfRecord(twoRates({ durationS: '0.5' }));
    expect(record.sampleRateHz).toBe(8);
    expect(record.leads.map((l) => [l.name, [...l.samplesUv]])).toEqual([
      ['V1', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    ]);
    expect(record.warnings).toEqual([
      'EDF signals not in a voltage unit left out: Temp (degC)',
      'EDF signals at another rate than 8 Hz left out (not resampled): ECG I (4 Hz)',
    ]);
  });

  it('-1 data records: the count comes from the file size, with a warning', () => {
    const record = readEdfRecord(twoRates({ declaredRecords: -1 }));
    expect(record.leads[0]?.samplesUv.length).toBe(12);
    expect(record.warnings[0]).toMatch(/-1 \(unknown\); 3 whole records read/);
  });

  it('more records declared than present: read leniently with a warning, refused when strict', () => {
    const bytes = twoRates({ declaredRecords: 99_999_999 });
    expect(readEdfRecord(bytes).warnings[0]).toMatch(
      /declares 99999999 data records .* holds 3; those 3 are read/,
    );
    expect(() => readEdfRecord(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'truncated', field: 'number of data records' }),
    );
  });

  it('huge samples-per-record or signal counts are refused before allocating', () => {
    const huge = buildEdfTestFile({
      declaredRecords: 1,
      signals: [{ label: 'ECG', samplesPerRecord: 99_999_999, records: [] }],
    });
    expect(() => readEdfRecord(huge)).toThrow(expect.objectContaining({ code: 'truncated' }));
    const header = twoRates();
    header.set(
      Uint8Array.from('9999', (c) => c.charCodeAt(0)),
      252,
    );
    expect(() => readEdfRecord(header)).toThrow(
      expect.objectContaining({ code: 'truncated', field: 'signal headers' }),
    );
  });

  it('EDF+D: a gap between records is filled with NaN, from the time-keeping TALs', () => {
    const record = readEdfRecord(
      buildEdfTestFile({
        reserved: 'EDF+D',
        signals: [
          {
            label: 'ECG',
            samplesPerRecord: 2,
            records: [
              [1, 2],
              [3, 4],
            ],
          },
          ANNOTATIONS(['+0\x14\x14\x00', '+2\x14\x14\x00']),
        ],
      }),
    );
    expect([...(record.leads[0]?.samplesUv ?? [])]).toEqual([1, 2, NaN, NaN, 3, 4]);
    expect(record.warnings).toEqual(['EDF+D: 1 gap(s) between data records filled with NaN']);
  });

  it('no ECG label: every voltage signal is kept, with a warning', () => {
    const record = readEdfRecord(
      buildEdfTestFile({
        reserved: '',
        signals: [
          { label: 'Ch1', samplesPerRecord: 1, records: [[7]] },
          { label: 'Ch2', samplesPerRecord: 1, records: [[-7]] },
        ],
      }),
    );
    expect(record.format.version).toBeUndefined();
    expect(record.leads.map((l) => l.name)).toEqual(['Ch1', 'Ch2']);
    expect(record.warnings).toEqual([expect.stringMatching(/no signal is labelled as ECG/)]);
  });

  it('an annotation-only EDF+ file reads as a record without leads', () => {
    const record = readEdfRecord(
      buildEdfTestFile({
        durationS: '0',
        signals: [ANNOTATIONS(['+0\x14\x14\x00+3\x14Lights off\x14\x00'])],
      }),
    );
    expect(record.leads).toEqual([]);
    expect(record.sampleRateHz).toBe(1);
    expect(record.annotations).toEqual([{ onsetS: 3, text: 'Lights off' }]);
  });

  it.each([
    ['a wrong header-bytes field (strict)', { headerBytes: 768 }, 'bad-header'],
    ['a record duration of 0 with sampled signals', { durationS: '0' }, 'bad-header'],
    ['a non-numeric duration', { durationS: 'one' }, 'bad-header'],
  ])('refuses %s', (_, extra: Partial<TestFile>, code) => {
    expect(() => readEdfRecord(twoRates(extra), { lenient: false })).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuses BDF as unsupported and other bytes as not-ecg', () => {
    const bdf = twoRates();
    bdf.set([0xff, ...Array.from('BIOSEMI', (c) => c.charCodeAt(0))], 0);
    expect(() => readEdfRecord(bdf)).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(() => readEdfRecord(new Uint8Array(300))).toThrow(
      expect.objectContaining({ code: 'not-ecg' }),
    );
  });

  it('a signal with an empty digital range is left out leniently, refused strictly', () => {
    const bytes = buildEdfTestFile({
      signals: [
        { label: 'ECG I', digital: [5, 5], samplesPerRecord: 1, records: [[5]] },
        { label: 'ECG II', samplesPerRecord: 1, records: [[5]] },
      ],
    });
    expect(readEdfRecord(bytes).leads.map((l) => l.name)).toEqual(['II']);
    expect(() => readEdfRecord(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-header', field: 'signal 0 calibration' }),
    );
  });
});
