/**
 * The Philips reader on doctored copies of a real file: XLI chunks with bogus sizes, LZW codes
 * out of range, durations beyond the data or absurd, junk base64, unknown versions. Each must end
 * in an `EcgFormatError` with the XML path and, for the payload, the byte offset in the decoded
 * payload, quickly and without allocating for the declared size.
 */
import { readFileSync } from 'node:fs';
import { EcgFormatError, philipsReader, readPhilipsXml } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const ORIGINAL = readFileSync(
  sharedDataPath('ecg-formats', 'philips-sierra-xml', '129DYPRG.XML'),
  'utf8',
);
const PARSED = /(<parsedwaveforms[^>]*>)([^<]*)(<\/parsedwaveforms>)/;
const FIELD = '/restingecgdata/waveforms/parsedwaveforms';

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** The file with its XLI payload (base64-decoded) changed by `edit`. */
function withPayload(edit: (payload: Buffer) => void): Uint8Array {
  return utf8(
    ORIGINAL.replace(PARSED, (_, open: string, b64: string, close: string) => {
      const payload = Buffer.from(b64, 'base64');
      edit(payload);
      return open + payload.toString('base64') + close;
    }),
  );
}

/** Overwrites 10-bit LZW code `k` of the stream starting at payload byte `streamStart`. */
function setCode(payload: Buffer, streamStart: number, k: number, value: number): void {
  for (let b = 0; b < 10; b++) {
    const bit = k * 10 + b;
    const at = streamStart + (bit >> 3);
    const mask = 0x80 >> (bit & 7);
    payload[at] = (value >> (9 - b)) & 1 ? (payload[at] ?? 0) | mask : (payload[at] ?? 0) & ~mask;
  }
}

function refusal(bytes: Uint8Array, lenient = true): EcgFormatError {
  const started = performance.now();
  try {
    readPhilipsXml(bytes, { lenient });
  } catch (error) {
    expect(performance.now() - started).toBeLessThan(1000);
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('the doctored file was read');
}

describe('Philips reader hardening', () => {
  it('reads the untouched file (the doctoring helpers change nothing by themselves)', () => {
    expect(readPhilipsXml(withPayload(() => undefined)).leads).toHaveLength(12);
  });

  it('refuses a chunk size beyond the payload, at the chunk header', () => {
    const error = refusal(withPayload((p) => p.writeInt32LE(0x7fffffff, 1526)));
    expect(error.code).toBe('truncated');
    expect(error.field).toBe(FIELD);
    expect(error.byteOffset).toBe(1526);
  });

  it('refuses a negative chunk size', () => {
    const error = refusal(withPayload((p) => p.writeInt32LE(-1, 0)));
    expect(error.code).toBe('bad-data');
    expect(error.byteOffset).toBe(0);
  });

  it('refuses an LZW code not yet in the dictionary, naming its payload byte', () => {
    // Code 3 of chunk 1 would be at most 258 (three codes defined so far); 1000 is out of range.
    const error = refusal(withPayload((p) => setCode(p, 8, 3, 1000)));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe(FIELD);
    expect(error.byteOffset).toBe(8 + Math.floor((3 * 10 + 9) / 8));
  });

  it('refuses a duration longer than the chunks hold (LZW ends short)', () => {
    const error = refusal(
      utf8(ORIGINAL.replace('durationperchannel="11000"', 'durationperchannel="12000"')),
    );
    expect(error.code).toBe('truncated');
    expect(error.field).toBe(FIELD);
  });

  it('refuses an absurd duration before allocating for it', () => {
    const error = refusal(
      utf8(ORIGINAL.replace('durationperchannel="11000"', 'durationperchannel="4000000000"')),
    );
    expect(error.code).toBe('too-large');
    expect(error.field).toBe(`${FIELD}@durationperchannel`);
  });

  it('refuses junk in the base64 with the character offset', () => {
    const error = refusal(utf8(ORIGINAL.replace(PARSED, '$1AAAA#$2$3')));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe(FIELD);
    expect(error.byteOffset).toBe(4);
  });

  it('refuses more leads than labels, and other codings', () => {
    expect(
      refusal(utf8(ORIGINAL.replace('<numberchannelsvalid>12', '<numberchannelsvalid>13'))).code,
    ).toBe('bad-header');
    const plain = refusal(utf8(ORIGINAL.replace('compressmethod="XLI"', 'compressmethod="ZIP"')));
    expect(plain.code).toBe('unsupported');
  });

  it('reads an unknown document version with a warning when lenient, refuses it when strict', () => {
    const bytes = utf8(ORIGINAL.replace('<documentversion>1.03', '<documentversion>9.99'));
    expect(readPhilipsXml(bytes).warnings.join()).toMatch(/9\.99/);
    expect(refusal(bytes, false).code).toBe('unsupported');
  });

  it('sniffs restingecgdata roots in UTF-8 and UTF-16, nothing else', () => {
    expect(philipsReader.sniff(utf8(ORIGINAL))).toBe(true);
    const utf16 = readFileSync(
      sharedDataPath('ecg-formats', 'philips-sierra-xml', '2020-5-18_15-48-11.xml'),
    );
    expect(philipsReader.sniff(new Uint8Array(utf16))).toBe(true);
    expect(philipsReader.sniff(utf8('<RestingECG/>'))).toBe(false);
    expect(philipsReader.sniff(new Uint8Array(3))).toBe(false);
  });
});
