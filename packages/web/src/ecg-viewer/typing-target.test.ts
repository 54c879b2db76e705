import { describe, expect, it } from 'vitest';
import { takesTypedText } from './typing-target.js';

const input = (inputType: string | undefined) => ({
  tagName: 'INPUT',
  inputType,
  contentEditable: false,
});

describe('takesTypedText', () => {
  it('is true where a reader types (HTML: text-like inputs, textarea, select, contenteditable)', () => {
    for (const type of [
      '',
      'text',
      'search',
      'number',
      'email',
      'password',
      'tel',
      'url',
      'date',
    ]) {
      expect(takesTypedText(input(type)), type).toBe(true);
    }
    expect(takesTypedText(input(undefined))).toBe(true);
    expect(takesTypedText(input('SEARCH'))).toBe(true);
    expect(takesTypedText({ tagName: 'TEXTAREA', contentEditable: false })).toBe(true);
    expect(takesTypedText({ tagName: 'SELECT', contentEditable: false })).toBe(true);
    expect(takesTypedText({ tagName: 'DIV', contentEditable: true })).toBe(true);
  });
  it('is false for a file picker, boxes, buttons and the page', () => {
    for (const type of ['file', 'checkbox', 'radio', 'button', 'submit', 'range', 'hidden']) {
      expect(takesTypedText(input(type)), type).toBe(false);
    }
    expect(takesTypedText({ tagName: 'BUTTON', contentEditable: false })).toBe(false);
    expect(takesTypedText({ tagName: 'BODY', contentEditable: false })).toBe(false);
  });
});
