import { useEffect, useRef } from 'react';
import { readerCommandForKey, type ReaderCommand, type ReaderPageKind } from './reader-keys.js';

/** True for elements that take typed text themselves (inputs, selects' search, editors). */
function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/** True for elements that Enter activates (a focused button or link clicks itself). */
function activatedByEnter(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.tagName === 'BUTTON' ||
      target.tagName === 'A' ||
      target.getAttribute('role') === 'button')
  );
}

/**
 * The reader's shortcuts on a page. Listens on the document, which hears a key before the
 * viewer's window listener does, so a key handled here (`?`) is not also handled by the viewer.
 * @param page the page shown.
 * @param onCommand does the command; returns false when it does not apply now (the key then
 *   keeps its default action).
 */
export function useReaderKeys(
  page: ReaderPageKind,
  onCommand: (command: ReaderCommand) => boolean,
): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  }, [onCommand]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing) {
        return; // composing: an input method (pinyin, Tibetan) is using the key
      }
      const typing =
        takesText(event.target) || (event.key === 'Enter' && activatedByEnter(event.target));
      const command = readerCommandForKey(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          typing,
        },
        page,
      );
      if (command !== undefined && latest.current(command)) {
        event.preventDefault();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [page]);
}
