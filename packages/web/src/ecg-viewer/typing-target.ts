/**
 * Whether the focus is where someone types: a reader halfway through a statement search or the
 * conclusion must keep the focus when a tracing finishes loading beside it.
 */

/** What decides whether an element takes typed text. */
export interface FocusFacts {
  /** Upper-case tag name, as `Element.tagName` gives it for HTML. */
  tagName: string;
  /** The `type` of an `<input>` (lower case; empty or absent means text). */
  inputType?: string | undefined;
  /** `HTMLElement.isContentEditable`. */
  contentEditable: boolean;
}

/** Input types that are not typed into: pickers, boxes and buttons. */
const notTyped = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/**
 * True for an element that takes typed text: a text-like input, a text area, a select or an
 * editable region; false for a file picker, a checkbox, a button or nothing.
 * @example takesTypedText({ tagName: 'INPUT', inputType: 'search', contentEditable: false }) // true
 * @example takesTypedText({ tagName: 'INPUT', inputType: 'file', contentEditable: false }) // false
 */
export function takesTypedText(facts: FocusFacts): boolean {
  switch (facts.tagName) {
    case 'INPUT':
      return !notTyped.has((facts.inputType ?? '').toLowerCase());
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    default:
      return facts.contentEditable;
  }
}

/**
 * Whether `element` (usually `document.activeElement`) takes typed text.
 * @example if (!isTypingInto(document.activeElement)) viewer.focus();
 */
export function isTypingInto(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) {
    return false;
  }
  return takesTypedText({
    tagName: element.tagName,
    inputType: element instanceof HTMLInputElement ? element.type : undefined,
    contentEditable: element.isContentEditable,
  });
}
