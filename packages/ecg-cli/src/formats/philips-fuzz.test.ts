/**
 * The Philips reader against 2,000 mutants of the three real files, and the XLI decoder alone
 * against 2,000 mutants of their decoded payloads (where most mutations hit the LZW streams and
 * chunk headers instead of the base64 text): every mutant must be read or refused with an
 * `EcgFormatError`, each within 2 s. The 100,000-iteration run is `npm run fuzz` in ecg-cli.
 */
import { readFileSync } from 'node:fs';
import {
  decodeXli,
  EcgFormatError,
  fuzzReader,
  mutate,
  philipsReader,
  seededRandom,
} from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '../disk/shared-data.js';

const NAMES = ['129DYPRG.XML', '3191723_ZZDEMOPTONLY_1-04_orig.xml', '2020-5-18_15-48-11.xml'];
const SEEDS = NAMES.map(
  (name) => new Uint8Array(readFileSync(sharedDataPath('ecg-formats', 'philips-sierra-xml', name))),
);

/** The base64-decoded `parsedwaveforms` payload of a seed file. */
function payloadOf(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString(bytes[0] === 0xff ? 'utf16le' : 'utf8');
  const base64 = /<parsedwaveforms[^>]*>([^<]*)</.exec(text)?.[1] ?? '';
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

describe('Philips reader fuzzing', () => {
  it('reads or refuses 2,000 mutants of the real files, never crashing or hanging', () => {
    const report = fuzzReader(philipsReader, SEEDS, { iterations: 2000, seed: 20261123 });
    expect(report.failures).toEqual([]);
    expect(report.accepted + report.refused).toBe(2000);
  }, 60_000);

  it('decodes or refuses 2,000 mutants of the XLI payloads', () => {
    const payloads = SEEDS.map(payloadOf);
    const random = seededRandom(7);
    const failures: string[] = [];
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const input = mutate(payloads[i % payloads.length] ?? new Uint8Array(), random);
      const started = performance.now();
      try {
        decodeXli(input, 12, 5500, '/p');
      } catch (error) {
        if (error instanceof EcgFormatError) {
          refused++;
        } else {
          failures.push(`${i}: ${String(error)}`);
        }
      }
      if (performance.now() - started > 2000) {
        failures.push(`${i}: slow`);
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(0);
  }, 60_000);
});
