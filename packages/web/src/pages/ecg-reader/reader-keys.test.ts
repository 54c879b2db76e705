import { describe, expect, it } from 'vitest';
import {
  moveSelection,
  READER_SHORTCUTS,
  readerCommandForKey,
  type KeyPress,
} from './reader-keys.js';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  typing: false,
  ...more,
});

describe('readerCommandForKey', () => {
  it('moves and claims on the worklist', () => {
    expect(readerCommandForKey(press('j'), 'worklist')).toBe('next-row');
    expect(readerCommandForKey(press('ArrowDown'), 'worklist')).toBe('next-row');
    expect(readerCommandForKey(press('K'), 'worklist')).toBe('previous-row');
    expect(readerCommandForKey(press('Enter'), 'worklist')).toBe('claim-open');
    expect(readerCommandForKey(press('?'), 'worklist')).toBe('help');
  });

  it('leaves arrows to the viewer on the study page', () => {
    expect(readerCommandForKey(press('ArrowDown'), 'study')).toBeUndefined();
    expect(readerCommandForKey(press('1'), 'study')).toBeUndefined();
    expect(readerCommandForKey(press('a'), 'study')).toBe('add-statement');
    expect(readerCommandForKey(press('r'), 'study')).toBe('release');
  });

  it('signs with Ctrl+Enter or ⌘+Enter, even while typing', () => {
    expect(readerCommandForKey(press('Enter', { ctrlKey: true, typing: true }), 'study')).toBe(
      'sign',
    );
    expect(readerCommandForKey(press('Enter', { metaKey: true }), 'study')).toBe('sign');
    expect(readerCommandForKey(press('Enter', { ctrlKey: true }), 'worklist')).toBeUndefined();
  });

  it('ignores keys typed into fields or held with modifiers', () => {
    expect(readerCommandForKey(press('a', { typing: true }), 'study')).toBeUndefined();
    expect(readerCommandForKey(press('r', { ctrlKey: true }), 'study')).toBeUndefined();
    expect(readerCommandForKey(press('Enter', { typing: true }), 'worklist')).toBeUndefined();
  });

  it('lists in the overlay exactly the commands the keys reach', () => {
    for (const shortcut of READER_SHORTCUTS) {
      for (const page of shortcut.pages) {
        const key = shortcut.keys[0] ?? '';
        const typed =
          key === 'Ctrl+Enter'
            ? press('Enter', { ctrlKey: true })
            : press(key === '↓' ? 'ArrowDown' : key === '↑' ? 'ArrowUp' : key);
        expect(readerCommandForKey(typed, page), `${shortcut.command} on ${page}`).toBe(
          shortcut.command,
        );
      }
    }
  });
});

describe('moveSelection', () => {
  it('steps within the list and starts at the top', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
    expect(moveSelection(ids, 'gone', -1)).toBe('a');
    expect(moveSelection([], 'a', 1)).toBeNull();
  });
});
