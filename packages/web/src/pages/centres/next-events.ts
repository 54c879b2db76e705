/**
 * The events a coordinator records next with one tap, per centre: each centre's care runs along
 * a few tracks (arrival, cath lab, thrombolysis, transfer out …); the next expected event of a
 * track is the first one after the last recorded event of that track. The cath-lab track also
 * offers its goal (the wire) at once, as the lab often reports only that.
 */
import {
  centreEvents,
  type CaseAttributes,
  type Centre,
  type ReperfusionStrategy,
} from '@gesang/domain';

/** One track of a centre's care. */
export interface EventTrack {
  /** The track's events in order. */
  events: readonly string[];
  /** Offered as well as the next event while not recorded (the event the metric stops at). */
  goal?: string;
  /** Chest pain: only for these reperfusion strategies (every track while none is chosen). */
  strategies?: readonly ReperfusionStrategy[];
  /** Offered only once one of these events is recorded. */
  after?: readonly string[];
}

/**
 * The tracks of each centre, in the order their buttons appear.
 * @example centreTracks.chest_pain[2].events // ['cathlab_activation', 'cathlab_arrival', 'wire_crossing']
 */
export const centreTracks: Readonly<Record<Centre, readonly EventTrack[]>> = {
  chest_pain: [
    { events: ['first_medical_contact', 'first_ecg'] },
    { events: ['door'] },
    {
      events: ['cathlab_activation', 'cathlab_arrival', 'wire_crossing'],
      goal: 'wire_crossing',
      strategies: ['primary_pci'],
    },
    { events: ['lysis_start', 'lysis_end'], strategies: ['lysis'] },
    { events: ['departure_for_pci'], strategies: ['transfer_for_pci'] },
    { events: ['loading_dose'] },
    { events: ['ccu_admission'], after: ['wire_crossing', 'lysis_end'] },
  ],
  stroke: [
    { events: ['door', 'physician_seen'] },
    { events: ['ct_start', 'ct_report'] },
    { events: ['lysis_start'], after: ['ct_start'] },
    { events: ['puncture', 'recanalisation'], after: ['ct_start'] },
  ],
  trauma: [
    { events: ['door'] },
    { events: ['trauma_team_activation'] },
    { events: ['ct_start'], after: ['door'] },
    { events: ['transfusion_start'], after: ['door'] },
    { events: ['surgery_start'], after: ['door'] },
    { events: ['ed_departure', 'icu_admission'], after: ['door'] },
  ],
  maternal: [
    { events: ['referral_request', 'departure', 'arrival', 'decision_to_deliver', 'delivery'] },
    { events: ['icu_admission'], after: ['arrival'] },
  ],
  neonatal: [{ events: ['birth', 'referral_request', 'departure', 'arrival', 'nicu_admission'] }],
};

/**
 * The next expected events of a case, for its one-tap buttons (no duplicates, catalogue events
 * only).
 * @param centre the case's centre.
 * @param events the recorded events (event id → ISO instant).
 * @param attributes the case's attributes (`reperfusion` picks the chest-pain tracks).
 * @returns event ids, in track order.
 * @example nextEvents('chest_pain', { first_ecg: '…', door: '…' }, {})
 * // ['cathlab_activation', 'wire_crossing', 'lysis_start', 'departure_for_pci', 'loading_dose']
 */
export function nextEvents(
  centre: Centre,
  events: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>>,
): string[] {
  const strategy = (attributes as CaseAttributes).reperfusion;
  const known = new Set<string>(centreEvents[centre]);
  const result: string[] = [];
  const offer = (event: string | undefined): void => {
    if (event !== undefined && known.has(event) && !(event in events) && !result.includes(event)) {
      result.push(event);
    }
  };
  for (const track of centreTracks[centre]) {
    if (strategy !== undefined && track.strategies !== undefined) {
      if (!track.strategies.includes(strategy)) {
        continue;
      }
    }
    if (track.after !== undefined && !track.after.some((event) => event in events)) {
      continue;
    }
    let lastIndex = -1;
    track.events.forEach((event, i) => {
      if (event in events) {
        lastIndex = i;
      }
    });
    offer(track.events[lastIndex + 1]);
    offer(track.goal);
  }
  return result;
}

/**
 * Events of the centre not recorded yet, in catalogue order (the "another event" list).
 * @example otherEvents('neonatal', { birth: '…' })[0] // 'referral_request'
 */
export function otherEvents(centre: Centre, events: Readonly<Record<string, string>>): string[] {
  return centreEvents[centre].filter((event) => !(event in events));
}
