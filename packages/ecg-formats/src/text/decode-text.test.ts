import { describe, expect, it } from 'vitest';
import { decodeText, encodingFromLabel } from './decode-text.js';

describe('decodeText', () => {
  // Byte sequences from the encodings' own code tables (GB 18030-2005: 张 = D5 C5, 三 = C8 FD).
  it('decodes GB18030 Chinese names', () => {
    expect(decodeText(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]), 'gb18030')).toBe('张三');
  });
  it('decodes UTF-16 by its byte-order mark, whatever was declared', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x20, 0x5f, 0x09, 0x4e]), 'utf-8')).toBe('张三');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x5f, 0x20]), 'utf-8')).toBe('张');
  });
  it('decodes ISO-8859-1 byte for code point, including 0x80–0x9f', () => {
    expect(
      decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x80]), 'iso-8859-1'),
    ).toBe('Müller\u0080');
  });
  it('decodes every ISO-8859-1 byte outside 0x80–0x9f to the code point of its value', () => {
    // ISO/IEC 8859-1 maps byte value b to code point b; the fast path takes such text.
    const bytes = Uint8Array.from({ length: 256 }, (_, b) => b).filter((b) => b < 0x80 || b > 0x9f);
    const text = decodeText(bytes, 'iso-8859-1');
    expect(Array.from(text, (c) => c.codePointAt(0))).toEqual(Array.from(bytes));
  });
  it('drops a UTF-8 BOM and replaces malformed bytes instead of throwing', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]))).toBe('A\ufffd');
  });
  it('maps labels files write', () => {
    expect(encodingFromLabel('GB2312')).toBe('gb18030');
    expect(encodingFromLabel('ISO_IR 192')).toBe('utf-8');
    expect(encodingFromLabel('EBCDIC')).toBeUndefined();
  });
});
