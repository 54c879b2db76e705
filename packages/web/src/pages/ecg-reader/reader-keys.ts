/**
 * Keyboard shortcuts of the reader workstation (the viewer's own keys — layouts, zoom, speed,
 * gain, calipers — stay in `ecg-viewer/shortcuts.ts`). One table drives the key handling and the
 * `?` overlay, so the overlay never lists a key that does nothing.
 */

/** What a key asks for. */
export type ReaderCommand =
  | 'next-row'
  | 'previous-row'
  | 'claim-open'
  | 'open'
  | 'claim'
  | 'release'
  | 'add-statement'
  | 'add-free-text'
  | 'edit-conclusion'
  | 'sign'
  | 'next-study'
  | 'worklist'
  /** Open or close the side-by-side comparison with the patient's newest earlier ECG. */
  | 'compare-prior'
  | 'help';

/** The page a shortcut works on. */
export type ReaderPageKind = 'worklist' | 'study';

/** One shortcut: its command, the keys as printed, and where it works. */
export interface ReaderShortcut {
  command: ReaderCommand;
  keys: readonly string[];
  pages: readonly ReaderPageKind[];
}

/** The overlay's rows, in the order a reader learns them. */
export const READER_SHORTCUTS: readonly ReaderShortcut[] = [
  { command: 'next-row', keys: ['J', '↓'], pages: ['worklist'] },
  { command: 'previous-row', keys: ['K', '↑'], pages: ['worklist'] },
  { command: 'claim-open', keys: ['Enter'], pages: ['worklist'] },
  { command: 'open', keys: ['O'], pages: ['worklist'] },
  { command: 'claim', keys: ['C'], pages: ['study'] },
  { command: 'add-statement', keys: ['A'], pages: ['study'] },
  { command: 'add-free-text', keys: ['T'], pages: ['study'] },
  { command: 'edit-conclusion', keys: ['E'], pages: ['study'] },
  { command: 'sign', keys: ['Ctrl+Enter'], pages: ['study'] },
  { command: 'release', keys: ['R'], pages: ['study'] },
  { command: 'next-study', keys: ['N'], pages: ['worklist', 'study'] },
  { command: 'worklist', keys: ['W'], pages: ['study'] },
  { command: 'compare-prior', keys: ['P'], pages: ['study'] },
  { command: 'help', keys: ['?'], pages: ['worklist', 'study'] },
];

const KEYS: Record<ReaderPageKind, ReadonlyMap<string, ReaderCommand>> = {
  worklist: new Map<string, ReaderCommand>([
    ['j', 'next-row'],
    ['ArrowDown', 'next-row'],
    ['k', 'previous-row'],
    ['ArrowUp', 'previous-row'],
    ['Enter', 'claim-open'],
    ['o', 'open'],
    ['n', 'next-study'],
    ['?', 'help'],
  ]),
  study: new Map<string, ReaderCommand>([
    ['c', 'claim'],
    ['a', 'add-statement'],
    ['t', 'add-free-text'],
    ['e', 'edit-conclusion'],
    ['r', 'release'],
    ['n', 'next-study'],
    ['w', 'worklist'],
    ['p', 'compare-prior'],
    ['?', 'help'],
  ]),
};

/** A key press as far as shortcuts care. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in a text field (typed keys belong to it). */
  typing: boolean;
}

/**
 * The reader command for a key press on a page, or undefined. Ctrl+Enter (⌘+Enter on a Mac) signs
 * even from inside a text field; every other key is ignored while typing or with Ctrl, Alt or
 * Meta held (browser and system shortcuts), and letters ignore case (Caps Lock).
 * @param press the key and its context.
 * @param page the page shown.
 * @example readerCommandForKey({ key: 'Enter', ctrlKey: true, metaKey: false, altKey: false, typing: true }, 'study') // 'sign'
 */
export function readerCommandForKey(
  press: KeyPress,
  page: ReaderPageKind,
): ReaderCommand | undefined {
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) {
    return page === 'study' ? 'sign' : undefined;
  }
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) {
    return undefined;
  }
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return KEYS[page].get(key);
}

/**
 * The next row to select after moving `step` rows from `selectedId`, clamped to the list; the
 * first row when nothing (or a row no longer listed) is selected.
 * @param ids the rows in order.
 * @param selectedId the selected row, if any.
 * @param step +1 down, −1 up.
 * @example moveSelection(['a', 'b'], 'a', 1) // 'b'
 */
export function moveSelection(
  ids: readonly string[],
  selectedId: string | null,
  step: 1 | -1,
): string | null {
  if (ids.length === 0) {
    return null;
  }
  const at = selectedId === null ? -1 : ids.indexOf(selectedId);
  if (at < 0) {
    return ids[0] ?? null;
  }
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null;
}
