/**
 * Keyboard shortcuts of the viewer: one table drives both the key handling and the `?` overlay,
 * so the overlay can never list a key that does nothing.
 */
import type { ViewerAction } from './viewer-settings.js';

/** What a key asks for: a settings change, or something the component does itself. */
export type ViewerCommand =
  | ViewerAction
  /** Clear the calipers; with none, leave the single-lead zoom. */
  | { type: 'escape' }
  | { type: 'help' }
  /** Toggle measuring with touch (mouse drags always measure). */
  | { type: 'measure' }
  /** Next/previous screen (12×1, zoom) or 10 s page (3×4); start or end of the record. */
  | { type: 'scroll'; to: 'next' | 'previous' | 'start' | 'end' };

/** The i18n key (under `ecgViewer.keys`) that describes each shortcut. */
export type ShortcutId =
  | 'layout3x4'
  | 'layout12x1'
  | 'zoom'
  | 'nextLead'
  | 'previousLead'
  | 'speed'
  | 'gain'
  | 'filter'
  | 'measure'
  | 'clear'
  | 'page'
  | 'ends'
  | 'help';

/** One row of the overlay: the keys as printed on a keyboard and what they do. */
export interface Shortcut {
  id: ShortcutId;
  keys: readonly string[];
}

/** Key (`KeyboardEvent.key`) → command. */
const KEYMAP: ReadonlyMap<string, ViewerCommand> = new Map<string, ViewerCommand>([
  ['1', { type: 'layout', layout: '3x4' }],
  ['2', { type: 'layout', layout: '12x1' }],
  ['3', { type: 'zoom' }],
  ['ArrowRight', { type: 'zoom-step', step: 1 }],
  ['ArrowDown', { type: 'zoom-step', step: 1 }],
  ['ArrowLeft', { type: 'zoom-step', step: -1 }],
  ['ArrowUp', { type: 'zoom-step', step: -1 }],
  ['s', { type: 'speed' }],
  ['g', { type: 'gain' }],
  ['f', { type: 'filter' }],
  ['m', { type: 'measure' }],
  ['Escape', { type: 'escape' }],
  ['PageDown', { type: 'scroll', to: 'next' }],
  ['PageUp', { type: 'scroll', to: 'previous' }],
  ['Home', { type: 'scroll', to: 'start' }],
  ['End', { type: 'scroll', to: 'end' }],
  ['?', { type: 'help' }],
]);

/** The overlay's rows, in the order a reader learns them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'layout3x4', keys: ['1'] },
  { id: 'layout12x1', keys: ['2'] },
  { id: 'zoom', keys: ['3'] },
  { id: 'nextLead', keys: ['→', '↓'] },
  { id: 'previousLead', keys: ['←', '↑'] },
  { id: 'speed', keys: ['S'] },
  { id: 'gain', keys: ['G'] },
  { id: 'filter', keys: ['F'] },
  { id: 'measure', keys: ['M'] },
  { id: 'clear', keys: ['Esc'] },
  { id: 'page', keys: ['PgUp', 'PgDn'] },
  { id: 'ends', keys: ['Home', 'End'] },
  { id: 'help', keys: ['?'] },
];

/**
 * The command for a key press, ignoring presses with Ctrl, Alt or Meta (browser and system
 * shortcuts) and letter case (Caps Lock).
 * @param event the key and its modifiers, as in a `KeyboardEvent`
 * @returns the command, or undefined when the key is not a viewer shortcut
 * @example commandForKey({ key: 'G', ctrlKey: false, altKey: false, metaKey: false })
 * // { type: 'gain' }
 */
export function commandForKey(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}): ViewerCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) {
    return undefined;
  }
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYMAP.get(key);
}
