/**
 * aECG read → write → read: every sample identical in µV (the writer picks each lead's exact
 * step), metadata kept; and the written XML read by an independent parser (Debian's Python
 * xml.etree) gives the same µV values as the original file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EcgFormatError, readAecg, writeAecg, type AecgRecord } from '@gesang/ecg-formats';
import type { EcgLead } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const EXAMPLE = sharedDataPath('ecg-formats', 'hl7-aecg', 'hl7_Example_aECG.xml');

/** µV of every SLIST_PQ in the RHYTHM series and its derived series, by Python's xml.etree. */
const PYTHON_VALUES = `
import json, sys, xml.etree.ElementTree as E
H = '{urn:hl7-org:v3}'
out = []
for s in E.parse(sys.argv[1]).getroot().iter():
    if s.tag not in (H + 'series', H + 'derivedSeries'):
        continue
    for q in s.findall(H + 'component/' + H + 'sequenceSet/' + H + 'component/' + H + 'sequence'):
        v = q.find(H + 'value')
        if v.find(H + 'digits') is None:
            continue
        o = float(v.find(H + 'origin').get('value')); k = float(v.find(H + 'scale').get('value'))
        out.append([q.find(H + 'code').get('code'), [o + k * int(d) for d in v.find(H + 'digits').text.split()]])
print(json.dumps(out))
`;

function pythonValues(path: string): unknown {
  const result = spawnSync('/usr/bin/python3', ['-c', PYTHON_VALUES, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as unknown;
}

/** Lead names and the first sample index that differs (Object.is), per lead; -1 when none. */
function sampleDifferences(leads: EcgLead[] | undefined, others: EcgLead[] | undefined): unknown {
  return (leads ?? []).map((lead, i) => {
    const other = others?.[i]?.samplesUv;
    const differs =
      other?.length === lead.samplesUv.length
        ? lead.samplesUv.findIndex((value, j) => !Object.is(value, other[j]))
        : -2;
    return [lead.name, lead.sourceName, differs];
  });
}

function expectSameRecord(actual: AecgRecord, expected: AecgRecord): void {
  expect(actual.sampleRateHz).toBe(expected.sampleRateHz);
  expect(actual.leads.map((lead) => lead.name)).toEqual(expected.leads.map((lead) => lead.name));
  expect(sampleDifferences(actual.leads, expected.leads)).toEqual(
    sampleDifferences(expected.leads, expected.leads),
  );
  expect(actual.medianBeats?.sampleRateHz).toBe(expected.medianBeats?.sampleRateHz);
  expect(sampleDifferences(actual.medianBeats?.leads, expected.medianBeats?.leads)).toEqual(
    sampleDifferences(expected.medianBeats?.leads, expected.medianBeats?.leads),
  );
  for (const key of [
    'patient',
    'device',
    'acquisitionTime',
    'comments',
    'cartMeasurements',
    'cartStatements',
  ] as const) {
    expect(actual[key], key).toEqual(expected[key]);
  }
}

describe('aECG round trip of the HL7 example', () => {
  const original = readAecg(new Uint8Array(readFileSync(EXAMPLE)));
  const written = writeAecg(original);

  it('reads back identical samples, median beats and metadata', () => {
    const again = readAecg(written);
    expectSameRecord(again, original);
    expect(again.warnings).toEqual([]);
    // Writing what was read back gives the same bytes: the writer is deterministic.
    expect(Buffer.from(writeAecg(again)).equals(Buffer.from(written))).toBe(true);
  });

  it('writes XML that Python reads to the same µV values as the original file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aecg-')), 'written.xml');
    writeFileSync(path, written);
    expect(pythonValues(path)).toEqual(pythonValues(EXAMPLE));
  });
});

describe('aECG writer on synthetic records', () => {
  const base: AecgRecord = {
    sampleRateHz: 360,
    leads: [],
    patient: { name: '张三 <&> "O\'Brien"', sex: 'female', birthDate: '1960-02-29' },
    device: { manufacturer: 'Contec', model: '8000G' },
    comments: ['a < b & c'],
    cartMeasurements: [{ code: 'MDC_ECG_HEART_RATE', value: 61, unit: '/min', lead: 'II' }],
    cartStatements: [
      { text: 'Sinus rhythm' },
      { text: 'Abnormal ECG', code: 'A1', codingSystem: 'X' },
    ],
    format: { name: 'test' },
    warnings: [],
  };

  it('keeps cart steps (4.88 µV), arbitrary float32 values and unknown lead names exactly', () => {
    const steps = Float32Array.from({ length: 1000 }, (_, i) => ((i * 37) % 401) * 4.88 - 900);
    const random = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i * 1.7) * 1234.567);
    const record: AecgRecord = {
      ...base,
      leads: [
        { name: 'II', samplesUv: steps },
        { name: 'ABP', samplesUv: random },
        { name: 'V4R', samplesUv: new Float32Array(1000) },
      ],
    };
    const again = readAecg(writeAecg(record));
    expect(again.sampleRateHz).toBe(360);
    expect(again.leads.map((lead) => [lead.name, lead.samplesUv])).toEqual(
      record.leads.map((lead) => [lead.name, lead.samplesUv]),
    );
    expect(again.patient).toEqual(record.patient);
    expect(again.comments).toEqual(record.comments);
    expect(again.cartMeasurements).toEqual(record.cartMeasurements);
    expect(again.cartStatements).toEqual(record.cartStatements);
    expect(again.acquisitionTime).toBeUndefined();
  });

  it('writes the start time as an absolute GLIST_TS with its UTC offset', () => {
    const record: AecgRecord = {
      ...base,
      leads: [{ name: 'I', samplesUv: new Float32Array([1, 2, 3]) }],
      acquisitionTime: { date: '2024-03-01', time: '23:59:58.5', utcOffsetMinutes: 480 },
    };
    const xml = new TextDecoder().decode(writeAecg(record));
    expect(xml).toContain('<head value="20240301235958.5+0800"/>');
    expect(readAecg(writeAecg(record)).acquisitionTime).toEqual(record.acquisitionTime);
  });

  it('refuses NaN samples, which SLIST_PQ digits cannot mark', () => {
    const record: AecgRecord = {
      ...base,
      leads: [{ name: 'I', samplesUv: new Float32Array([1, NaN, 3]) }],
    };
    expect(() => writeAecg(record)).toThrow(EcgFormatError);
    expect(() => writeAecg(record)).toThrow(/sample 1 is invalid/);
  });
});
