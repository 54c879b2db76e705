/**
 * The GE MUSE reader on doctored copies of a real file: junk base64, sample counts beyond the
 * data, CRC mismatches, missing waveforms and a hostile DOCTYPE must end in an `EcgFormatError`
 * naming the XML path (and, where it applies, the offset), quickly and without big allocations.
 */
import { readFileSync } from 'node:fs';
import { EcgFormatError, museReader, readMuseXml } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const ORIGINAL = readFileSync(
  sharedDataPath('ecg-formats', 'ge-muse-xml', 'muse_ecg1.xml'),
  'latin1',
);
const RHYTHM_LEAD_I = '/RestingECG/Waveform[2]/LeadData';

/** The file with the first occurrence of `search` after `after` replaced. */
function doctored(search: string, replacement: string, after = '<WaveformType>Rhythm'): Uint8Array {
  const start = ORIGINAL.indexOf(after);
  const at = ORIGINAL.indexOf(search, start);
  expect(at, `${search} after ${after}`).toBeGreaterThan(0);
  const text = ORIGINAL.slice(0, at) + replacement + ORIGINAL.slice(at + search.length);
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

function refusal(bytes: Uint8Array, lenient = true): EcgFormatError {
  const started = performance.now();
  try {
    readMuseXml(bytes, { lenient });
  } catch (error) {
    expect(performance.now() - started).toBeLessThan(1000);
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('the doctored file was read');
}

describe('GE MUSE reader hardening', () => {
  it('refuses junk in WaveFormData with its XML path and character offset', () => {
    const error = refusal(doctored('<WaveFormData>', '<WaveFormData>AAAA*'));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe(`${RHYTHM_LEAD_I}/WaveFormData`);
    expect(error.byteOffset).toBe(4);
  });

  it('refuses a LeadSampleCountTotal beyond the data, at the end of the decoded bytes', () => {
    const error = refusal(doctored('<LeadSampleCountTotal>5000', '<LeadSampleCountTotal>5001'));
    expect(error.code).toBe('truncated');
    expect(error.field).toBe(`${RHYTHM_LEAD_I}/LeadSampleCountTotal`);
    expect(error.byteOffset).toBe(10_000);
  });

  it('refuses an absurd sample count without allocating for it', () => {
    const error = refusal(
      doctored('<LeadSampleCountTotal>5000', '<LeadSampleCountTotal>900719925474099'),
    );
    expect(error.code).toBe('truncated');
  });

  it('warns about a CRC mismatch when lenient and refuses it when strict', () => {
    const bytes = doctored('<LeadDataCRC32>3238533149', '<LeadDataCRC32>3238533148');
    const record = readMuseXml(bytes);
    expect(record.warnings.join('\n')).toMatch(/LeadDataCRC32 is 3238533148 but .* 3238533149/);
    const error = refusal(bytes, false);
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe(`${RHYTHM_LEAD_I}/LeadDataCRC32`);
  });

  it('refuses a file without a Rhythm waveform, and a sample rate of zero', () => {
    expect(refusal(doctored('<WaveformType>Rhythm', '<WaveformType>Other')).code).toBe('bad-data');
    const error = refusal(doctored('<SampleBase>500', '<SampleBase>0'));
    expect(error.code).toBe('bad-header');
    expect(error.field).toBe('/RestingECG/Waveform[2]/SampleBase');
  });

  it('never expands a DOCTYPE that declares entities', () => {
    const bytes = doctored(
      '<!DOCTYPE RestingECG SYSTEM "restecg.dtd">',
      '<!DOCTYPE RestingECG [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
      '',
    );
    expect(refusal(bytes).code).toBe('unsupported');
  });

  it('sniffs only RestingECG roots', () => {
    expect(museReader.sniff(new Uint8Array(Buffer.from(ORIGINAL, 'latin1')))).toBe(true);
    expect(
      museReader.sniff(new TextEncoder().encode('<?xml version="1.0"?><restingecgdata/>')),
    ).toBe(false);
    expect(museReader.sniff(new Uint8Array([0xff, 0xfe, 0, 0, 1]))).toBe(false);
    expect(museReader.sniff(new Uint8Array())).toBe(false);
  });
});
