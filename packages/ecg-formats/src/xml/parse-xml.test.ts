import { describe, expect, it } from 'vitest';
import { EcgFormatError } from '../errors.js';
import { parseXml } from './parse-xml.js';
import { encodeUtf8 } from './xml-write.js';

const utf8 = (text: string): Uint8Array => encodeUtf8(text);

/** UTF-16 code units of `text` as bytes, little- or big-endian, with an optional BOM. */
function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  units.forEach((unit, i) => {
    bytes[2 * i + (littleEndian ? 0 : 1)] = unit & 0xff;
    bytes[2 * i + (littleEndian ? 1 : 0)] = unit >> 8;
  });
  return bytes;
}

function parseError(bytes: Uint8Array): EcgFormatError {
  try {
    parseXml(bytes);
  } catch (error) {
    if (error instanceof EcgFormatError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an EcgFormatError');
}

describe('parseXml', () => {
  it('builds the element tree with attributes, text, CDATA and paths', () => {
    const root = parseXml(
      utf8(
        '<?xml version="1.0"?>\n<!-- c --><r xmlns:xsi="x"><a k="1" xsi:type=\'T\'>x &amp; y<![CDATA[<z>]]></a>' +
          '<?pi data?><a/><b>&#956;V &#x3bc;V &lt;&gt;&quot;&apos;</b></r>\n<!-- end -->\n',
      ),
    );
    expect(root.name).toBe('r');
    expect(root.children.map((c) => c.path)).toEqual(['/r/a', '/r/a[2]', '/r/b']);
    const [a, , b] = root.children;
    expect(a?.attributes).toEqual({ k: '1', 'xsi:type': 'T' });
    expect(a?.text).toBe('x & y<z>');
    expect(b?.text).toBe('μV μV <>"\'');
  });

  it('normalises whitespace in attribute values but keeps character references', () => {
    const root = parseXml(utf8('<r a="x\ty\nz" b="1&#10;2"/>'));
    expect(root.attributes).toEqual({ a: 'x y z', b: '1\n2' });
  });

  it('keeps an attribute named __proto__ as a plain key', () => {
    const root = parseXml(utf8('<r __proto__="p" constructor="c"/>'));
    expect(root.attributes['__proto__']).toBe('p');
    expect(Object.keys(root.attributes)).toEqual(['__proto__', 'constructor']);
  });

  it('reads the declared ISO-8859-1 and GB18030 encodings', () => {
    const latin = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><n>M'),
      0xfc,
      ...utf8('ller</n>'),
    ]);
    expect(parseXml(latin).text).toBe('Müller');
    const gb = new Uint8Array([
      ...utf8("<?xml version='1.0' encoding='GB2312'?><n>"),
      0xd5,
      0xc5,
      0xc8,
      0xfd,
      ...utf8('</n>'),
    ]);
    expect(parseXml(gb).text).toBe('张三');
  });

  it('reads UTF-16 with a byte-order mark and without one', () => {
    const xml = '<?xml version="1.0" encoding="utf-16"?><n a="é">张</n>';
    for (const bytes of [
      utf16(xml, true, true),
      utf16(xml, false, true),
      utf16(xml, true, false),
    ]) {
      const root = parseXml(bytes);
      expect(root.text).toBe('张');
      expect(root.attributes['a']).toBe('é');
    }
  });

  it('skips a DOCTYPE naming an external DTD without fetching it', () => {
    const root = parseXml(
      utf8('<?xml version="1.0"?>\n<!DOCTYPE RestingECG SYSTEM "restecg.dtd">\n<RestingECG/>'),
    );
    expect(root.name).toBe('RestingECG');
  });

  it('reports the XML path and byte offset of a mismatched end tag', () => {
    const error = parseError(utf8('<r><a><b></a></r>'));
    expect(error.code).toBe('bad-data');
    expect(error.field).toBe('/r/a/b');
    expect(error.byteOffset).toBe(9);
  });

  it('counts byte offsets in UTF-8 and UTF-16 bytes', () => {
    // '</b>' is character 8: 3 + 2 × 2 + 3 = 10 bytes in UTF-8, 2 + 2 × 8 in UTF-16 with BOM.
    expect(parseError(utf8('<r>µµ<a></b></r>')).byteOffset).toBe(10);
    expect(parseError(utf16('<r>µµ<a></b></r>', true, true)).byteOffset).toBe(2 + 2 * 8);
  });

  it.each([
    ['<r><a>', 'truncated'],
    ['<r a="1', 'truncated'],
    ['<r><!-- x', 'truncated'],
    ['<r><![CDATA[x', 'truncated'],
    ['', 'truncated'],
    ['<r>&nbsp;</r>', 'bad-data'],
    ['<r>a & b</r>', 'bad-data'],
    ['<r>&#0;</r>', 'bad-data'],
    ['<r>&#xD800;</r>', 'bad-data'],
    ['<r a="1" a="2"/>', 'bad-data'],
    ['<r a=1/>', 'bad-data'],
    ['<r a="<"/>', 'bad-data'],
    ['<r/><s/>', 'bad-data'],
    ['text', 'bad-data'],
    ['<r><!ELEMENT x ANY></r>', 'bad-data'],
    ['<?xml version="1.0" encoding="EBCDIC-US"?><r/>', 'unsupported'],
    ['<?xml version="1.0" encoding="UTF-16"?><r/>', 'bad-header'],
  ])('refuses %j as %s', (xml, code) => {
    expect(parseError(utf8(xml)).code).toBe(code);
  });

  it('ignores NUL padding after the root element', () => {
    expect(parseXml(new Uint8Array([...utf8('<r/>\n'), 0, 0, 0])).name).toBe('r');
  });

  it('enforces the depth and element caps given', () => {
    expect(() => parseXml(utf8('<a><b><c/></b></a>'), { maxDepth: 2 })).toThrow(/deeper than 2/);
    expect(() => parseXml(utf8('<a><b/><b/><b/></a>'), { maxElements: 3 })).toThrow(
      /more than 3 elements/,
    );
    expect(() => parseXml(utf8('<a/>'), { maxInputBytes: 3 })).toThrow(EcgFormatError);
  });
});
