import { describe, expect, it } from 'vitest';
import { contentDisposition } from './get-study-file.js';

describe('contentDisposition', () => {
  it('keeps a Chinese name exactly in filename* and an ASCII stand-in in filename', () => {
    // Percent-encoding of UTF-8 per RFC 3986 / RFC 8187: 心 = E5 BF 83, 电 = E7 94 B5.
    expect(contentDisposition('心电 1.xml', 'x.bin')).toBe(
      `attachment; filename="__ 1.xml"; filename*=UTF-8''%E5%BF%83%E7%94%B5%201.xml`,
    );
  });

  it('never lets quotes, separators or control characters into the header', () => {
    const header = contentDisposition('../a"b\r\nc\\d.scp', 'x.bin');
    expect(header).toBe(
      `attachment; filename=".._a_b__c_d.scp"; filename*=UTF-8''.._a%22b__c_d.scp`,
    );
  });

  it('uses the fallback without a name', () => {
    expect(contentDisposition(null, 'ecg-1.bin')).toBe(
      `attachment; filename="ecg-1.bin"; filename*=UTF-8''ecg-1.bin`,
    );
    expect(contentDisposition('  ', 'ecg-1.bin')).toContain('filename="ecg-1.bin"');
  });
});
