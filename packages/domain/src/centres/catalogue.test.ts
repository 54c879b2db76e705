import { describe, expect, it } from 'vitest';
import { centres } from './centre-kinds.js';
import { centreCasesSchema } from './centre-case.js';
import { centreEventLabels, centreEvents } from './events.js';
import { metricDefinitions, metricTargetsSchema } from './metric-definitions.js';
import { centreOrderChains } from './order-chains.js';

const tibetan = /^[\u0F00-\u0FFF A-Za-z0-9≥]+$/u;

describe('event catalogue', () => {
  it('holds the events the dictionary names, per centre', () => {
    // Copied by hand from /work/shared/metrics/five-centres.md (start and end columns).
    expect(centreEvents.chest_pain).toEqual(
      expect.arrayContaining([
        'symptom_onset',
        'call_for_help',
        'first_medical_contact',
        'first_ecg',
        'ecg_diagnosis',
        'door',
        'troponin_draw',
        'troponin_result',
        'cathlab_activation',
        'cathlab_ready',
        'wire_crossing',
        'departure_for_pci',
        'lysis_start',
      ]),
    );
    expect(centreEvents.stroke).toEqual(
      expect.arrayContaining([
        'door',
        'physician_seen',
        'stroke_team_arrival',
        'ct_start',
        'ct_report',
        'lysis_start',
        'puncture',
      ]),
    );
  });

  it('labels every event in Chinese, English and Tibetan script', () => {
    for (const centre of centres) {
      const labels = centreEventLabels[centre] as Readonly<
        Record<string, { zh: string; en: string; bo?: string }>
      >;
      expect(Object.keys(labels).sort()).toEqual([...centreEvents[centre]].sort());
      for (const label of Object.values(labels)) {
        expect(label.zh).toMatch(/\p{Script=Han}/u);
        expect(label.en).toMatch(/^[A-Z]/);
        expect(label.bo).toMatch(tibetan);
      }
    }
  });

  it('order chains use only the centre’s events', () => {
    for (const centre of centres) {
      for (const chain of centreOrderChains[centre] as readonly (readonly string[])[]) {
        for (const event of chain) {
          expect(centreEvents[centre]).toContain(event);
        }
      }
    }
  });

  it('the case schema refuses unknown events, local times and unknown attributes, naming the path', () => {
    const result = centreCasesSchema.safeParse([
      { centre: 'stroke', id: 'S1', events: { door: '2025-03-01T08:00:00+08:00' } },
      { centre: 'stroke', id: 'S2', events: { wire_crossing: '2025-03-01T08:00:00Z' } },
      { centre: 'trauma', id: 'T1', events: { door: '2025-03-01T08:00:00' } },
      { centre: 'trauma', id: 'T2', events: {}, attributes: { iss: 80 } },
    ]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      '1.events',
      '2.events.door',
      '3.attributes.iss',
    ]);
  });
});

describe('metric definitions', () => {
  it('hold every metric id of the dictionary, once', () => {
    const ids = metricDefinitions.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The dictionary's tables, by hand.
    expect(ids).toEqual(
      expect.arrayContaining([
        'cp.fmc_to_ecg',
        'cp.ecg_to_dx',
        'cp.remote_ecg_share',
        'cp.transfer_ecg_share',
        'cp.troponin',
        'cp.d2w',
        'cp.cathlab_activation',
        'cp.fmc_to_wire',
        'cp.dido',
        'cp.d2n',
        'cp.bypass_ed_ccu',
        'cp.bypass_ccu',
        'cp.s2fmc',
        'st.door_to_physician',
        'st.door_to_team',
        'st.door_to_ct',
        'st.door_to_ct_read',
        'st.dnt',
        'st.dpt',
      ]),
    );
  });

  it('carry the dictionary targets', () => {
    const targets = Object.fromEntries(
      metricDefinitions.flatMap((m) =>
        m.kind === 'interval' ? [[m.id, [m.targetMin, m.meanTarget, m.complianceGoal]]] : [],
      ),
    );
    expect(targets['cp.fmc_to_ecg']).toEqual([10, 'lt', 0.75]);
    expect(targets['cp.d2w']).toEqual([90, 'le', 0.75]);
    expect(targets['cp.d2n']).toEqual([30, 'le', 0.75]);
    expect(targets['cp.dido']).toEqual([30, 'le', null]);
    expect(targets['cp.troponin']).toEqual([20, 'le', null]);
    expect(targets['st.dnt']).toEqual([60, 'le', null]);
    expect(targets['st.dpt']).toEqual([90, 'le', null]);
    expect(targets['cp.s2fmc']).toEqual([null, null, null]);
  });

  it('interval events belong to the centre and the order chains put the start first', () => {
    for (const m of metricDefinitions) {
      if (m.kind !== 'interval') {
        continue;
      }
      expect(centreEvents[m.centre]).toContain(m.startEvent);
      expect(centreEvents[m.centre]).toContain(m.endEvent);
      if (!m.floorAtZero) {
        expect(reachable(m.centre, m.startEvent), m.id).toContain(m.endEvent);
      }
    }
  });

  it('the targets file refuses unknown metric ids and out-of-range values', () => {
    expect(metricTargetsSchema.safeParse({ 'cp.d2w': { targetMin: 80 } }).success).toBe(true);
    const bad = metricTargetsSchema.safeParse({ 'cp.d2x': {}, 'cp.d2n': { complianceGoal: 75 } });
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'cp.d2n.complianceGoal',
      'cp.d2x',
    ]);
  });
});

/** Events the chains order after `start` (transitive closure). */
function reachable(centre: (typeof centres)[number], start: string): string[] {
  const chains = centreOrderChains[centre] as readonly (readonly string[])[];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const event = queue.pop() as string;
    for (const chain of chains) {
      const at = chain.indexOf(event);
      for (const next of at >= 0 ? chain.slice(at + 1) : []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return [...seen];
}
