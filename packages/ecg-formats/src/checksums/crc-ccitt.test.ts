/**
 * CRC-CCITT on the standard check input "123456789": 0x29B1 with preset 0xFFFF (CRC-16/CCITT-
 * FALSE, the SCP-ECG variant) and 0x31C3 with preset 0 (CRC-16/XMODEM), the published check
 * values of both (Williams, "A painless guide to CRC error detection algorithms", 1993; RevEng
 * catalogue of parametrised CRC algorithms).
 */
import { describe, expect, it } from 'vitest';
import { crcCcitt } from './crc-ccitt.js';

const CHECK = Uint8Array.from('123456789', (c) => c.charCodeAt(0));

describe('crcCcitt', () => {
  it('gives 0x29B1 for "123456789" with the SCP-ECG preset 0xFFFF', () => {
    expect(crcCcitt(CHECK)).toBe(0x29b1);
  });

  it('gives 0x31C3 for "123456789" with preset 0 (CRC-16/XMODEM)', () => {
    expect(crcCcitt(CHECK, 0, CHECK.length, 0)).toBe(0x31c3);
  });

  it('covers only [start, end) and leaves the preset for no bytes', () => {
    const padded = new Uint8Array([0xaa, ...CHECK, 0xbb]);
    expect(crcCcitt(padded, 1, 10)).toBe(0x29b1);
    expect(crcCcitt(padded, 3, 3)).toBe(0xffff);
  });
});
