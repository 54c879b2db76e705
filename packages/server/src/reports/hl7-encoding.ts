/**
 * HL7 v2 ER7 ("pipe") encoding with the default delimiters: field `|`, component `^`, repetition
 * `~`, escape `\`, subcomponent `&`; segments end with a carriage return (HL7 v2.5.1, chapter 2,
 * §2.5–2.7).
 */

/** MSH-2: the encoding characters, in their fixed order ^ ~ \ &. */
export const ENCODING_CHARACTERS = '^~\\&';

const escapes: Record<string, string> = {
  '\\': '\\E\\',
  '|': '\\F\\',
  '^': '\\S\\',
  '&': '\\T\\',
  '~': '\\R\\',
};

/**
 * Escapes text for one component (HL7 v2.5.1 §2.7.1): `\` → `\E\`, `|` → `\F\`, `^` → `\S\`,
 * `&` → `\T\`, `~` → `\R\`. Line breaks become `\.br\` when `formatted` (FT data, §2.7.6),
 * otherwise a space; other control characters become spaces (a CR would end the segment).
 * @example escapeHl7('a|b^c') // 'a\\F\\b\\S\\c'
 */
export function escapeHl7(text: string, formatted = false): string {
  const lines = text.split(/\r\n|\r|\n/);
  return lines
    .map((line) =>
      line
        .replace(/[\\|^&~]/g, (ch) => escapes[ch] ?? ch)
        // eslint-disable-next-line no-control-regex -- control characters are what is removed
        .replace(/[\u0000-\u001f\u007f]/g, ' '),
    )
    .join(formatted ? '\\.br\\' : ' ');
}

/**
 * Components joined with `^`, each already escaped by the caller; trailing empty components
 * dropped (§2.5.3: they may be omitted).
 * @example components('11524-6', 'EKG study', 'LN') // '11524-6^EKG study^LN'
 */
export function components(...parts: (string | null | undefined)[]): string {
  const list = parts.map((p) => p ?? '');
  while (list.length > 0 && list[list.length - 1] === '') {
    list.pop();
  }
  return list.join('^');
}

/**
 * One segment: `fields[n]` is field n (1-based; for MSH, field 1 is the field separator itself and
 * field 2 the encoding characters, which this function writes). Missing fields are empty;
 * trailing empty fields are dropped.
 * @example segment('PID', { 1: '1', 5: 'Zhang^San' }) // 'PID|1||||Zhang^San'
 */
export function segment(name: string, fields: Record<number, string | null | undefined>): string {
  const numbers = Object.keys(fields).map(Number);
  const last = Math.max(0, ...numbers.filter((n) => (fields[n] ?? '') !== ''));
  const first = name === 'MSH' ? 3 : 1;
  const values: string[] = [];
  for (let n = first; n <= last; n++) {
    values.push(fields[n] ?? '');
  }
  const head = name === 'MSH' ? `MSH|${ENCODING_CHARACTERS}` : name;
  return values.length === 0 ? head : `${head}|${values.join('|')}`;
}
