/**
 * Synthetic stroke and trauma cases: timelines in minutes relative to the door (0) and attributes.
 * Interval distributions are centred inside the review targets with a tail beyond them.
 */
import type { CaseAttributes } from './case-attributes.js';
import type { DemoTimeline } from './demo-chest-pain.js';
import type { DemoRandom } from './demo-random.js';

const day = 24 * 60;

/**
 * A stroke demo case.
 * @example demoStrokeCase(createDemoRandom(1)).minutes.door // 0
 */
export function demoStrokeCase(rng: DemoRandom): DemoTimeline {
  const strokeType = rng.pick({ ischaemic: 70, haemorrhagic: 25, tia: 5 });
  const m: Record<string, number> = { door: 0 };
  const attributes: CaseAttributes = {
    strokeType,
    arrivalMode: rng.pick({ ambulance_120: 40, self: 50, transfer_in: 10 }),
  };
  const onsetBeforeDoor = rng.minutes(150, 600);
  if (rng.chance(0.8)) {
    m.symptom_onset = -onsetBeforeDoor;
  } else {
    m.last_known_well = -onsetBeforeDoor - rng.minutes(60, 300);
  }
  if (attributes.arrivalMode === 'ambulance_120' && rng.chance(0.4)) {
    m.prehospital_notification = -rng.minutes(15, 35);
  }
  m.physician_seen = rng.minutes(4, 9);
  m.stroke_team_arrival = rng.minutes(9, 16);
  m.ct_start = rng.minutes(16, 28);
  m.ct_report = m.ct_start + rng.minutes(12, 22);
  attributes.ivLysis = strokeType === 'ischaemic' && onsetBeforeDoor < 270 && rng.chance(0.6);
  if (attributes.ivLysis) {
    m.lysis_start = Math.max(m.ct_start + 5, rng.minutes(45, 70));
  }
  attributes.thrombectomy = strokeType === 'ischaemic' && rng.chance(0.08);
  if (attributes.thrombectomy) {
    m.puncture = Math.max(m.ct_start + 20, rng.minutes(75, 110));
    m.recanalisation = m.puncture + rng.minutes(40, 75);
  }
  const died = rng.chance(strokeType === 'haemorrhagic' ? 0.15 : 0.05);
  m[died ? 'death' : 'discharge'] = rng.minutes(died ? 3 * day : 10 * day, 21 * day);
  attributes.outcome = died ? 'died' : 'survived';
  return { minutes: m, attributes };
}

/**
 * A trauma demo case (ISS right-skewed, about a fifth ≥ 16).
 * @example demoTraumaCase(createDemoRandom(1)).attributes.iss // 1–75
 */
export function demoTraumaCase(rng: DemoRandom): DemoTimeline {
  const iss = Math.min(75, Math.max(1, rng.minutes(8, 22)));
  const arrivalMode = rng.pick({ ambulance_120: 40, self: 45, transfer_in: 15 });
  const attributes: CaseAttributes = { iss, arrivalMode };
  const injuryMin = -rng.minutes(90, 400);
  const m: Record<string, number> = { door: 0, injury: injuryMin };
  if (arrivalMode === 'ambulance_120' && rng.chance(0.35)) {
    // Somewhere between the injury and the arrival.
    m.prehospital_notification = injuryMin + Math.round(-injuryMin * (0.3 + 0.6 * rng.next()));
  }
  if (m.prehospital_notification !== undefined) {
    m.trauma_team_activation = m.prehospital_notification + rng.minutes(5, 12);
  } else if (iss >= 16 || rng.chance(0.2)) {
    m.trauma_team_activation = rng.minutes(8, 20);
  }
  if (iss >= 9 || rng.chance(0.5)) {
    m.ct_start = rng.minutes(25, 50);
  }
  attributes.haemorrhagicShock = iss >= 16 && rng.chance(0.2);
  if (attributes.haemorrhagicShock) {
    m.transfusion_start = rng.minutes(15, 30);
    m.surgery_start = rng.minutes(55, 120);
  }
  m.ed_departure = Math.max(m.surgery_start ?? 0, rng.minutes(180, 480));
  const died = rng.chance(iss >= 25 ? 0.25 : iss >= 16 ? 0.08 : 0.005);
  const transferOut = !died && rng.chance(0.05);
  attributes.transferOut = transferOut;
  if (died) {
    m.death = m.ed_departure + rng.minutes(12 * 60, 5 * day);
    attributes.outcome = 'died';
  } else if (transferOut) {
    m.transfer_out = m.ed_departure + rng.minutes(60, 600);
    attributes.outcome = 'transferred';
  } else {
    m.discharge = m.ed_departure + rng.minutes(6 * day, 20 * day);
    attributes.outcome = 'survived';
  }
  return { minutes: m, attributes };
}
