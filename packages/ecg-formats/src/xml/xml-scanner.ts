/**
 * The scanner behind {@link parseXml}: one forward pass over the decoded text with an explicit
 * element stack (no recursion, so nesting depth cannot overflow the call stack). Positions are
 * character indices; `parse-xml.ts` turns them into byte offsets for errors.
 */
import { EcgFormatError, type EcgFormatErrorCode } from '../errors.js';
import { decodeXmlReferences } from './xml-references.js';
import type { XmlElement } from './xml-types.js';

/** An element whose end tag has not been seen yet. */
interface OpenElement {
  element: XmlElement;
  textParts: string[];
  childCounts: Map<string, number> | undefined;
}

/** Caps the scanner enforces; see `XmlParseOptions`. */
export interface XmlScannerLimits {
  maxDepth: number;
  maxElements: number;
}

/** Characters that end an element or attribute name. */
const NAME_END = /[\s/>=<"'&]/;
const WHITESPACE = /\s/;

/** One-shot scanner of one document; create a new one per document. */
export class XmlScanner {
  /** Character index of the current scan position (where an error happened). */
  position = 0;
  private elementCount = 0;
  private readonly open: OpenElement[] = [];

  /**
   * @param text - the decoded document, without byte-order mark
   * @param limits - depth and element-count caps
   */
  constructor(
    private readonly text: string,
    private readonly limits: XmlScannerLimits,
  ) {}

  /** Parses prolog, root element and trailing comments; returns the root. */
  parseDocument(): XmlElement {
    this.skipMisc(true);
    if (this.position >= this.text.length) {
      throw this.error('truncated', 'XML document has no root element');
    }
    if (this.text[this.position] !== '<') {
      throw this.error('bad-data', 'XML document does not start with an element');
    }
    const root = this.openTag();
    if (!root.selfClosing) {
      this.parseContent();
    }
    this.skipMisc(false);
    if (this.position < this.text.length) {
      throw this.error('bad-data', 'XML document has content after its root element');
    }
    return root.element;
  }

  /** Elements, text, CDATA, comments and PIs until the root element's end tag. */
  private parseContent(): void {
    const text = this.text;
    while (this.open.length > 0) {
      const top = this.open[this.open.length - 1] as OpenElement;
      const lt = text.indexOf('<', this.position);
      if (lt < 0) {
        this.position = text.length;
        throw this.error('truncated', `XML document ends inside <${top.element.name}>`);
      }
      if (lt > this.position) {
        top.textParts.push(decodeXmlReferences(text.slice(this.position, lt), top.element.path));
        this.position = lt;
      }
      if (text.startsWith('</', lt)) {
        this.closeTag(top);
      } else if (text.startsWith('<!--', lt)) {
        this.skipPast('-->', 'a comment');
      } else if (text.startsWith('<![CDATA[', lt)) {
        const end = this.indexOrTruncated(']]>', lt + 9, 'a CDATA section');
        top.textParts.push(text.slice(lt + 9, end));
        this.position = end + 3;
      } else if (text.startsWith('<?', lt)) {
        this.skipPast('?>', 'a processing instruction');
      } else if (text.startsWith('<!', lt)) {
        throw this.error('bad-data', 'XML markup declaration inside an element');
      } else {
        this.openTag();
      }
    }
  }

  /** Reads `<name attr="…" …>` or `<name …/>`; pushes the element unless self-closing. */
  private openTag(): { element: XmlElement; selfClosing: boolean } {
    this.position++; // '<'
    const name = this.readName('element name');
    const parent = this.open[this.open.length - 1];
    const element: XmlElement = {
      name,
      attributes: {},
      children: [],
      text: '',
      path: parent === undefined ? `/${name}` : childPath(parent, name),
    };
    if (this.open.length + 1 > this.limits.maxDepth) {
      throw this.error('too-large', `XML nests deeper than ${this.limits.maxDepth} elements`);
    }
    if (++this.elementCount > this.limits.maxElements) {
      throw this.error('too-large', `XML has more than ${this.limits.maxElements} elements`);
    }
    parent?.element.children.push(element);
    // A prototype-less record: attribute names such as `__proto__` stay plain keys.
    const attributes = Object.create(null) as Record<string, string>;
    element.attributes = attributes;
    for (;;) {
      this.skipWhitespace();
      const c = this.text[this.position];
      if (c === undefined) {
        throw this.error('truncated', `XML document ends inside the tag <${name}>`);
      }
      if (c === '>' || (c === '/' && this.text[this.position + 1] === '>')) {
        this.position += c === '>' ? 1 : 2;
        if (c === '>') {
          this.open.push({ element, textParts: [], childCounts: undefined });
        }
        return { element, selfClosing: c === '/' };
      }
      const attribute = this.readName('attribute name');
      this.skipWhitespace();
      if (this.text[this.position] !== '=') {
        throw this.error('bad-data', `XML attribute ${attribute} of <${name}> has no "="`);
      }
      this.position++;
      this.skipWhitespace();
      const quote = this.text[this.position];
      if (quote !== '"' && quote !== "'") {
        throw this.error('bad-data', `XML attribute ${attribute} of <${name}> is not quoted`);
      }
      const end = this.indexOrTruncated(quote, this.position + 1, `the attribute ${attribute}`);
      const raw = this.text.slice(this.position + 1, end);
      if (raw.includes('<')) {
        throw this.error('bad-data', `XML attribute ${attribute} of <${name}> contains "<"`);
      }
      if (Object.hasOwn(attributes, attribute)) {
        throw this.error('bad-data', `XML attribute ${attribute} repeated in <${name}>`);
      }
      // Attribute-value normalisation, XML 1.0 §3.3.3: literal tab, CR and LF become spaces.
      attributes[attribute] = decodeXmlReferences(raw.replace(/[\t\n\r]/g, ' '), element.path);
      this.position = end + 1;
    }
  }

  /** Reads `</name>`, which must close `top`. */
  private closeTag(top: OpenElement): void {
    const start = this.position;
    this.position += 2;
    const name = this.readName('end-tag name');
    this.skipWhitespace();
    if (this.text[this.position] !== '>') {
      throw this.text[this.position] === undefined
        ? this.error('truncated', `XML document ends inside the end tag </${name}>`)
        : this.error('bad-data', `XML end tag </${name}> is malformed`);
    }
    if (name !== top.element.name) {
      this.position = start;
      throw this.error('bad-data', `XML end tag </${name}> does not close <${top.element.name}>`);
    }
    this.position++;
    top.element.text = top.textParts.join('');
    this.open.pop();
  }

  /** Whitespace, comments and PIs; before the root also one DOCTYPE (and NULs after it). */
  private skipMisc(prolog: boolean): void {
    let doctypeSeen = false;
    for (;;) {
      this.skipWhitespace();
      if (this.text.startsWith('<?', this.position)) {
        this.skipPast('?>', 'a processing instruction');
      } else if (this.text.startsWith('<!--', this.position)) {
        this.skipPast('-->', 'a comment');
      } else if (prolog && !doctypeSeen && this.text.startsWith('<!DOCTYPE', this.position)) {
        this.skipDoctype();
        doctypeSeen = true;
      } else if (!prolog && this.text[this.position] === '\u0000') {
        this.position++; // padding some writers leave after the root element
      } else {
        return;
      }
    }
  }

  /**
   * Skips `<!DOCTYPE name SYSTEM "x.dtd" [ … ]>` without reading the external DTD. An internal
   * subset that declares entities is refused: expanding them is how XXE and entity bombs work.
   */
  private skipDoctype(): void {
    let quote: string | undefined;
    let inSubset = false;
    for (let i = this.position + 9; i < this.text.length; i++) {
      const c = this.text[i];
      if (quote !== undefined) {
        quote = c === quote ? undefined : quote;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '[' && !inSubset) {
        inSubset = true;
      } else if (c === ']' && inSubset) {
        inSubset = false;
      } else if (inSubset && c === '<' && this.text.startsWith('<!ENTITY', i)) {
        this.position = i;
        throw this.error(
          'unsupported',
          'XML DOCTYPE declares entities; entity declarations are refused (no expansion, no external entities)',
        );
      } else if (c === '>' && !inSubset) {
        this.position = i + 1;
        return;
      }
    }
    this.position = this.text.length;
    throw this.error('truncated', 'XML document ends inside its DOCTYPE');
  }

  private readName(what: string): string {
    const start = this.position;
    let end = start;
    while (end < this.text.length && !NAME_END.test(this.text[end] as string)) {
      end++;
    }
    this.position = end;
    if (end === start) {
      throw end >= this.text.length
        ? this.error('truncated', `XML document ends where an ${what} was expected`)
        : this.error('bad-data', `XML ${what} expected, found "${this.text[end]}"`);
    }
    return this.text.slice(start, end);
  }

  private skipWhitespace(): void {
    while (WHITESPACE.test(this.text[this.position] ?? '')) {
      this.position++;
    }
  }

  private skipPast(terminator: string, what: string): void {
    this.position = this.indexOrTruncated(terminator, this.position, what) + terminator.length;
  }

  private indexOrTruncated(needle: string, from: number, what: string): number {
    const index = this.text.indexOf(needle, from);
    if (index < 0) {
      this.position = this.text.length;
      throw this.error('truncated', `XML document ends inside ${what}`);
    }
    return index;
  }

  private error(code: EcgFormatErrorCode, message: string): EcgFormatError {
    const top = this.open[this.open.length - 1];
    return new EcgFormatError(code, message, { field: top?.element.path ?? '/' });
  }
}

/** `parent/name[n]` with n the 1-based index among same-named siblings, written from 2 on. */
function childPath(parent: OpenElement, name: string): string {
  parent.childCounts ??= new Map();
  const n = (parent.childCounts.get(name) ?? 0) + 1;
  parent.childCounts.set(name, n);
  return `${parent.element.path}/${name}${n > 1 ? `[${n}]` : ''}`;
}
