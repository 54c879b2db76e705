/**
 * One synthetic chest-pain case: a timeline in minutes relative to the door (0) and attributes.
 * Rates are plausible for a Tibetan network (long pre-hospital delays, counties transferring for
 * PCI or giving lysis), not measured figures.
 */
import type { CaseAttributes } from './case-attributes.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoTier } from './demo-volumes.js';

/** A demo case before dating: event → minutes from the reference event, plus attributes. */
export interface DemoTimeline {
  minutes: Record<string, number>;
  attributes: CaseAttributes;
}

/**
 * A chest-pain demo case.
 * @param rng seeded random source.
 * @param tier hub (primary PCI) or county (lysis or transfer for PCI).
 * @example demoChestPainCase(createDemoRandom(1), 'hub').minutes.door // 0
 */
export function demoChestPainCase(rng: DemoRandom, tier: DemoTier): DemoTimeline {
  const diagnosis = rng.pick({
    stemi: 18,
    nstemi: 15,
    ua: 17,
    aortic_dissection: 2,
    pulmonary_embolism: 2,
    other: 46,
  });
  const arrivalMode = rng.pick(
    tier === 'hub'
      ? { ambulance_120: 30, self: 55, transfer_in: 10, in_hospital: 5 }
      : { ambulance_120: 25, self: 70, transfer_in: 2, in_hospital: 3 },
  );
  const m: Record<string, number> = { door: 0 };
  const attributes: CaseAttributes = { diagnosis, arrivalMode };
  if (arrivalMode === 'ambulance_120') {
    m.first_medical_contact = -rng.minutes(40, 120);
    m.call_for_help = m.first_medical_contact - rng.minutes(25, 60);
    m.symptom_onset = m.call_for_help - rng.minutes(60, 300);
    m.first_ecg = m.first_medical_contact + rng.minutes(6, 12);
    attributes.remoteEcgTransmitted = rng.chance(0.45);
    if (attributes.remoteEcgTransmitted) {
      m.ecg_transmission = m.first_ecg + rng.minutes(3, 8);
    }
  } else if (arrivalMode === 'transfer_in') {
    m.first_medical_contact = -rng.minutes(180, 420);
    m.symptom_onset = m.first_medical_contact - rng.minutes(180, 720);
    m.first_ecg = m.first_medical_contact + rng.minutes(8, 15);
  } else {
    m.first_medical_contact = 0;
    if (arrivalMode === 'self') {
      m.symptom_onset = -rng.minutes(240, 900);
    }
    m.first_ecg = rng.minutes(6, 12);
  }
  m.ecg_diagnosis = m.first_ecg + rng.minutes(5, 11);
  if (rng.chance(0.85)) {
    m.troponin_draw = rng.minutes(10, 25);
    m.troponin_result = m.troponin_draw + rng.minutes(15, 24);
  }
  if (diagnosis === 'stemi') {
    addStemiCare(rng, tier, m, attributes);
  } else {
    attributes.reperfusion = 'none';
  }
  const died = rng.chance(
    diagnosis === 'stemi' || diagnosis === 'aortic_dissection' ? 0.06 : 0.005,
  );
  const lastCare = Math.max(...Object.values(m));
  m[died ? 'death' : 'discharge'] = lastCare + rng.minutes(died ? 2 * 1440 : 5 * 1440, 12 * 1440);
  attributes.outcome = died ? 'died' : 'survived';
  return { minutes: m, attributes };
}

function addStemiCare(
  rng: DemoRandom,
  tier: DemoTier,
  m: Record<string, number>,
  attributes: CaseAttributes,
): void {
  const diagnosisMin = m.ecg_diagnosis ?? 0;
  m.loading_dose = Math.max(0, diagnosisMin) + rng.minutes(8, 20);
  const reperfusion = rng.pick(
    tier === 'hub'
      ? { primary_pci: 75, lysis: 8, none: 17 }
      : { lysis: 35, transfer_for_pci: 45, none: 20 },
  );
  attributes.reperfusion = reperfusion;
  if (reperfusion === 'primary_pci') {
    const bypass = attributes.arrivalMode === 'ambulance_120' && rng.chance(0.4);
    attributes.bypassEd = bypass;
    attributes.bypassCcu = attributes.arrivalMode === 'self' ? rng.chance(0.55) : bypass;
    m.cathlab_activation = Math.max(diagnosisMin, bypass ? -30 : 0) + rng.minutes(8, 20);
    m.cathlab_ready = m.cathlab_activation + rng.minutes(18, 32);
    m.cathlab_arrival = Math.max(
      m.cathlab_ready,
      bypass ? rng.minutes(5, 10) : rng.minutes(25, 50),
    );
    m.arterial_puncture = m.cathlab_arrival + rng.minutes(5, 9);
    m.angiography_start = m.arterial_puncture + rng.minutes(4, 8);
    m.wire_crossing = m.angiography_start + rng.minutes(12, 22);
    if (!attributes.bypassCcu) {
      m.ccu_admission = m.wire_crossing + rng.minutes(30, 60);
    }
  } else if (reperfusion === 'lysis') {
    m.lysis_start = Math.max(0, diagnosisMin) + rng.minutes(20, 40);
    m.lysis_end = m.lysis_start + rng.minutes(30, 45);
    m.ccu_admission = m.lysis_end + rng.minutes(20, 60);
  } else if (reperfusion === 'transfer_for_pci') {
    attributes.twoWayTransfer = rng.chance(0.2);
    if (rng.chance(0.65)) {
      m.ecg_transmission = (m.first_ecg ?? 0) + rng.minutes(6, 14);
    }
    m.departure_for_pci =
      rng.minutes(24, 50) + (attributes.twoWayTransfer ? rng.minutes(60, 120) : 0);
    m.arrival_at_pci_hospital = m.departure_for_pci + rng.minutes(90, 240);
    m.wire_crossing = m.arrival_at_pci_hospital + rng.minutes(40, 75);
  }
}
