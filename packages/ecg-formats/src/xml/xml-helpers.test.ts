import { describe, expect, it } from 'vitest';
import { decodeText } from '../text/decode-text.js';
import { parseXml } from './parse-xml.js';
import { localName, xmlAttribute, xmlChildren, xmlFind, xmlFindAll, xmlText } from './xml-query.js';
import { xmlRootName } from './xml-root.js';
import { encodeUtf8, escapeXmlAttribute, escapeXmlText, XmlWriter } from './xml-write.js';

describe('xml queries', () => {
  const root = parseXml(
    encodeUtf8(
      '<h:r xmlns:h="x" xmlns:xsi="y"><h:a><h:b xsi:type="PQ"> 1 </h:b></h:a><h:a><h:b>2</h:b><h:b/></h:a></h:r>',
    ),
  );

  it('match elements and attributes by local name', () => {
    expect(localName('h:r')).toBe('r');
    expect(xmlChildren(root, 'a')).toHaveLength(2);
    expect(xmlFind(root, 'a/b')?.text).toBe(' 1 ');
    expect(xmlFindAll(root, 'a/b').map((b) => b.path)).toEqual([
      '/h:r/h:a/h:b',
      '/h:r/h:a[2]/h:b',
      '/h:r/h:a[2]/h:b[2]',
    ]);
    expect(xmlAttribute(xmlFind(root, 'a/b') ?? root, 'type')).toBe('PQ');
    expect(xmlFind(root, 'a/c')).toBeUndefined();
  });

  it('trim text and treat blank text as absent', () => {
    expect(xmlText(root, 'a/b')).toBe('1');
    expect(xmlText(xmlFindAll(root, 'a/b')[2] ?? root)).toBeUndefined();
  });
});

describe('xmlRootName', () => {
  it('skips declaration, comments and DOCTYPE, and never throws', () => {
    const prolog =
      '<?xml version="1.0"?>\n<!-- a -->\n<!DOCTYPE R SYSTEM "r.dtd" [<!ELEMENT R ANY>]>\n';
    expect(xmlRootName(encodeUtf8(`${prolog}<RestingECG>`))).toBe('RestingECG');
    expect(xmlRootName(encodeUtf8('<hl7:AnnotatedECG xmlns:hl7="urn:hl7-org:v3"/>'))).toBe(
      'hl7:AnnotatedECG',
    );
    for (const junk of ['', 'MZ', '<!-- open', '<?xml', '{"resourceType":1}']) {
      expect(xmlRootName(encodeUtf8(junk))).toBeUndefined();
    }
    expect(xmlRootName(encodeUtf8('<?xml version="1.0" encoding="KOI8-R"?><x/>'))).toBeUndefined();
  });
});

describe('xml writing', () => {
  it('escapes text and attributes so that the parser reads back the same strings', () => {
    const text = 'QT > 450 ms & QRS < 120 "x" \'y\'\tz\n张三 🫀';
    const xml = `<a v="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</a>`;
    const element = parseXml(encodeUtf8(xml));
    expect(element.attributes['v']).toBe(text);
    expect(element.text).toBe(text);
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXmlText('a\u0000b\u001fc\ud800d')).toBe('abcd');
  });

  it('encodes UTF-8 as TextDecoder decodes it, lone surrogates as U+FFFD', () => {
    const text = 'aµ张🫀\ud800';
    expect(decodeText(encodeUtf8(text))).toBe('aµ张🫀\ufffd');
    expect(Array.from(encodeUtf8('µV'))).toEqual([0xc2, 0xb5, 0x56]);
  });

  it('builds indented documents with XmlWriter', () => {
    const xml = new XmlWriter();
    xml.open('a', { k: 1, skipped: undefined });
    xml.leaf('b', {}, 'x < y');
    xml.leaf('c');
    xml.close('a');
    expect(xml.toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a k="1">\n  <b>x &lt; y</b>\n  <c/>\n</a>\n',
    );
  });
});
