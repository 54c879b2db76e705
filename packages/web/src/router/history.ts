/**
 * A tiny client-side router on the History API (no hash): the server answers every non-/api path
 * with index.html, and the app picks the page from `location.pathname`.
 */
import { useSyncExternalStore } from 'react';

const navigateEvent = 'gesang:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(navigateEvent, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(navigateEvent, onChange);
  };
}

function pathSnapshot(): string {
  return window.location.pathname;
}

/**
 * Go to a path inside the app without reloading.
 * @param path absolute path such as `/users`; may carry a query string.
 * @param options `replace` to replace the current history entry instead of adding one.
 * @example navigate('/patients')
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname + window.location.search) {
    return;
  }
  if (options.replace === true) {
    window.history.replaceState(null, '', path);
  } else {
    window.history.pushState(null, '', path);
  }
  window.dispatchEvent(new Event(navigateEvent));
}

/** The current path (`/users`), re-rendering on navigation and on the back/forward buttons. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, pathSnapshot);
}
