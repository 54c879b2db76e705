import { describe, expect, it } from 'vitest';
import { csvField, encodeCsv } from './csv-encode.js';

describe('CSV encoding (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-10')).toBe('-10');
    expect(csvField('-2.5')).toBe('-2.5');
  });

  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    expect(encodeCsv(['病例', 'b'], [['1', '卓玛']])).toBe('\uFEFF病例,b\r\n1,卓玛\r\n');
  });
});
