import { useSyncExternalStore } from 'react';

/** Below this width (px) the side menu becomes a drawer and forms go single-column. */
export const phoneMaxWidthPx = 767.98;

const query = `(max-width: ${phoneMaxWidthPx}px)`;

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True on a phone-width screen (< 768 px), updated live when the window is resized. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
