import { useEffect, useRef, type RefObject } from 'react';
import { commandForKey, type ViewerCommand } from './shortcuts.js';

/** True for elements that take typed text or arrow keys themselves (inputs, radios, editors). */
function takesKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Viewer shortcuts from the keyboard: keys pressed while the focus is inside the viewer, or on
 * nothing in particular (the page body), so a reader never has to click the tracing first. Keys
 * typed into an input elsewhere on the page are left alone.
 * @param rootRef the viewer's outer element
 * @param onCommand called with the command of each shortcut key
 * @param anywhere also take keys pressed elsewhere (the `?` overlay, which has the focus, is open)
 */
export function useViewerKeys(
  rootRef: RefObject<HTMLElement | null>,
  onCommand: (command: ViewerCommand) => void,
  anywhere = false,
): void {
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  }, [onCommand]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || takesKeys(event.target)) {
        return;
      }
      const root = rootRef.current;
      const target = event.target;
      const inViewer = root !== null && target instanceof Node && root.contains(target);
      const onPage = target === document.body || target === document.documentElement;
      if (!inViewer && !onPage && !anywhere) {
        return;
      }
      const command = commandForKey(event);
      if (command !== undefined) {
        event.preventDefault(); // arrows and PageDown would also scroll the page
        latest.current(command);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [rootRef, anywhere]);
}
