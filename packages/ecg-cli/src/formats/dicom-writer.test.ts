/**
 * The DICOM writer: read → write → read keeps samples (µV, bit for bit) and metadata; every file
 * it writes passes dicom3tools' `dciodvfy` without an "Error" line, and pydicom reads back the
 * same samples. Both tools run as child processes (Debian packages dicom3tools and python3-pydicom).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EcgFormatError, readDicomEcg, writeDicomEcg } from '@gesang/ecg-formats';
import type { DicomEcgRecord, EcgRecord } from '@gesang/ecg-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const TMP = mkdtempSync(join(tmpdir(), 'gesang-dicom-writer-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const NOW = new Date('2024-05-01T08:30:00Z');

function save(name: string, bytes: Uint8Array): string {
  const path = join(TMP, name);
  writeFileSync(path, bytes);
  return path;
}

/** dciodvfy's Error lines (warnings are allowed; see the report for the ones it gives). */
function dciodvfyErrors(path: string): string[] {
  const run = spawnSync('dciodvfy', [path], { encoding: 'utf8' });
  expect(run.error, 'dciodvfy must be installed (Debian package dicom3tools)').toBeUndefined();
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /\bError\b/.test(line));
}

/** The IOD dciodvfy recognised (its line naming the IOD, e.g. `TwelveLeadECG`). */
function dciodvfyIod(path: string): string | undefined {
  const run = spawnSync('dciodvfy', [path], { encoding: 'utf8' });
  return `${run.stdout}\n${run.stderr}`
    .split('\n')
    .find((line) => /^[A-Za-z]+ECG$/.test(line.trim()));
}

/** pydicom's `waveform_array(group)`, as float64 [sample][channel] flattened. */
function pydicomWaveform(path: string, group: number): { shape: number[]; values: Float64Array } {
  const out = join(TMP, `${group}.f64`);
  const script = [
    'import sys, json, pydicom',
    'a = pydicom.dcmread(sys.argv[1]).waveform_array(int(sys.argv[2]))',
    "open(sys.argv[3], 'wb').write(a.astype('<f8').tobytes())",
    'print(json.dumps(list(a.shape)))',
  ].join('\n');
  const shape = JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, path, String(group), out], {
      encoding: 'utf8',
    }),
  ) as number[];
  const bytes = readFileSync(out);
  return { shape, values: new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8) };
}

/**
 * What a record must read back as after writing: everything but the format and warnings, with
 * each lead's source name kept only when Channel Label (SH, 16 characters) could hold it.
 */
function content(record: DicomEcgRecord): unknown {
  const { format: _format, warnings: _warnings, leads, medianBeats, ...rest } = record;
  return {
    ...rest,
    leads: leadsAfterWrite(leads),
    ...(medianBeats === undefined
      ? {}
      : { medianBeats: { ...medianBeats, leads: leadsAfterWrite(medianBeats.leads) } }),
  };
}

function leadsAfterWrite(leads: EcgRecord['leads']): unknown[] {
  return leads.map(({ name, sourceName, samplesUv }) => ({
    name,
    samplesUv,
    ...(sourceName !== undefined && sourceName.length <= 16 ? { sourceName } : {}),
  }));
}

describe.each(['waveform_ecg.dcm', 'ecgtoolkit_Example.dcm'])('round trip of %s', (name) => {
  const original = readDicomEcg(
    new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'dicom', name))),
  );

  it('as 12-lead ECG (median beats left out): same samples and metadata, valid for dciodvfy and pydicom', () => {
    const warnings: string[] = [];
    const bytes = writeDicomEcg(original, {
      includeMedianBeats: false,
      now: NOW,
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings).toEqual([]);
    const back = readDicomEcg(bytes);
    const { medianBeats: _median, ...withoutMedian } = original;
    expect(content(back)).toEqual(content(withoutMedian));
    expect(back.format.detail).toMatch(/^12-lead ECG .*explicit VR little endian$/);
    const path = save(`12-lead-${name}`, bytes);
    expect(dciodvfyErrors(path)).toEqual([]);
    expect(dciodvfyIod(path)).toBe('TwelveLeadECG');
    const { shape, values } = pydicomWaveform(path, 0);
    const leads = original.leads;
    expect(shape).toEqual([leads[0]?.samplesUv.length, leads.length]);
    let mismatches = 0;
    values.forEach((value, i) => {
      const ours = leads[i % leads.length]?.samplesUv[Math.floor(i / leads.length)];
      mismatches += Math.fround(value) === ours ? 0 : 1;
    });
    expect(mismatches).toBe(0);
  });

  it('with median beats as General ECG: medians kept too, valid for dciodvfy', () => {
    const warnings: string[] = [];
    const bytes = writeDicomEcg(original, { now: NOW, onWarning: (w) => warnings.push(w) });
    const back = readDicomEcg(bytes);
    expect(back.format.detail).toMatch(/^General ECG /);
    expect(back.leads.map((lead) => lead.samplesUv)).toEqual(
      original.leads.map((lead) => lead.samplesUv),
    );
    const path = save(`general-${name}`, bytes);
    expect(dciodvfyErrors(path)).toEqual([]);
    expect(dciodvfyIod(path)).toBe('GeneralECG');
    if (warnings.length === 0) {
      expect(content(back)).toEqual(content(original));
    } else {
      // ecgtoolkit's median lead V6 ends at raw −32768 × 2.5 µV, beyond int16 once −32768 is
      // reserved for padding: those leads are rewritten at 5 µV, within half a step.
      expect(warnings.every((w) => w.startsWith('MEDIAN BEAT lead'))).toBe(true);
      back.medianBeats?.leads.forEach((lead, l) =>
        lead.samplesUv.forEach((v, i) =>
          expect(
            Math.abs(v - (original.medianBeats?.leads[l]?.samplesUv[i] ?? NaN)),
          ).toBeLessThanOrEqual(2.5),
        ),
      );
    }
  });
});

/** A synthetic record (made here, not read from any file). */
function syntheticRecord(
  leadCount: number,
  sampleCount: number,
  sampleRateHz: number,
  stepUv: number,
): EcgRecord {
  const names = [
    'I',
    'II',
    'III',
    'aVR',
    'aVL',
    'aVF',
    'V1',
    'V2',
    'V3',
    'V4',
    'V5',
    'V6',
    'V3R',
    'V4R',
    'ABP',
  ];
  return {
    sampleRateHz,
    leads: Array.from({ length: leadCount }, (_, l) => ({
      name: names[l % names.length] ?? `X${l}`,
      samplesUv: Float32Array.from(
        { length: sampleCount },
        (_, i) => Math.round(800 * Math.sin((i + l * 7) / 9)) * stepUv + 0, // + 0: no -0
      ),
    })),
    acquisitionTime: { date: '2024-04-30', time: '14:05:09.250', utcOffsetMinutes: 480 },
    patient: { id: 'SYN-1', name: '王小明', sex: 'male', ageYears: 61, birthDate: '1962-07-01' },
    device: {
      manufacturer: 'Synthetic',
      model: 'Test cart',
      serialNumber: 'SN 42',
      softwareVersion: '1.0',
      institution: '县医院 心电室',
    },
    comments: ['made by the test', 'second line'],
    cartMeasurements: [
      { code: 'QRS Duration', value: 96, unit: 'ms' },
      { code: 'A measurement code longer than sixteen', value: 1.5, unit: 'mV', lead: 'II' },
    ],
    cartStatements: [{ text: 'Sinus rhythm' }, { text: '窦性心律' }],
    format: { name: 'synthetic' },
    warnings: [],
  };
}

describe('writing synthetic records', () => {
  it('keeps UTF-8 text, findings and exact 4.88 µV samples in a 12-lead file', () => {
    const record = syntheticRecord(12, 5000, 500, 4.88);
    const warnings: string[] = [];
    const bytes = writeDicomEcg(record, { now: NOW, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
    const back = readDicomEcg(bytes);
    expect(content(back)).toEqual(content(record));
    const path = save('synthetic-utf8.dcm', bytes);
    expect(dciodvfyErrors(path)).toEqual([]);
    expect(dciodvfyIod(path)).toBe('TwelveLeadECG');
  });

  it('writes 15 leads as General ECG, and NaN samples as padding that read back as NaN', () => {
    const record = syntheticRecord(15, 1000, 250, 1);
    const first = record.leads[0]?.samplesUv;
    first?.fill(NaN, 10, 20);
    const bytes = writeDicomEcg(record, { now: NOW });
    const back = readDicomEcg(bytes);
    expect(back.format.detail).toMatch(/^General ECG /);
    expect(back.leads.map((lead) => lead.name)).toEqual(record.leads.map((lead) => lead.name));
    expect(back.leads[0]?.samplesUv).toEqual(first);
    expect(back.warnings).toEqual([
      'Waveform Sequence item 1 channel 1 (I): 10 sample(s) hold the Waveform Padding Value; set to NaN',
    ]);
    expect(dciodvfyErrors(save('synthetic-15.dcm', bytes))).toEqual([]);
  });

  it('writes a 128 Hz two-lead recording as Ambulatory ECG', () => {
    const bytes = writeDicomEcg(syntheticRecord(2, 3840, 128, 2.5), { now: NOW });
    const path = save('synthetic-ambulatory.dcm', bytes);
    expect(readDicomEcg(bytes).format.detail).toMatch(/^Ambulatory ECG /);
    expect(dciodvfyErrors(path)).toEqual([]);
    expect(pydicomWaveform(path, 0).shape).toEqual([3840, 2]);
  });

  it('quantises floats on no common grid and says so', () => {
    const record = syntheticRecord(1, 2000, 500, 1);
    record.leads[0]?.samplesUv.forEach((v, i, a) => (a[i] = v + Math.sqrt(i) / 3));
    const warnings: string[] = [];
    const back = readDicomEcg(
      writeDicomEcg(record, { now: NOW, onWarning: (w) => warnings.push(w) }),
    );
    expect(warnings).toEqual([
      'Measurement A measurement code longer than sixteen: lead II is not in the record; written for all leads',
      expect.stringMatching(
        /^RHYTHM lead I: samples are not all representable .* at 0\.025 µV per unit/,
      ),
    ]);
    back.leads[0]?.samplesUv.forEach((v, i) =>
      expect(Math.abs(v - (record.leads[0]?.samplesUv[i] ?? NaN))).toBeLessThan(0.03),
    );
  });

  it('makes 2.25 UUID UIDs, or uses the caller\u2019s generator', () => {
    let n = 0;
    const bytes = writeDicomEcg(syntheticRecord(1, 500, 500, 1), {
      now: NOW,
      createUid: () => `1.2.3.${++n}`,
    });
    expect(n).toBe(3); // SOP instance, study, series
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).toContain('1.2.3.1\0');
    const random = new TextDecoder('latin1').decode(
      writeDicomEcg(syntheticRecord(1, 500, 500, 1), { now: NOW }),
    );
    expect(random).toMatch(/2\.25\.\d{20,39}/);
  });

  it('refuses what no ECG IOD can hold', () => {
    expect(() => writeDicomEcg(syntheticRecord(2, 500, 2000, 1))).toThrow(EcgFormatError);
    const uneven = syntheticRecord(2, 500, 500, 1);
    uneven.leads[1] = { name: 'II', samplesUv: new Float32Array(10) };
    expect(() => writeDicomEcg(uneven)).toThrow(/differ in length/);
  });
});
