/**
 * The two web-platform globals this package uses, present both in browsers and in Node ≥ 18. They
 * are declared here, narrowly, instead of pulling in the DOM or Node type libraries, so that the
 * type checker still refuses any other platform API (file paths, Buffer, document).
 */

/** WHATWG TextDecoder (Encoding Standard), as far as the readers use it. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

/** High-resolution time (W3C High Resolution Time), used by the fuzz harness for hang limits. */
declare const performance: { now(): number };
