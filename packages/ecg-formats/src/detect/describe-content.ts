/**
 * What a file that is not an ECG we read looks like, for the "not an ECG format we read" message:
 * a technician who uploads the cart's PDF printout or a photo must be told so, not shown bytes.
 * Signatures from the formats' own specifications (PDF 1.7 §7.5.2, PNG §5.2, JFIF, ZIP APPNOTE
 * §4.3.7, RFC 1952 gzip, DICOM PS3.10 §7.1) and the XML 1.0 root element.
 */
import { bomEncoding, decodeText } from '../text/decode-text.js';

/** Known file signatures (magic bytes at offset 0) and what to call them. */
const SIGNATURES: readonly { magic: readonly number[]; label: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], label: 'a PDF document (e.g. the printed ECG report)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], label: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], label: 'a JPEG image (e.g. a photo of the printout)' },
  { magic: [0x47, 0x49, 0x46, 0x38], label: 'a GIF image' },
  { magic: [0x42, 0x4d], label: 'a BMP image' },
  { magic: [0x50, 0x4b, 0x03, 0x04], label: 'a ZIP archive (unpack it and upload the ECG files)' },
  { magic: [0x1f, 0x8b], label: 'a gzip-compressed file (unpack it first)' },
  { magic: [0x52, 0x61, 0x72, 0x21], label: 'a RAR archive (unpack it first)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], label: 'a Microsoft Office 97–2003 document' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], label: 'a program (ELF executable)' },
  { magic: [0x4d, 0x5a], label: 'a Windows program (EXE/DLL)' },
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/** The first element name of an XML document (skipping the declaration, comments, DOCTYPE). */
function xmlRootName(text: string): string | undefined {
  const match =
    /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w.:-]*)/.exec(text);
  return match?.[1];
}

/** Share of bytes that are printable ASCII, tab, CR or LF, or UTF-8 multi-byte sequences. */
function textShare(bytes: Uint8Array): number {
  if (bytes.length === 0) {
    return 1;
  }
  let printable = 0;
  for (const b of bytes) {
    if (b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f) || b >= 0x80) {
      printable++;
    }
  }
  return printable / bytes.length;
}

/**
 * A short English description of what `bytes` look like, e.g. `a PDF document …`, `an XML
 * document whose root element is <html>`, `an empty file`, or `binary data starting 12 34 …`.
 * @example describeContent(new TextEncoder().encode('%PDF-1.4')) // 'a PDF document (e.g. the printed ECG report)'
 */
export function describeContent(bytes: Uint8Array): string {
  if (bytes.length === 0) {
    return 'an empty file';
  }
  for (const { magic, label } of SIGNATURES) {
    if (startsWith(bytes, magic)) {
      return label;
    }
  }
  if (bytes.length >= 132 && startsWith(bytes, [0x44, 0x49, 0x43, 0x4d], 128)) {
    return 'a DICOM file without an ECG waveform (e.g. an image)';
  }
  const head = bytes.subarray(0, 4096);
  const bom = bomEncoding(head);
  const text = decodeText(head, bom?.encoding ?? 'utf-8');
  const root = xmlRootName(text);
  if (root !== undefined) {
    return `an XML document whose root element is <${root}>`;
  }
  if (bom !== undefined || textShare(head) > 0.95) {
    const firstLine = text.split(/\r?\n/, 1)[0]?.trim().slice(0, 40) ?? '';
    return `a text file starting "${firstLine}"`;
  }
  const hex = [...bytes.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `binary data of ${bytes.length} bytes starting ${hex}`;
}
