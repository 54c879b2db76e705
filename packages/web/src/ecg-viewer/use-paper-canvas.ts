import { useEffect, type RefObject } from 'react';
import { renderFrame, type FrameInput } from './render-viewport.js';
import type { ElementSize } from './use-element-size.js';

/** What {@link usePaperCanvas} draws: a frame without its viewport, which comes from scrolling. */
export type PaperFrame = Omit<FrameInput, 'viewport' | 'devicePixelRatio' | 'fontFamily'>;

/**
 * Keeps a viewport-sized canvas drawn with the part of the sheet the scroller shows: redrawn on
 * every change of `frame` or `size` at once, and on scroll once per animation frame. The canvas
 * backing store is devicePixelRatio times its CSS size, so lines are sharp on every screen.
 * @param canvasRef the canvas (sticky inside the scroller)
 * @param scrollerRef the scrolling element whose scroll offsets select the viewport
 * @param size the scroller's client size, CSS px
 * @param frame everything else the frame needs (memoise it: each new object redraws)
 */
export function usePaperCanvas(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  scrollerRef: RefObject<HTMLElement | null>,
  size: ElementSize,
  frame: PaperFrame,
): void {
  useEffect(() => {
    const canvas = canvasRef.current;
    const scroller = scrollerRef.current;
    if (canvas === null || scroller === null || size.widthPx === 0 || size.heightPx === 0) {
      return undefined;
    }
    const draw = (): void => {
      const dpr = window.devicePixelRatio || 1;
      const width = Math.round(size.widthPx * dpr);
      const height = Math.round(size.heightPx * dpr);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      const ctx = canvas.getContext('2d');
      if (ctx === null) {
        return;
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      renderFrame(ctx, {
        ...frame,
        devicePixelRatio: dpr,
        // The page's stack (Tibetan first in bo); the canvas has no CSS of its own.
        fontFamily: getComputedStyle(canvas).fontFamily || 'sans-serif',
        viewport: {
          xPx: scroller.scrollLeft,
          yPx: scroller.scrollTop,
          widthPx: size.widthPx,
          heightPx: size.heightPx,
        },
      });
    };
    let pending = 0;
    const onScroll = (): void => {
      if (pending === 0) {
        pending = requestAnimationFrame(() => {
          pending = 0;
          draw();
        });
      }
    };
    draw();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    // Web fonts (Tibetan) may arrive after the first frame: draw again with them.
    document.fonts.addEventListener('loadingdone', onScroll);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      document.fonts.removeEventListener('loadingdone', onScroll);
      cancelAnimationFrame(pending);
    };
  }, [canvasRef, scrollerRef, size, frame]);
}
