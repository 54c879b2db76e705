/**
 * XLI decoding against chunks built here by a minimal LZW encoder (Welch 1984, 10-bit codes, MSB
 * first, code 1023 = end) and the inverse of the second-order prediction: round trips, the
 * KwKwK case, a frozen dictionary, and the refusals of hostile chunks.
 */
import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { decodeXli } from './xli.js';
import { decompressXliLzw } from './xli-lzw.js';

/** LZW-compresses `bytes` into 10-bit codes, ending with code 1023. */
function lzwEncode(bytes: Uint8Array): Uint8Array {
  const dictionary = new Map<string, number>();
  for (let i = 0; i < 256; i++) {
    dictionary.set(String.fromCharCode(i), i);
  }
  let next = 256;
  const codes: number[] = [];
  let current = '';
  for (const byte of bytes) {
    const extended = current + String.fromCharCode(byte);
    if (dictionary.has(extended)) {
      current = extended;
      continue;
    }
    codes.push(dictionary.get(current) ?? 0);
    if (next <= 1022) {
      dictionary.set(extended, next++);
    }
    current = String.fromCharCode(byte);
  }
  if (current !== '') {
    codes.push(dictionary.get(current) ?? 0);
  }
  codes.push(1023);
  return packCodes(codes);
}

/** Packs 10-bit codes most significant bit first, zero-padding the last byte. */
function packCodes(codes: number[]): Uint8Array {
  const out = new Uint8Array(Math.ceil((codes.length * 10) / 8));
  codes.forEach((code, k) => {
    for (let b = 0; b < 10; b++) {
      if ((code >> (9 - b)) & 1) {
        const bit = k * 10 + b;
        out[bit >> 3] = (out[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
      }
    }
  });
  return out;
}

/** One XLI chunk holding `samples` (the inverse of the decoder's prediction). */
function xliChunk(samples: number[]): Uint8Array {
  const n = samples.length;
  const residual = (j: number): number =>
    2 * (samples[j - 1] ?? 0) - (samples[j - 2] ?? 0) - (samples[j] ?? 0);
  const codes = samples.map((s, i) => (i < 2 ? s : i === n - 1 ? 0 : residual(i + 1) + 64));
  const planes = new Uint8Array(2 * n);
  codes.forEach((code, i) => {
    planes[i] = (code >> 8) & 0xff;
    planes[n + i] = code & 0xff;
  });
  const lzw = lzwEncode(planes);
  const chunk = new Uint8Array(8 + lzw.length);
  const view = new DataView(chunk.buffer);
  view.setInt32(0, lzw.length, true);
  view.setInt16(4, 1, true);
  view.setInt16(6, n > 2 ? residual(2) : 0, true);
  chunk.set(lzw, 8);
  return chunk;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function refusal(run: () => unknown): EcgFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('did not throw');
}

describe('decompressXliLzw', () => {
  it('decodes single bytes and the end code', () => {
    expect(
      Array.from(decompressXliLzw(Uint8Array.of(0x10, 0x44, 0x2f, 0xfc), 0, 4, 2, '/x')),
    ).toEqual([65, 66]);
  });

  it('handles the KwKwK case (a code equal to the next free code)', () => {
    const input = new Uint8Array(20).fill(0x61);
    const lzw = lzwEncode(input);
    expect(Array.from(decompressXliLzw(lzw, 0, lzw.length, input.length, '/x'))).toEqual(
      Array.from(input),
    );
  });

  it('round-trips data long enough to fill and freeze the dictionary', () => {
    let seed = 7;
    const input = Uint8Array.from({ length: 20_000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return (seed >> 16) & 0x3f;
    });
    const lzw = lzwEncode(input);
    expect(decompressXliLzw(lzw, 0, lzw.length, input.length, '/x')).toEqual(input);
  });

  it('refuses a code beyond the dictionary, naming the payload byte', () => {
    const error = refusal(() => decompressXliLzw(packCodes([65, 900, 1023]), 0, 4, 10, '/p'));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe('/p');
    expect(error.byteOffset).toBe(2);
  });

  it('refuses output longer or shorter than declared', () => {
    const lzw = lzwEncode(new Uint8Array(100));
    expect(refusal(() => decompressXliLzw(lzw, 0, lzw.length, 50, '/p')).code).toBe('bad-data');
    expect(refusal(() => decompressXliLzw(lzw, 0, lzw.length, 200, '/p')).code).toBe('truncated');
  });
});

describe('decodeXli', () => {
  const leadA = Array.from({ length: 500 }, (_, i) => Math.round(800 * Math.sin(i / 9)));
  const leadB = Array.from({ length: 500 }, (_, i) => (i % 50 < 5 ? 1500 : -20) + (i % 3));

  it('round-trips chunks of smooth and spiky signals', () => {
    const leads = decodeXli(concat(xliChunk(leadA), xliChunk(leadB)), 2, 500, '/p');
    expect(Array.from(leads[0] ?? [])).toEqual(leadA);
    expect(Array.from(leads[1] ?? [])).toEqual(leadB);
  });

  it('refuses a chunk size beyond the payload, with the chunk offset', () => {
    const payload = concat(xliChunk(leadA), xliChunk(leadB));
    const second = xliChunk(leadA).length;
    new DataView(payload.buffer).setInt32(second, 1_000_000, true);
    const error = refusal(() => decodeXli(payload, 2, 500, '/p'));
    expect(error.code).toBe('truncated');
    expect(error.byteOffset).toBe(second);
  });

  it('refuses a negative chunk size and a payload with too few chunks', () => {
    const payload = xliChunk(leadA);
    expect(refusal(() => decodeXli(payload, 2, 500, '/p')).code).toBe('truncated');
    new DataView(payload.buffer).setInt32(0, -5, true);
    expect(refusal(() => decodeXli(payload, 1, 500, '/p')).code).toBe('bad-data');
  });
});
