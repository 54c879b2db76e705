/**
 * Which of a case's clocks the board shows: a clock of another reperfusion strategy than the one
 * chosen is hidden (door → needle once primary PCI is chosen), unless it already stopped.
 */
import type { CaseAttributes, CaseClock, ReperfusionStrategy } from '@gesang/domain';

/** The reperfusion strategy a board clock belongs to; clocks not listed always apply. */
const clockStrategy: Readonly<Record<string, ReperfusionStrategy>> = {
  'cp.d2w': 'primary_pci',
  'cp.dido': 'transfer_for_pci',
  'cp.d2n': 'lysis',
};

/**
 * The clocks to show for a case, in the server's order.
 * @param clocks the case's clocks.
 * @param attributes the case's attributes (`reperfusion` decides).
 * @returns the clocks that apply: all while no strategy is chosen.
 * @example shownClocks(clocks, { reperfusion: 'lysis' }).map((c) => c.metricId)
 * // ['cp.fmc_to_ecg', 'cp.d2n']
 */
export function shownClocks(
  clocks: readonly CaseClock[],
  attributes: Readonly<Record<string, unknown>>,
): CaseClock[] {
  const chosen = (attributes as CaseAttributes).reperfusion;
  return clocks.filter((clock) => {
    const strategy = clockStrategy[clock.metricId];
    return (
      clock.endAt !== null || chosen === undefined || strategy === undefined || strategy === chosen
    );
  });
}

/**
 * The i18n key suffix of a clock's short label (`cp.d2w` → `cp_d2w`): keys cannot hold dots.
 * @example clockKey('st.door_to_ct') // 'st_door_to_ct'
 */
export function clockKey(metricId: string): string {
  return metricId.replace(/\./g, '_');
}
