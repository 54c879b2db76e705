/**
 * Reading helpers over {@link XmlElement} trees: match by local name (the part after any `prefix:`),
 * since files write the same vocabulary with and without namespace prefixes (`hl7:sequence`).
 */
import type { XmlElement } from './xml-types.js';

/**
 * The name without its namespace prefix.
 * @example localName('xsi:type') // 'type'
 */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The child elements of `element` whose local name is `name`, in document order.
 * @example xmlChildren(series, 'component').length // 1
 */
export function xmlChildren(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child.name) === name);
}

/**
 * The first element reached from `element` by a `/`-separated path of local names, each step
 * taking the first matching child; undefined when a step has no match.
 * @example xmlFind(root, 'effectiveTime/center')?.attributes['value'] // '20021122091000'
 */
export function xmlFind(element: XmlElement, path: string): XmlElement | undefined {
  let current: XmlElement | undefined = element;
  for (const step of path.split('/')) {
    current = current?.children.find((child) => localName(child.name) === step);
    if (current === undefined) {
      return undefined;
    }
  }
  return current;
}

/**
 * Every element reached by a `/`-separated path of local names, following all matches at each
 * step, in document order.
 * @example xmlFindAll(root, 'component/series').length // 1
 */
export function xmlFindAll(element: XmlElement, path: string): XmlElement[] {
  let level: XmlElement[] = [element];
  for (const step of path.split('/')) {
    level = level.flatMap((parent) => xmlChildren(parent, step));
  }
  return level;
}

/**
 * An attribute by local name (`type` finds `xsi:type`); an exact qualified name wins.
 * @example xmlAttribute(value, 'type') // 'SLIST_PQ'
 */
export function xmlAttribute(element: XmlElement, name: string): string | undefined {
  const exact = element.attributes[name];
  if (exact !== undefined) {
    return exact;
  }
  for (const [key, value] of Object.entries(element.attributes)) {
    if (localName(key) === name) {
      return value;
    }
  }
  return undefined;
}

/**
 * The trimmed text of the element at `path` below `element` (or of `element` itself for an empty
 * path); undefined when it is missing or blank.
 * @example xmlText(person, 'name') // 'JMK'
 */
export function xmlText(element: XmlElement, path = ''): string | undefined {
  const target = path === '' ? element : xmlFind(element, path);
  const text = target?.text.trim();
  return text === undefined || text === '' ? undefined : text;
}
