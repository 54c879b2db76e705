import { useEffect, useState, type RefObject } from 'react';

/** Inner size of an element, CSS px (scrollbars excluded). */
export interface ElementSize {
  widthPx: number;
  heightPx: number;
}

/**
 * The client size of an element, updated on every resize (window, side menu, scrollbars
 * appearing), via ResizeObserver.
 * @param ref the element
 * @returns its clientWidth and clientHeight; 0 × 0 before the first layout
 * @example const { widthPx } = useElementSize(scrollerRef);
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ widthPx: 0, heightPx: 0 });
  useEffect(() => {
    const element = ref.current;
    if (element === null) {
      return undefined;
    }
    const update = (): void => {
      const next = { widthPx: element.clientWidth, heightPx: element.clientHeight };
      setSize((prev) =>
        prev.widthPx === next.widthPx && prev.heightPx === next.heightPx ? prev : next,
      );
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
