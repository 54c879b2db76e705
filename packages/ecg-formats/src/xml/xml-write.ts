/**
 * Writing XML: escaping for text and attribute values (XML 1.0 §2.4, §3.1) and UTF-8 encoding
 * without `TextEncoder` (not among the globals this package may use).
 */

/**
 * `text` escaped for element content: `&`, `<` and `>` as references, characters XML 1.0 does not
 * allow (control characters, lone surrogates) dropped.
 * @example escapeXmlText('QT > 450 ms & QRS < 120') // 'QT &gt; 450 ms &amp; QRS &lt; 120'
 */
export function escapeXmlText(text: string): string {
  return stripInvalid(text).replace(/[&<>]/g, (c) => ENTITIES[c] ?? c);
}

/**
 * `value` escaped for a double-quoted attribute value; also keeps tab, CR and LF as character
 * references so that attribute-value normalisation does not turn them into spaces.
 * @example escapeXmlAttribute('say "hi"') // 'say &quot;hi&quot;'
 */
export function escapeXmlAttribute(value: string): string {
  return stripInvalid(value).replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Removes what XML 1.0 §2.2 `Char` excludes: C0 controls but tab/LF/CR, U+FFFE/F, lone surrogates. */
function stripInvalid(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/**
 * UTF-8 bytes of `text` (RFC 3629); a lone surrogate becomes U+FFFD, as `TextEncoder` does.
 * @example encodeUtf8('µV') // Uint8Array [0xc2, 0xb5, 0x56]
 */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c < 0xe000) {
      c = 0xfffd;
    }
    if (c < 0x80) {
      out[n++] = c;
    } else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 0x3f);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.slice(0, n);
}

/** Attribute values by name; undefined values are left out. */
export type XmlAttributes = Readonly<Record<string, string | number | undefined>>;

/**
 * Builds an indented XML document line by line, escaping every attribute value and text.
 * @example
 * const xml = new XmlWriter();
 * xml.open('a', { k: 1 });
 * xml.leaf('b', {}, 'x < y');
 * xml.close('a');
 * xml.toString(); // '<?xml version="1.0" encoding="UTF-8"?>\n<a k="1">\n  <b>x &lt; y</b>\n</a>\n'
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  /** Writes a start tag; pair it with {@link XmlWriter.close}. */
  open(name: string, attributes: XmlAttributes = {}): void {
    this.lines.push(`${this.indent()}<${name}${formatAttributes(attributes)}>`);
    this.depth++;
  }

  /** Writes an element with only text (or nothing: `<name/>`). */
  leaf(name: string, attributes: XmlAttributes = {}, text?: string): void {
    const start = `${this.indent()}<${name}${formatAttributes(attributes)}`;
    this.lines.push(
      text === undefined ? `${start}/>` : `${start}>${escapeXmlText(text)}</${name}>`,
    );
  }

  /** Writes the end tag of the innermost open element, which must be `name`. */
  close(name: string): void {
    this.depth--;
    this.lines.push(`${this.indent()}</${name}>`);
  }

  /** The document so far, one element per line, ending with a newline. */
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }
}

function formatAttributes(attributes: XmlAttributes): string {
  let text = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) {
      text += ` ${name}="${escapeXmlAttribute(String(value))}"`;
    }
  }
  return text;
}
