import { describe, expect, it } from 'vitest';
import { commandForKey, SHORTCUTS } from './shortcuts.js';

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => commandForKey({ key, ctrlKey: false, altKey: false, metaKey: false, ...mods });

describe('viewer shortcuts', () => {
  it('map layout, speed, gain, zoom and Esc', () => {
    expect(press('1')).toEqual({ type: 'layout', layout: '3x4' });
    expect(press('2')).toEqual({ type: 'layout', layout: '12x1' });
    expect(press('s')).toEqual({ type: 'speed' });
    expect(press('G')).toEqual({ type: 'gain' }); // Caps Lock
    expect(press('ArrowRight')).toEqual({ type: 'zoom-step', step: 1 });
    expect(press('ArrowUp')).toEqual({ type: 'zoom-step', step: -1 });
    expect(press('Escape')).toEqual({ type: 'escape' });
    expect(press('?')).toEqual({ type: 'help' });
  });

  it('leave browser shortcuts alone', () => {
    expect(press('s', { ctrlKey: true })).toBeUndefined();
    expect(press('1', { altKey: true })).toBeUndefined();
    expect(press('x')).toBeUndefined();
  });

  it('list every shortcut once in the help overlay', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('clear');
  });
});
