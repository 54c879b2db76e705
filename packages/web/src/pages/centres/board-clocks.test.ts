import type { CaseClock } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { clockKey, shownClocks } from './board-clocks.js';

const clock = (metricId: string, endAt: string | null = null): CaseClock => ({
  metricId,
  startEvent: 'door',
  endEvent: 'x',
  startAt: '2026-03-01T08:00:00Z',
  endAt,
  targetMin: 30,
});
const all = [clock('cp.fmc_to_ecg'), clock('cp.d2w'), clock('cp.dido'), clock('cp.d2n')];
const ids = (clocks: CaseClock[]): string[] => clocks.map((c) => c.metricId);

describe('shownClocks', () => {
  it('shows every clock while no reperfusion strategy is chosen', () => {
    expect(ids(shownClocks(all, {}))).toEqual(['cp.fmc_to_ecg', 'cp.d2w', 'cp.dido', 'cp.d2n']);
  });

  it('keeps only the chosen strategy’s clock besides FMC → ECG', () => {
    expect(ids(shownClocks(all, { reperfusion: 'primary_pci' }))).toEqual([
      'cp.fmc_to_ecg',
      'cp.d2w',
    ]);
    expect(ids(shownClocks(all, { reperfusion: 'none' }))).toEqual(['cp.fmc_to_ecg']);
  });

  it('keeps a stopped clock of another strategy (its value was reached)', () => {
    const mixed = [clock('cp.d2n', '2026-03-01T08:20:00Z'), clock('cp.d2w')];
    expect(ids(shownClocks(mixed, { reperfusion: 'primary_pci' }))).toEqual(['cp.d2n', 'cp.d2w']);
  });
});

describe('clockKey', () => {
  it('replaces the dots i18n keys cannot hold', () => {
    expect(clockKey('st.door_to_ct')).toBe('st_door_to_ct');
  });
});
