import { describe, expect, it } from 'vitest';
import { describeContent } from './describe-content.js';

const ascii = (text: string): Uint8Array => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('describeContent names what a non-ECG upload is', () => {
  // Signatures as the formats' specifications define them.
  it.each([
    ['%PDF-1.7\n', /PDF document/],
    ['\x89PNG\r\n\x1a\n', /PNG image/],
    ['\xff\xd8\xff\xe0', /JPEG image/],
    ['PK\x03\x04', /ZIP archive/],
    ['<?xml version="1.0"?>\n<!-- x -->\n<html><body/></html>', /root element is <html>/],
    ['Patient,Time,Lead I\n1,2,3', /text file starting "Patient,Time,Lead I"/],
  ])('%j', (content, expected) => {
    expect(describeContent(ascii(content))).toMatch(expected);
  });

  it('names an empty file and shows the first bytes of unknown binary data', () => {
    expect(describeContent(new Uint8Array())).toBe('an empty file');
    expect(describeContent(new Uint8Array([0, 1, 2, 3]))).toBe(
      'binary data of 4 bytes starting 00 01 02 03',
    );
  });

  it('recognises a DICOM file by the DICM marker after its 128-byte preamble', () => {
    const bytes = new Uint8Array(200);
    bytes.set(ascii('DICM'), 128);
    expect(describeContent(bytes)).toMatch(/DICOM file without an ECG waveform/);
  });
});
