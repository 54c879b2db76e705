/**
 * CSV as RFC 4180 writes it (comma, CRLF, fields with a comma, quote or line break quoted, quotes
 * doubled), UTF-8 with a byte-order mark so that Excel on a Chinese Windows opens it as UTF-8
 * rather than GBK. A field that would start a formula (`=`, `+`, `-`, `@`) and is not a number
 * is prefixed with `'` (OWASP CSV injection), so a typed name cannot run in the reader's Excel.
 */

const needsQuotes = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;
const numeric = /^-?\d+(\.\d+)?$/;

/**
 * One field as CSV text.
 * @example csvField('He said "hi", twice') // '"He said ""hi"", twice"'
 */
export function csvField(value: string): string {
  const safe = formulaStart.test(value) && !numeric.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV document: the header line, then one line per row; with the UTF-8 byte-order mark.
 * @example encodeCsv(['a', 'b'], [['1', 'x,y']]) // '\uFEFFa,b\r\n1,"x,y"\r\n'
 */
export function encodeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
