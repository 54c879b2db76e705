/**
 * The element tree the hardened XML front end ({@link parseXml} in `parse-xml.ts`) yields: plain
 * data, no DOM, no namespaces resolved (names are kept as written, `xsi:type` stays `xsi:type`).
 */

/** One XML element. */
export interface XmlElement {
  /** Qualified name as written, e.g. `sequence` or `hl7:sequence` (see `localName`). */
  name: string;
  /** Attributes by qualified name as written, values with references already decoded. */
  attributes: Readonly<Record<string, string>>;
  /** Child elements in document order. */
  children: XmlElement[];
  /**
   * Character data directly inside this element (text and CDATA, references decoded),
   * concatenated in document order, untrimmed; text of descendants is not included.
   */
  text: string;
  /**
   * XPath-like location, e.g. `/AnnotatedECG/component[2]/series`: `[n]` (1-based) is added when
   * the element is the n-th child of that name with n ≥ 2. Use it as `EcgFormatError.field`.
   */
  path: string;
}

/** Limits of {@link parseXml}; the defaults suit ECG files of up to a few hundred MB. */
export interface XmlParseOptions {
  /** Deepest element nesting accepted (root = 1). Default 256; ECG XML nests < 40 deep. */
  maxDepth?: number;
  /**
   * Most elements accepted. Default: one per 4 input bytes (a tag needs at least 4 bytes, `<a/>`),
   * at most 4,000,000; so the tree is always a bounded multiple of the input size.
   */
  maxElements?: number;
  /** Largest input accepted, in bytes. Default 512 MiB. */
  maxInputBytes?: number;
}
