import {
  findMetric,
  validateCase,
  type CaseAttributes,
  type CaseClock,
  type CaseFlag,
  type Centre,
} from '@gesang/domain';

/**
 * The metrics whose clocks run on the coordinator's live board, per centre: chest pain FMC → ECG
 * (10 min), door → wire (90), door-in → door-out (30) and door → needle (30); stroke door → CT,
 * door → needle and door → puncture. Targets come from the domain's metric definitions.
 */
export const boardMetricIds: Readonly<Record<Centre, readonly string[]>> = {
  chest_pain: ['cp.fmc_to_ecg', 'cp.d2w', 'cp.dido', 'cp.d2n'],
  stroke: ['st.door_to_ct', 'st.dnt', 'st.dpt'],
  trauma: [],
  maternal: [],
  neonatal: [],
};

/**
 * The live board's clocks of a case: for each board metric with a target, its start time (null
 * until the start event is recorded), its end time once reached, and the target in minutes. The
 * client counts from them, so the answer does not go stale.
 * @param events event id → ISO instant.
 * @example boardClocks('chest_pain', { door: '2026-03-01T08:00:00Z' })[1]
 * // { metricId: 'cp.d2w', startEvent: 'door', endEvent: 'wire_crossing', startAt: '2026-03-01T08:00:00Z', endAt: null, targetMin: 90 }
 */
export function boardClocks(centre: Centre, events: Readonly<Record<string, string>>): CaseClock[] {
  return boardMetricIds[centre].flatMap((id): CaseClock[] => {
    const metric = findMetric(id);
    if (metric === undefined || metric.kind !== 'interval' || metric.targetMin === null) {
      return [];
    }
    return [
      {
        metricId: metric.id,
        startEvent: metric.startEvent,
        endEvent: metric.endEvent,
        startAt: events[metric.startEvent] ?? null,
        endAt: events[metric.endEvent] ?? null,
        targetMin: metric.targetMin,
      },
    ];
  });
}

/**
 * The review flags of a case (events out of order, FMC → ECG over 60 min, …) from the domain's
 * `validateCase`, computed on read: the events stay exactly as recorded.
 * @param events event id → ISO instant.
 * @param attributes the case's attributes.
 */
export function caseFlags(
  centre: Centre,
  events: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>>,
): CaseFlag[] {
  // The case's own centre decides which events are known; validateCase flags any other.
  const c = { centre, id: 'case', events, attributes: attributes as CaseAttributes };
  return validateCase(c);
}
