/**
 * Lenient and strict reading of CRC and framing deviations, on the hand-built record of
 * hand-built-record.ts with single bytes changed: a wrong section or record CRC, a CRC-16/XMODEM
 * CRC, and the Heal Force framing (0-based pointers, record length with swapped halves).
 */
import { describe, expect, it } from 'vitest';
import { u16le } from './build-scp-fixture.js';
import { crcCcitt } from '../checksums/crc-ccitt.js';
import { SECTION3, handBuiltRecord } from './hand-built-record.js';
import { readScpEcg } from './read-scp.js';

describe('CRC checks, lenient and strict', () => {
  it('names the section and byte offset of a bad section CRC', () => {
    const { bytes, offsets } = handBuiltRecord();
    const at = offsets.get(6) ?? 0;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    bytes.set(u16le(crcCcitt(bytes, 2)), 0); // keep the record CRC right
    expect(readScpEcg(bytes).warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^the CRC of section 6 \\(CRC 0x[0-9A-F]{4} at byte ${at}\\) does not match`),
      ),
    ]);
    expect(() => readScpEcg(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-data', field: 'section 6 CRC', byteOffset: at }),
    );
  });

  it('names the record CRC at byte 0', () => {
    const { bytes } = handBuiltRecord();
    bytes[0] = (bytes[0] ?? 0) ^ 0x01;
    expect(readScpEcg(bytes).warnings[0]).toMatch(
      /^the CRC of the record \(CRC 0x[0-9A-F]{4} at byte 0\)/,
    );
    expect(() => readScpEcg(bytes, { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-data', field: 'record CRC', byteOffset: 0 }),
    );
  });

  it('recognises a CRC-16/XMODEM section CRC (preset 0) as a cart variant', () => {
    const { bytes, offsets } = handBuiltRecord();
    const at = offsets.get(3) ?? 0;
    bytes.set(u16le(crcCcitt(bytes, at + 2, at + 16 + SECTION3.length, 0)), at);
    bytes.set(u16le(crcCcitt(bytes, 2)), 0);
    expect(readScpEcg(bytes).warnings).toEqual([expect.stringContaining('section 3 (CRC')]);
    expect(readScpEcg(bytes).warnings[0]).toContain('is CRC-16/XMODEM (preset 0x0000, not 0xFFFF)');
  });
});

describe('framing quirks (as Heal Force writes them)', () => {
  /** 0-based pointer indices and a record length with its 16-bit halves swapped. */
  const quirky = (): Uint8Array => {
    const { bytes } = handBuiltRecord();
    const length0 = bytes[10] ?? 0;
    for (let at = 22; at + 10 <= 6 + length0; at += 10) {
      const index = (bytes[at + 6] ?? 0) | ((bytes[at + 7] ?? 0) << 8);
      if (index > 0) {
        bytes.set(u16le(index - 1), at + 6);
      }
    }
    bytes.set([0, 0, ...u16le(bytes.length)], 2);
    bytes.set(u16le(crcCcitt(bytes, 2)), 0);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes);
    return padded;
  };

  it('reads them in lenient mode, saying what was wrong', () => {
    const ecg = readScpEcg(quirky());
    expect(Array.from(ecg.leads[0]?.samplesUv ?? [])).toEqual([50, 55, 45, 45]);
    expect(ecg.warnings.join('\n')).toMatch(/16-bit halves swapped.*\n.*0-based byte offsets/);
  });

  it('refuses them in strict mode at the record length (byte 2)', () => {
    expect(() => readScpEcg(quirky(), { lenient: false })).toThrow(
      expect.objectContaining({ code: 'bad-header', byteOffset: 2, field: 'record length' }),
    );
  });
});
