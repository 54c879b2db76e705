/**
 * The DICOM reader on synthetic files — made here by a small test encoder, not taken from any
 * device — to cover what the two shared files do not: implicit VR raw data sets, explicit VR big
 * endian, 8- and 32-bit samples, undefined-length sequences and items, UN sequences, padding,
 * baseline and correction factor, character sets, other SOP classes, and broken files. Expected
 * values follow from the encoding and PS3.3 §C.10.9.1.4 (value = raw × sensitivity × correction
 * + baseline); where pydicom can read the file, it is asked too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EcgFormatError, dicomReader, readDicomEcg } from '@gesang/ecg-formats';
import { afterAll, describe, expect, it } from 'vitest';

// ---------------------------------------------------------------------------------------------
// A minimal DICOM encoder for tests (PS3.5 §7): explicit or implicit VR, either byte order.
// ---------------------------------------------------------------------------------------------
interface Syntax {
  explicit: boolean;
  little: boolean;
}
interface El {
  tag: number;
  vr: string;
  value: string | number[] | Uint8Array | Item[];
  undefinedLength?: boolean;
}
interface Item {
  elements: El[];
  undefinedLength?: boolean;
}
const LE: Syntax = { explicit: true, little: true };
const IMPLICIT: Syntax = { explicit: false, little: true };
const BE: Syntax = { explicit: true, little: false };
const LONG = new Set(['OB', 'OW', 'SQ', 'UN', 'UT', 'UC']);
const WIDTH: Record<string, number> = { US: 2, SS: 2, UL: 4, SL: 4 };
const tag = (group: number, element: number): number => ((group << 16) | element) >>> 0;
const el = (t: number, vr: string, value: El['value'], undefinedLength = false): El => ({
  tag: t,
  vr,
  value,
  undefinedLength,
});

function cat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u16(n: number, little: boolean): Uint8Array {
  const b = new Uint8Array(2);
  new DataView(b.buffer).setUint16(0, n, little);
  return b;
}
function u32(n: number, little: boolean): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n >>> 0, little);
  return b;
}
const tagBytes = (t: number, s: Syntax): Uint8Array =>
  cat([u16(t >>> 16, s.little), u16(t & 0xffff, s.little)]);

function valueBytes(e: El, s: Syntax): Uint8Array {
  if (
    e.vr === 'SQ' ||
    (e.vr === 'UN' && Array.isArray(e.value) && typeof e.value[0] === 'object')
  ) {
    // A UN sequence is implicit VR little endian inside (PS3.5 §6.2.2).
    const inner = e.vr === 'UN' ? IMPLICIT : s;
    return cat((e.value as Item[]).map((item) => encodeItem(item, inner)));
  }
  if (e.value instanceof Uint8Array) {
    return e.value.length % 2 ? cat([e.value, Uint8Array.of(0)]) : e.value;
  }
  if (typeof e.value === 'string') {
    const bytes = Uint8Array.from([...e.value].map((c) => c.charCodeAt(0)));
    return bytes.length % 2 ? cat([bytes, Uint8Array.of(e.vr === 'UI' ? 0 : 0x20)]) : bytes;
  }
  const width = WIDTH[e.vr] ?? 2;
  const out = new Uint8Array((e.value as number[]).length * width);
  const view = new DataView(out.buffer);
  const setters: Record<string, (at: number, n: number) => void> = {
    US: (at, n) => view.setUint16(at, n, s.little),
    SS: (at, n) => view.setInt16(at, n, s.little),
    UL: (at, n) => view.setUint32(at, n, s.little),
    SL: (at, n) => view.setInt32(at, n, s.little),
  };
  (e.value as number[]).forEach((n, i) => setters[e.vr]?.(i * width, n));
  return out;
}

function encodeElement(e: El, s: Syntax): Uint8Array {
  const value = valueBytes(e, s);
  const length = e.undefinedLength ? 0xffffffff : value.length;
  const trailer = e.undefinedLength
    ? cat([tagBytes(tag(0xfffe, 0xe0dd), s), u32(0, s.little)])
    : new Uint8Array(0);
  const vr = Uint8Array.from([e.vr.charCodeAt(0), e.vr.charCodeAt(1)]);
  const header = !s.explicit
    ? cat([tagBytes(e.tag, s), u32(length, s.little)])
    : LONG.has(e.vr)
      ? cat([tagBytes(e.tag, s), vr, u16(0, s.little), u32(length, s.little)])
      : cat([tagBytes(e.tag, s), vr, u16(length, s.little)]);
  return cat([header, value, trailer]);
}

function encodeItem(item: Item, s: Syntax): Uint8Array {
  const body = encode(item.elements, s);
  const length = item.undefinedLength ? 0xffffffff : body.length;
  const trailer = item.undefinedLength
    ? cat([tagBytes(tag(0xfffe, 0xe00d), s), u32(0, s.little)])
    : new Uint8Array(0);
  return cat([tagBytes(tag(0xfffe, 0xe000), s), u32(length, s.little), body, trailer]);
}

function encode(elements: El[], s: Syntax): Uint8Array {
  return cat([...elements].sort((a, b) => a.tag - b.tag).map((e) => encodeElement(e, s)));
}

/** Preamble, DICM, explicit-VR-LE meta naming `transferSyntax`, then the data set. */
function part10(dataset: Uint8Array, transferSyntax: string, sopClass: string): Uint8Array {
  const meta = encode(
    [
      el(tag(2, 1), 'OB', Uint8Array.of(0, 1)),
      el(tag(2, 2), 'UI', sopClass),
      el(tag(2, 3), 'UI', '1.2.3.4'),
      el(tag(2, 0x10), 'UI', transferSyntax),
    ],
    LE,
  );
  const preamble = new Uint8Array(132);
  preamble.set([0x44, 0x49, 0x43, 0x4d], 128);
  return cat([preamble, encode([el(tag(2, 0), 'UL', [meta.length])], LE), meta, dataset]);
}

// ---------------------------------------------------------------------------------------------
// Synthetic waveform data sets.
// ---------------------------------------------------------------------------------------------
const TWELVE_LEAD = '1.2.840.10008.5.1.4.1.1.9.1.1';
const HEMODYNAMIC = '1.2.840.10008.5.1.4.1.1.9.2.1';
const SCALP_EEG = '1.2.840.10008.5.1.4.1.1.9.7.1';

interface ChannelSpec {
  code: string; // SCPECG 5.6.3-9-n or MDC 2:n
  sensitivity?: string;
  units?: string;
  baseline?: string;
  correction?: string;
  label?: string;
}

interface GroupSpec {
  channels: ChannelSpec[];
  /** raw[s][c] */
  raw: number[][];
  bits: 8 | 16 | 32;
  interpretation: string;
  rateHz?: string;
  label?: string;
  originality?: string;
  padding?: number;
  undefinedLengths?: boolean;
}

function codeItem(value: string, scheme: string, meaning: string, undefinedLength = false): Item {
  return {
    elements: [
      el(tag(8, 0x100), 'SH', value),
      el(tag(8, 0x102), 'SH', scheme),
      el(tag(8, 0x104), 'LO', meaning),
    ],
    undefinedLength,
  };
}

function sampleBytes(
  values: number[],
  bits: number,
  interpretation: string,
  little: boolean,
): Uint8Array {
  const width = bits / 8;
  const out = new Uint8Array(values.length * width);
  const view = new DataView(out.buffer);
  const setters: Record<string, (at: number, v: number) => void> = {
    SB: (at, v) => view.setInt8(at, v),
    UB: (at, v) => view.setUint8(at, v),
    SS: (at, v) => view.setInt16(at, v, little),
    US: (at, v) => view.setUint16(at, v, little),
    SL: (at, v) => view.setInt32(at, v, little),
    UL: (at, v) => view.setUint32(at, v >>> 0, little),
  };
  values.forEach((v, i) => setters[interpretation]?.(i * width, v));
  return out;
}

function groupItem(group: GroupSpec, s: Syntax): Item {
  const u = group.undefinedLengths ?? false;
  const channels: Item[] = group.channels.map((c) => ({
    undefinedLength: u,
    elements: [
      el(
        tag(0x3a, 0x208),
        'SQ',
        [codeItem(c.code, c.code.startsWith('2:') ? 'MDC' : 'SCPECG', 'lead', u)],
        u,
      ),
      ...(c.label === undefined ? [] : [el(tag(0x3a, 0x203), 'SH', c.label)]),
      ...(c.sensitivity === undefined
        ? []
        : [
            el(tag(0x3a, 0x210), 'DS', c.sensitivity),
            el(tag(0x3a, 0x211), 'SQ', [codeItem(c.units ?? 'uV', 'UCUM', 'unit', u)], u),
            el(tag(0x3a, 0x212), 'DS', c.correction ?? '1'),
            el(tag(0x3a, 0x213), 'DS', c.baseline ?? '0'),
          ]),
    ],
  }));
  const vr = group.bits === 8 && s.explicit ? 'OB' : 'OW';
  return {
    undefinedLength: u,
    elements: [
      el(tag(0x3a, 0x4), 'CS', group.originality ?? 'ORIGINAL'),
      el(tag(0x3a, 0x5), 'US', [group.channels.length]),
      el(tag(0x3a, 0x10), 'UL', [group.raw.length]),
      el(tag(0x3a, 0x1a), 'DS', group.rateHz ?? '500'),
      ...(group.label === undefined ? [] : [el(tag(0x3a, 0x20), 'SH', group.label)]),
      el(tag(0x3a, 0x200), 'SQ', channels, u),
      el(tag(0x5400, 0x1004), 'US', [group.bits]),
      el(tag(0x5400, 0x1006), 'CS', group.interpretation),
      ...(group.padding === undefined
        ? []
        : [
            el(
              tag(0x5400, 0x100a),
              vr,
              sampleBytes([group.padding], group.bits, group.interpretation, s.little),
            ),
          ]),
      el(
        tag(0x5400, 0x1010),
        vr,
        sampleBytes(group.raw.flat(), group.bits, group.interpretation, s.little),
      ),
    ],
  };
}

function dataset(
  groups: GroupSpec[],
  s: Syntax,
  extra: El[] = [],
  sopClass = TWELVE_LEAD,
): Uint8Array {
  return encode(
    [
      el(tag(8, 0x16), 'UI', sopClass),
      el(tag(8, 0x60), 'CS', 'ECG'),
      el(tag(0x10, 0x20), 'LO', 'SYN-7'),
      el(
        tag(0x5400, 0x100),
        'SQ',
        groups.map((g) => groupItem(g, s)),
        groups.some((g) => g.undefinedLengths),
      ),
      ...extra,
    ],
    s,
  );
}

const TMP = mkdtempSync(join(tmpdir(), 'gesang-dicom-synthetic-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/**
 * pydicom's view of a file's first multiplex group as [sample][channel] µV. pydicom parses the
 * container (any syntax, `force=True` for raw data sets); the samples are taken with numpy in
 * the data set's byte order times Channel Sensitivity, because pydicom 2.3's `waveform_array`
 * reads Waveform Data as little endian even in a big endian file.
 */
function pydicom(name: string, bytes: Uint8Array): number[][] {
  const path = join(TMP, name);
  writeFileSync(path, bytes);
  const script = [
    'import sys, json, numpy, pydicom',
    'ds = pydicom.dcmread(sys.argv[1], force=True)',
    'g = ds.WaveformSequence[0]',
    "kind = {8: 'i1', 16: 'i2', 32: 'i4'}[g.WaveformBitsAllocated]",
    "order = '<' if ds.is_little_endian else '>'",
    'a = numpy.frombuffer(g.WaveformData, order + kind).reshape(g.NumberOfWaveformSamples, g.NumberOfWaveformChannels)',
    's = [float(c.ChannelSensitivity) for c in g.ChannelDefinitionSequence]',
    'print(json.dumps((a * s).tolist()))',
  ].join('\n');
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, path], { encoding: 'utf8' }),
  ) as number[][];
}

const column = (record: { leads: { samplesUv: Float32Array }[] }, c: number): number[] => [
  ...(record.leads[c]?.samplesUv ?? []),
];

function catchFormatError(fn: () => unknown): EcgFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an EcgFormatError');
}

// ---------------------------------------------------------------------------------------------

describe('synthetic DICOM files', () => {
  const twoLeads: ChannelSpec[] = [
    { code: '5.6.3-9-1', sensitivity: '2.5' },
    { code: '5.6.3-9-2', sensitivity: '2.5' },
  ];

  it('reads an implicit VR little endian raw data set (no preamble, no meta) with 8-bit SB samples', () => {
    const raw = [
      [1, -1],
      [127, -128],
      [0, 5],
    ];
    const bytes = dataset([{ channels: twoLeads, raw, bits: 8, interpretation: 'SB' }], IMPLICIT);
    expect(dicomReader.sniff(bytes)).toBe(true);
    const record = readDicomEcg(bytes);
    expect(record.leads.map((lead) => lead.name)).toEqual(['I', 'II']);
    expect(column(record, 0)).toEqual([2.5, 317.5, 0]);
    expect(column(record, 1)).toEqual([-2.5, -320, 12.5]);
    expect(record.format.detail).toContain('implicit VR little endian (guessed)');
    expect(record.patient.id).toBe('SYN-7');
    expect(pydicom('implicit.dcm', bytes)).toEqual(raw.map((row) => row.map((v) => v * 2.5)));
  });

  it('reads explicit VR big endian with undefined-length sequences and items; pydicom agrees', () => {
    const raw = [
      [1000, -1000],
      [-32768, 32767],
      [258, -259],
    ];
    const ds = dataset(
      [{ channels: twoLeads, raw, bits: 16, interpretation: 'SS', undefinedLengths: true }],
      BE,
    );
    const bytes = part10(ds, '1.2.840.10008.1.2.2', TWELVE_LEAD);
    const record = readDicomEcg(bytes);
    expect(record.format.detail).toContain('explicit VR big endian');
    expect(column(record, 0)).toEqual([2500, -81920, 645]);
    expect(column(record, 1)).toEqual([-2500, 81917.5, -647.5]);
    const fromPydicom = pydicom('big-endian.dcm', bytes);
    expect(fromPydicom).toEqual(raw.map((row) => row.map((v) => v * 2.5)));
  });

  it('applies correction factor, baseline and mV units (PS3.3 §C.10.9.1.4)', () => {
    const channels: ChannelSpec[] = [
      { code: '2:1', sensitivity: '0.005', units: 'mV', correction: '1.02', baseline: '-0.1' },
      { code: '2:2', sensitivity: '1', units: 'uV', correction: '0.5', baseline: '3' },
    ];
    const record = readDicomEcg(
      part10(
        dataset(
          [
            {
              channels,
              raw: [
                [10, 10],
                [-4, 0],
              ],
              bits: 16,
              interpretation: 'SS',
            },
          ],
          LE,
        ),
        '1.2.840.10008.1.2.1',
        TWELVE_LEAD,
      ),
    );
    // raw × sensitivity × correction + baseline, in µV: 10 × 5 × 1.02 − 100 = −49; −4 × 5 × 1.02 − 100 = −120.4
    expect(column(record, 0)).toEqual([Math.fround(-49), Math.fround(-120.4)]);
    expect(column(record, 1)).toEqual([8, 3]);
  });

  it('reads 8-bit UB with a padding value (→ NaN) and 32-bit SL samples', () => {
    const ub = readDicomEcg(
      dataset(
        [
          {
            channels: twoLeads,
            raw: [
              [0, 255],
              [128, 7],
            ],
            bits: 8,
            interpretation: 'UB',
            padding: 255,
          },
        ],
        LE,
      ),
    );
    expect(column(ub, 0)).toEqual([0, 320]);
    expect(column(ub, 1)).toEqual([NaN, 17.5]);
    expect(ub.warnings).toContain(
      'Waveform Sequence item 1 channel 2 (II): 1 sample(s) hold the Waveform Padding Value; set to NaN',
    );
    const sl = readDicomEcg(
      dataset(
        [{ channels: twoLeads, raw: [[100000, -100000]], bits: 32, interpretation: 'SL' }],
        LE,
      ),
    );
    expect(column(sl, 0)).toEqual([250000]);
    expect(column(sl, 1)).toEqual([-250000]);
  });

  it('reads a Channel Definition Sequence stored as UN of undefined length (PS3.5 §6.2.2)', () => {
    const group = groupItem(
      { channels: twoLeads, raw: [[4, 8]], bits: 16, interpretation: 'SS' },
      LE,
    );
    const channelSequence = group.elements.find((e) => e.tag === tag(0x3a, 0x200));
    if (channelSequence === undefined) {
      throw new Error('no channel sequence');
    }
    channelSequence.vr = 'UN'; // its items are then encoded implicit VR little endian
    channelSequence.undefinedLength = true;
    const bytes = encode(
      [el(tag(8, 0x16), 'UI', TWELVE_LEAD), el(tag(0x5400, 0x100), 'SQ', [group])],
      LE,
    );
    const record = readDicomEcg(bytes);
    expect(record.leads.map((lead) => lead.name)).toEqual(['I', 'II']);
    expect(column(record, 1)).toEqual([20]);
  });

  it('takes the RHYTHM group, or else the longest, and a DERIVED group as median beats', () => {
    const short: GroupSpec = {
      channels: twoLeads,
      raw: [[1, 1]],
      bits: 16,
      interpretation: 'SS',
      originality: 'DERIVED',
    };
    const long: GroupSpec = {
      channels: twoLeads,
      raw: [
        [2, 2],
        [3, 3],
        [4, 4],
      ],
      bits: 16,
      interpretation: 'SS',
    };
    const record = readDicomEcg(dataset([short, long], LE));
    expect(column(record, 0)).toEqual([5, 7.5, 10]);
    expect(record.medianBeats?.leads[0]?.samplesUv).toEqual(Float32Array.of(2.5));
    const labelled = readDicomEcg(
      dataset([{ ...short, label: 'RHYTHM', originality: 'ORIGINAL' }, long], LE),
    );
    expect(column(labelled, 0)).toEqual([2.5]);
    expect(labelled.warnings).toContainEqual(
      'Multiplex groups not read: multiplex group 2 (2 channels × 3 samples at 500 Hz)',
    );
  });

  it('decodes an ISO 2022 IR 58 patient name and a GB18030 one', () => {
    const name2022 = Uint8Array.from([
      ...[...'Zhang^San='].map((c) => c.charCodeAt(0)),
      ...[0x1b, 0x24, 0x29, 0x41, 0xd5, 0xc5, 0x5e, 0xc8, 0xfd],
    ]);
    const group: GroupSpec = { channels: twoLeads, raw: [[0, 0]], bits: 16, interpretation: 'SS' };
    const iso2022 = readDicomEcg(
      dataset([group], LE, [
        el(tag(8, 5), 'CS', '\\ISO 2022 IR 58'),
        el(tag(0x10, 0x10), 'PN', name2022),
      ]),
    );
    expect(iso2022.patient.name).toBe('San Zhang'); // the alphabetic group comes first
    const gb = readDicomEcg(
      dataset([group], LE, [
        el(tag(8, 5), 'CS', 'GB18030'),
        el(tag(0x10, 0x10), 'PN', Uint8Array.of(0xd5, 0xc5, 0x5e, 0xc8, 0xfd)),
      ]),
    );
    expect(gb.patient.name).toBe('张三');
  });

  it('reads ECG leads from a Hemodynamic waveform and leaves the pressure channel out', () => {
    const channels: ChannelSpec[] = [
      { code: '5.6.3-9-2', sensitivity: '1' },
      { code: '2:0', sensitivity: '0.1', units: 'mm[Hg]', label: 'ART' },
    ];
    const record = readDicomEcg(
      dataset(
        [{ channels, raw: [[5, 1200]], bits: 16, interpretation: 'SS' }],
        LE,
        [],
        HEMODYNAMIC,
      ),
    );
    expect(record.leads.map((lead) => lead.name)).toEqual(['II']);
    expect(record.format.detail).toMatch(/^Hemodynamic Waveform/);
    expect(record.warnings).toContain(
      "Waveform Sequence item 1 channel 2 (ART) is in 'mm[Hg]', not a voltage; left out",
    );
  });

  it('refuses non-ECG waveforms, non-waveform DICOM and deflated files with a clear code', () => {
    const group: GroupSpec = { channels: twoLeads, raw: [[0, 0]], bits: 16, interpretation: 'SS' };
    expect(catchFormatError(() => readDicomEcg(dataset([group], LE, [], SCALP_EEG))).code).toBe(
      'not-ecg',
    );
    const image = encode(
      [el(tag(8, 0x16), 'UI', '1.2.840.10008.5.1.4.1.1.2'), el(tag(8, 0x60), 'CS', 'CT')],
      LE,
    );
    expect(catchFormatError(() => readDicomEcg(image)).message).toMatch(
      /without a \(5400,0100\) Waveform Sequence/,
    );
    const deflated = catchFormatError(() =>
      readDicomEcg(part10(new Uint8Array(64), '1.2.840.10008.1.2.1.99', TWELVE_LEAD)),
    );
    expect(deflated.code).toBe('unsupported');
    expect(deflated.message).toMatch(/Deflated/);
    expect(catchFormatError(() => readDicomEcg(new Uint8Array(300))).code).toBe('not-ecg');
  });

  it('names the byte offset and tag of a truncated file', () => {
    const raw = Array.from({ length: 100 }, (_, i) => [i, -i]);
    const find = (bytes: Uint8Array, pattern: number[]): number =>
      bytes.findIndex((_, at) => pattern.every((b, k) => bytes[at + k] === b));
    const waveformData = [0x00, 0x54, 0x10, 0x10, 0x4f, 0x57]; // (5400,1010) OW, little endian
    const waveformSequence = [0x00, 0x54, 0x00, 0x01, 0x53, 0x51]; // (5400,0100) SQ
    for (const undefinedLengths of [true, false]) {
      const group: GroupSpec = {
        channels: twoLeads,
        raw,
        bits: 16,
        interpretation: 'SS',
        undefinedLengths,
      };
      const bytes = part10(dataset([group], LE), '1.2.840.10008.1.2.1', TWELVE_LEAD);
      const error = catchFormatError(() => readDicomEcg(bytes.subarray(0, bytes.length - 50)));
      expect(error.code).toBe('truncated');
      if (undefinedLengths) {
        // Nothing encloses the data with a length: the Waveform Data itself runs past the end.
        expect(error.field).toBe('(5400,1010) Waveform Data');
        expect(error.byteOffset).toBe(find(bytes, waveformData));
      } else {
        // The enclosing sequence's defined length is the first that runs past the end.
        expect(error.field).toBe('(5400,0100) Waveform Sequence');
        expect(error.byteOffset).toBe(find(bytes, waveformSequence));
      }
      expect(error.byteOffset).toBeGreaterThan(132);
    }
  });

  it('refuses a huge declared length before allocating, naming offset and tag', () => {
    const bytes = encode(
      [el(tag(8, 0x16), 'UI', TWELVE_LEAD), el(tag(0x5400, 0x100), 'SQ', [])],
      LE,
    );
    const view = new DataView(bytes.buffer);
    const sequenceAt = bytes.length - 12;
    view.setUint32(sequenceAt + 8, 0xfffffff0, true);
    const error = catchFormatError(() => readDicomEcg(bytes));
    expect(error.code).toBe('truncated');
    expect(error.byteOffset).toBe(sequenceAt);
    expect(error.field).toBe('(5400,0100) Waveform Sequence');
    // Declared sample counts larger than the Waveform Data are refused the same way.
    const group = groupItem(
      { channels: twoLeads, raw: [[0, 0]], bits: 16, interpretation: 'SS' },
      LE,
    );
    group.elements = group.elements.map((e) =>
      e.tag === tag(0x3a, 0x10) ? el(e.tag, 'UL', [0xfffffff0]) : e,
    );
    const huge = encode(
      [el(tag(8, 0x16), 'UI', TWELVE_LEAD), el(tag(0x5400, 0x100), 'SQ', [group])],
      LE,
    );
    const declared = catchFormatError(() => readDicomEcg(huge));
    expect(declared.code).toBe('truncated');
    expect(declared.field).toBe('Waveform Sequence item 1 (5400,1010) Waveform Data');
    expect(declared.byteOffset).toBeGreaterThan(0);
  });

  it('caps sequence nesting', () => {
    let nested: El = el(tag(8, 0x1115), 'SQ', [], true);
    for (let depth = 0; depth < 40; depth++) {
      nested = el(tag(8, 0x1115), 'SQ', [{ elements: [nested], undefinedLength: true }], true);
    }
    const error = catchFormatError(() =>
      readDicomEcg(encode([el(tag(8, 0x16), 'UI', TWELVE_LEAD), nested], LE)),
    );
    expect(error.code).toBe('bad-data');
    expect(error.message).toMatch(/nested deeper than 16 levels/);
  });
});
