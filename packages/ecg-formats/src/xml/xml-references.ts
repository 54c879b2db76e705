/**
 * Character and entity references in XML text and attribute values (XML 1.0 §4.1, §4.6): only the
 * five predefined entities and numeric character references are decoded. Nothing else is ever
 * expanded, so a document cannot pull in files (XXE) or multiply itself (billion laughs).
 */
import { EcgFormatError } from '../errors.js';

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
};

/** Longest reference looked for, `&#x10FFFF;` being 10 characters. */
const MAX_REFERENCE_LENGTH = 12;

/**
 * `raw` with its references decoded.
 * @param raw - text or an attribute value as written between markup
 * @param where - XML path for the error's `field`
 * @returns the decoded text (`raw` itself when it holds no `&`)
 * @throws EcgFormatError `bad-data` for an undefined entity, a malformed reference or a
 *   character reference to a code point XML does not allow
 * @example decodeXmlReferences('a &lt; b &#x3bc;V', '/x') // 'a < b μV'
 */
export function decodeXmlReferences(raw: string, where: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) {
    return raw;
  }
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > MAX_REFERENCE_LENGTH) {
      throw referenceError(`a "&" that starts no reference`, raw.slice(amp, amp + 12), where);
    }
    const name = raw.slice(amp + 1, semi);
    out += raw.slice(from, amp) + decodeOne(name, where);
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + raw.slice(from);
}

function decodeOne(name: string, where: string): string {
  const predefined = PREDEFINED[name];
  if (predefined !== undefined) {
    return predefined;
  }
  if (name.startsWith('#')) {
    const hex = name[1] === 'x';
    const digits = name.slice(hex ? 2 : 1);
    if ((hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) {
      const codePoint = Number.parseInt(digits, hex ? 16 : 10);
      if (isXmlChar(codePoint)) {
        return String.fromCodePoint(codePoint);
      }
    }
    throw referenceError('an invalid character reference', `&${name};`, where);
  }
  throw referenceError(
    'an undefined entity (only the five predefined XML entities are decoded)',
    `&${name};`,
    where,
  );
}

/** XML 1.0 §2.2 `Char`. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function referenceError(what: string, sample: string, where: string): EcgFormatError {
  return new EcgFormatError('bad-data', `XML text holds ${what}: "${sample}"`, { field: where });
}
