/**
 * What the case page computes from the recorded times: the timeline in time order with the gap
 * to the previous event, and the value of each interval metric of the centre (door → wire …)
 * against its target. Durations always come from the instants, never typed in.
 */
import {
  centreEvents,
  matchesCase,
  metricsOfCentre,
  type CaseAttributes,
  type CaseEvent,
  type Centre,
  type IntervalMetric,
} from '@gesang/domain';

const msPerMin = 60_000;

/** One row of the timeline. */
export interface TimelineRow {
  event: CaseEvent;
  /** Minutes since the previous row's event (null for the first or an unreadable time). */
  sincePreviousMin: number | null;
}

/**
 * The recorded events in time order (equal times in the centre's catalogue order: first contact
 * before the door), each with the minutes since the one before.
 * @param centre the case's centre.
 * @param timeline the case's current events.
 * @example timelineRows('chest_pain', [{ event: 'door', at: '…T08:00Z', … }, { event: 'wire_crossing', at: '…T09:12Z', … }])[1]
 *   .sincePreviousMin // 72
 */
export function timelineRows(centre: Centre, timeline: readonly CaseEvent[]): TimelineRow[] {
  const catalogue: readonly string[] = centreEvents[centre];
  const rank = (event: string): number => {
    const i = catalogue.indexOf(event);
    return i === -1 ? catalogue.length : i;
  };
  const sorted = timeline
    .map((event) => ({ event, ms: Date.parse(event.at) }))
    .sort((a, b) =>
      a.ms === b.ms || Number.isNaN(a.ms - b.ms)
        ? rank(a.event.event) - rank(b.event.event)
        : a.ms - b.ms,
    );
  return sorted.map((row, i) => {
    const before = sorted[i - 1];
    const gap = before === undefined ? NaN : (row.ms - before.ms) / msPerMin;
    return { event: row.event, sincePreviousMin: Number.isNaN(gap) ? null : gap };
  });
}

/** One interval metric of a case. */
export interface MetricValue {
  metric: IntervalMetric;
  /** End minus start, minutes (negative when the end was recorded before the start). */
  valueMin: number;
  /** Per-case target in minutes, or null when the metric is tracked only. */
  targetMin: number | null;
  /** Within the target (value ≤ target); null without a target. */
  met: boolean | null;
  /** The metric's "applies to" holds for this case (e.g. door → wire: STEMI and primary PCI). */
  applies: boolean;
}

/**
 * The value of every interval metric of the centre whose two events are recorded, in the
 * dictionary's order.
 * @param centre the case's centre.
 * @param events event id → ISO instant.
 * @param attributes the case's attributes (for "applies to").
 * @example caseMetricValues('chest_pain', { door: '…T08:00:00Z', wire_crossing: '…T09:12:00Z' }, {})
 * // [{ metric: cp.d2w, valueMin: 72, targetMin: 90, met: true, applies: false }]
 */
export function caseMetricValues(
  centre: Centre,
  events: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>>,
): MetricValue[] {
  const c = { centre, id: 'case', events, attributes: attributes as CaseAttributes };
  return metricsOfCentre(centre).flatMap((metric): MetricValue[] => {
    if (metric.kind !== 'interval') {
      return [];
    }
    const startMs = Date.parse(events[metric.startEvent] ?? '');
    const endMs = Date.parse(events[metric.endEvent] ?? '');
    if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
      return [];
    }
    const raw = (endMs - startMs) / msPerMin;
    const valueMin = metric.floorAtZero === true ? Math.max(0, raw) : raw;
    const targetMin = metric.targetMin;
    return [
      {
        metric,
        valueMin,
        targetMin,
        met: targetMin === null ? null : valueMin <= targetMin,
        applies: matchesCase(c, metric.appliesTo),
      },
    ];
  });
}
