/**
 * The hardened XML front end against the classic attacks on XML parsers (OWASP XML Security Cheat
 * Sheet): entity expansion bombs, external entities, deep nesting, unterminated markup, and the
 * encodings ECG files use. Each must end in a typed error or a safe result, quickly.
 */
import { EcgFormatError, parseXml } from '@gesang/ecg-formats';
import { describe, expect, it } from 'vitest';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * Parses and returns the error (or the root), with the time taken in ms. The time limits below
 * are generous (the machine is shared): they catch exponential or quadratic blow-ups, not speed.
 */
function timed(bytes: Uint8Array): { result: unknown; elapsedMs: number } {
  const started = performance.now();
  let result: unknown;
  try {
    result = parseXml(bytes);
  } catch (error) {
    result = error;
  }
  return { result, elapsedMs: performance.now() - started };
}

function expectRefused(bytes: Uint8Array, code: string, withinMs = 2000): EcgFormatError {
  const { result, elapsedMs } = timed(bytes);
  expect(result).toBeInstanceOf(EcgFormatError);
  expect((result as EcgFormatError).code).toBe(code);
  expect(elapsedMs).toBeLessThan(withinMs);
  return result as EcgFormatError;
}

const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE lolz [',
  ' <!ENTITY lol "lol">',
  ...Array.from(
    { length: 9 },
    (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
  ),
  ']>',
  '<lolz>&lol9;</lolz>',
].join('\n');

describe('parseXml hardening', () => {
  it('refuses the billion-laughs entity bomb without expanding anything', () => {
    const error = expectRefused(utf8(BILLION_LAUGHS), 'unsupported');
    expect(error.message).toMatch(/entit/);
  });

  it('does not expand an undeclared entity reference either', () => {
    expectRefused(utf8('<lolz>&lol9;&lol9;</lolz>'), 'bad-data');
  });

  it('refuses an external entity pointing at /etc/passwd (XXE)', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><r>&xxe;</r>';
    const error = expectRefused(utf8(xxe), 'unsupported');
    expect(error.message).not.toMatch(/root:/);
  });

  it('refuses parameter entities in the internal subset', () => {
    const xml = '<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><r/>';
    expectRefused(utf8(xml), 'unsupported');
  });

  it('never reads an external DTD: the document parses with nothing pulled in', () => {
    const root = parseXml(utf8('<!DOCTYPE r SYSTEM "file:///etc/passwd"><r>x</r>'));
    expect(root).toMatchObject({ name: 'r', text: 'x', children: [] });
  });

  it('refuses 100,000-deep nesting at the depth cap, fast', () => {
    const depth = 100_000;
    const xml = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    const error = expectRefused(utf8(xml), 'too-large', 1000);
    expect(error.message).toMatch(/deeper than 256/);
    expect(error.byteOffset).toBeLessThan(300 * 3);
  });

  it('refuses 100,000 unclosed tags as truncated when under the depth cap', () => {
    expectRefused(utf8('<r>' + '<a/>'.repeat(100_000)), 'truncated');
    expectRefused(utf8('<r><a href="' + 'x'.repeat(100_000)), 'truncated');
    expectRefused(utf8('<r><!--' + '-'.repeat(100_000)), 'truncated');
    expectRefused(utf8('<r>' + '<b>x'.repeat(200)), 'truncated');
  });

  it('parses a wide document in time linear in its size', () => {
    const element = '<b a="1" c="&amp;">t</b>';
    const small = utf8(`<r>${element.repeat(10_000)}</r>`);
    const large = utf8(`<r>${element.repeat(100_000)}</r>`);
    timed(small); // warm up
    const smallMs = timed(small).elapsedMs;
    const { result, elapsedMs } = timed(large);
    expect((result as { children: unknown[] }).children).toHaveLength(100_000);
    // 10 times the input: linear time is ~10 times as long, quadratic ~100 times.
    expect(elapsedMs).toBeLessThan(30 * smallMs + 1000);
  });

  it('keeps a tree whose element count is bounded by the input size', () => {
    // One element per 4 bytes at most, by default: '<a/>' is the smallest element there is.
    const bytes = utf8(`<r>${'<a/>'.repeat(50_000)}</r>`);
    expect(parseXml(bytes).children).toHaveLength(50_000);
    expect(() => parseXml(bytes, { maxElements: 10_000 })).toThrow(/more than 10000 elements/);
  });

  it('reads UTF-16 with and without a byte-order mark', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><ecg unit="µV">10 -20</ecg>';
    const le = new Uint8Array(Buffer.from('\ufeff' + xml, 'utf16le'));
    const bare = new Uint8Array(Buffer.from(xml, 'utf16le'));
    const be = new Uint8Array(Buffer.from('\ufeff' + xml, 'utf16le').swap16());
    for (const bytes of [le, bare, be]) {
      expect(parseXml(bytes)).toMatchObject({
        name: 'ecg',
        text: '10 -20',
        attributes: { unit: 'µV' },
      });
    }
  });

  it('turns an odd-length (cut) UTF-16 file into a typed error, not a crash', () => {
    const xml = Buffer.from('\ufeff<ecg>10 -20</ecg>', 'utf16le');
    expectRefused(new Uint8Array(xml.subarray(0, xml.length - 5)), 'truncated');
  });

  it('refuses text after the root and markup declarations inside elements', () => {
    expectRefused(utf8('<r/>trailing'), 'bad-data');
    expectRefused(utf8('<r><!ENTITY x "y"></r>'), 'bad-data');
  });
});
