import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { decodeBase64 } from './base64.js';

/** RFC 4648 §10 test vectors: "", "f", "fo", "foo", "foob", "fooba", "foobar". */
const VECTORS: [string, string][] = [
  ['', ''],
  ['Zg==', 'f'],
  ['Zm8=', 'fo'],
  ['Zm9v', 'foo'],
  ['Zm9vYg==', 'foob'],
  ['Zm9vYmE=', 'fooba'],
  ['Zm9vYmFy', 'foobar'],
];

function refusal(text: string): EcgFormatError {
  try {
    decodeBase64(text, '/r/data');
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error(`decodeBase64(${JSON.stringify(text)}) did not throw`);
}

describe('decodeBase64', () => {
  it.each(VECTORS)('decodes the RFC 4648 vector %j', (encoded, plain) => {
    expect(new TextDecoder().decode(decodeBase64(encoded, '/r'))).toBe(plain);
  });

  it('ignores XML white space anywhere and accepts missing padding', () => {
    expect(Array.from(decodeBase64(' Zm9v\r\n\tYmE ', '/r'))).toEqual([102, 111, 111, 98, 97]);
  });

  it('decodes the whole byte range (+ and / included)', () => {
    expect(Array.from(decodeBase64('+/8A', '/r'))).toEqual([0xfb, 0xff, 0x00]);
  });

  it('refuses junk with the XML path and the character offset', () => {
    const error = refusal('Zm9v*YmFy');
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe('/r/data');
    expect(error.byteOffset).toBe(4);
  });

  it('refuses non-ASCII letters, data after padding, a dangling symbol and excess padding', () => {
    expect(refusal('Zm9vé').byteOffset).toBe(4);
    expect(refusal('Zg==Zg==').byteOffset).toBe(4);
    expect(refusal('Zm9vY').code).toBe('bad-data');
    expect(refusal('Zm9===').code).toBe('bad-data');
    expect(refusal('Zm9v=').code).toBe('bad-data');
  });
});
