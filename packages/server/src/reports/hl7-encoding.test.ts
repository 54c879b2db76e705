import { describe, expect, it } from 'vitest';
import { components, escapeHl7, segment } from './hl7-encoding.js';

describe('HL7 v2 ER7 encoding', () => {
  it('escapes the five delimiters as HL7 v2.5.1 §2.7.1 lists them', () => {
    // Expected strings written from the table: \F\ field, \S\ component, \T\ subcomponent,
    // \R\ repetition, \E\ escape.
    expect(escapeHl7('|')).toBe('\\F\\');
    expect(escapeHl7('^')).toBe('\\S\\');
    expect(escapeHl7('&')).toBe('\\T\\');
    expect(escapeHl7('~')).toBe('\\R\\');
    expect(escapeHl7('\\')).toBe('\\E\\');
    expect(escapeHl7('a\\F\\b')).toBe('a\\E\\F\\E\\b');
    expect(escapeHl7('窦性心律 | ^ ~ \\ &')).toBe('窦性心律 \\F\\ \\S\\ \\R\\ \\E\\ \\T\\');
  });

  it('never lets a line break end the segment', () => {
    expect(escapeHl7('a\r\nb\nc')).toBe('a b c');
    expect(escapeHl7('a\r\nb\nc', true)).toBe('a\\.br\\b\\.br\\c');
    expect(escapeHl7('a\tb\u0000c')).toBe('a b c');
  });

  it('writes MSH with its encoding characters and numbers other segments from 1', () => {
    expect(segment('MSH', { 3: 'APP', 9: 'ORU^R01' })).toBe('MSH|^~\\&|APP||||||ORU^R01');
    expect(segment('PID', { 1: '1', 5: 'Name' })).toBe('PID|1||||Name');
    expect(segment('NTE', { 1: '1', 4: '' })).toBe('NTE|1');
    expect(components('a', '', 'c', '', '')).toBe('a^^c');
  });
});
