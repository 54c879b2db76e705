import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexFallback } from './sha256.js';

// Expected digests from FIPS 180-4's examples (NIST CSRC "SHA256.pdf", "SHA2_Additional.pdf").
const vectors: [string, Uint8Array, string][] = [
  [
    'abc',
    new TextEncoder().encode('abc'),
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  ],
  [
    'two blocks (448 bits)',
    new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  ['empty', new Uint8Array(0), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  [
    '1,000,000 × "a"',
    new Uint8Array(1_000_000).fill(0x61),
    'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
  ],
];

describe('sha256', () => {
  it.each(vectors)('fallback hashes %s as FIPS 180-4 says', (_name, bytes, digest) => {
    expect(sha256HexFallback(bytes)).toBe(digest);
  });

  it.each(vectors)('Web Crypto path hashes %s the same', async (_name, bytes, digest) => {
    expect(await sha256Hex(new Uint8Array(bytes))).toBe(digest);
  });

  it('agrees with Web Crypto on lengths around the padding boundary', async () => {
    for (const length of [54, 55, 56, 57, 63, 64, 65, 119, 120]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + 7) & 0xff);
      expect(sha256HexFallback(bytes), String(length)).toBe(await sha256Hex(bytes));
    }
  });
});
