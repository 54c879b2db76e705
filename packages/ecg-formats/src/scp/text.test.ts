/**
 * Text decoding by language support code (EN 1064:2005+A1:2007, section 1 tag 14 byte 17) on
 * hand-made bytes: 张 is D5 C5 and 三 is C8 FD in GB 2312 (EUC-CN); é is E9 in ISO-8859-1.
 */
import { describe, expect, it } from 'vitest';
import { scpTextDecoder } from './text.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('scpTextDecoder', () => {
  it('decodes declared GB 2312 and Latin-1 text, up to the first NUL', () => {
    expect(scpTextDecoder(0x27).decode(bytes(0xd5, 0xc5, 0xc8, 0xfd, 0, 0x41))).toBe('张三');
    expect(scpTextDecoder(0x01).decode(bytes(0x52, 0xe9, 0x6e, 0xe9, 0))).toBe('Réné');
  });

  it('reads ASCII as ASCII without a warning', () => {
    const text = scpTextDecoder(0x00);
    expect(text.decode(bytes(0x4f, 0x4b, 0))).toBe('OK');
    expect(text.warnings).toEqual([]);
  });

  it('guesses GB 2312, UTF-8 or Latin-1 for bytes ≥ 0x80 under a declared ASCII, and says so', () => {
    const gb = scpTextDecoder(0x00);
    expect(gb.decode(bytes(0xd5, 0xc5, 0xc8, 0xfd))).toBe('张三');
    expect(gb.warnings).toEqual([expect.stringContaining('read as GB 2312')]);
    const utf8 = scpTextDecoder(undefined);
    expect(utf8.decode(bytes(0xe5, 0xbc, 0xa0))).toBe('张');
    expect(utf8.warnings).toEqual([expect.stringContaining('read as UTF-8')]);
    const latin1 = scpTextDecoder(0x00);
    expect(latin1.decode(bytes(0x68, 0xf6, 0x67))).toBe('hög');
    expect(latin1.decode(bytes(0x6c, 0xe5, 0x6e, 0x67))).toBe('lång');
    expect(latin1.warnings).toEqual([expect.stringContaining('read as ISO-8859-1')]);
  });

  it('falls back to Latin-1, with a warning, for character sets the package cannot decode', () => {
    const greek = scpTextDecoder(0x23);
    expect(greek.decode(bytes(0x41, 0xe1))).toBe('Aá');
    expect(greek.warnings).toEqual([expect.stringContaining('ISO-8859-7')]);
  });
});
