/**
 * The order events of a case must respect, per centre, as chains: within a chain every recorded
 * event must be at or after the recorded event before it (missing events are skipped, so
 * `a ≤ b ≤ c` with `b` missing still checks `a ≤ c`).
 *
 * Chest pain follows the dictionary's "onset ≤ call for help ≤ first medical contact ≤ first ECG ≤
 * diagnosis ≤ door ≤ wire" with one departure: `door` sits after first medical contact and before
 * the wire, but is not ordered against the first ECG and diagnosis, because a self-presenting
 * patient's first contact is the door and the ECG follows it (only a pre-hospital ECG precedes the
 * door). Other chains are the obvious clinical sequences.
 */
import type { Centre } from './centre-kinds.js';
import type { CentreEvent } from './events.js';

/** One order chain of centre `C`: recorded events must be non-decreasing in time along it. */
export type OrderChain<C extends Centre = Centre> = readonly CentreEvent<C>[];

/**
 * Order chains of each centre.
 * @example centreOrderChains.chest_pain[0] // ['symptom_onset', 'call_for_help', …, 'wire_crossing']
 */
export const centreOrderChains: { readonly [C in Centre]: readonly OrderChain<C>[] } = {
  chest_pain: [
    [
      'symptom_onset',
      'call_for_help',
      'first_medical_contact',
      'first_ecg',
      'ecg_diagnosis',
      'wire_crossing',
    ],
    ['first_medical_contact', 'door', 'wire_crossing'],
    ['first_ecg', 'ecg_transmission'],
    ['troponin_draw', 'troponin_result'],
    ['consent_start', 'consent_signed'],
    ['ecg_diagnosis', 'cathlab_activation', 'cathlab_ready', 'wire_crossing'],
    ['cathlab_arrival', 'arterial_puncture', 'angiography_start', 'wire_crossing'],
    ['ecg_diagnosis', 'lysis_start', 'lysis_end'],
    ['door', 'lysis_start'],
    ['door', 'departure_for_pci', 'arrival_at_pci_hospital', 'wire_crossing'],
    ['door', 'ccu_admission', 'discharge'],
    ['wire_crossing', 'discharge'],
    ['door', 'death'],
  ],
  stroke: [
    ['last_known_well', 'symptom_onset', 'door'],
    ['prehospital_notification', 'door'],
    ['door', 'physician_seen'],
    ['door', 'stroke_team_arrival'],
    ['door', 'ct_start', 'ct_report'],
    ['ct_start', 'lysis_start'],
    ['ct_start', 'puncture', 'recanalisation'],
    ['door', 'discharge'],
    ['door', 'death'],
  ],
  trauma: [
    ['injury', 'prehospital_notification', 'door'],
    ['prehospital_notification', 'trauma_team_activation'],
    ['injury', 'trauma_team_activation'],
    ['door', 'ct_start'],
    ['door', 'transfusion_start'],
    ['door', 'surgery_start'],
    ['door', 'ed_departure', 'icu_admission', 'discharge'],
    ['ed_departure', 'transfer_out'],
    ['door', 'death'],
  ],
  maternal: [
    ['referral_request', 'departure', 'arrival', 'decision_to_deliver', 'delivery'],
    ['arrival', 'icu_admission', 'discharge'],
    ['arrival', 'death', 'death_reported'],
  ],
  neonatal: [
    ['birth', 'referral_request', 'departure', 'arrival', 'nicu_admission', 'discharge'],
    ['birth', 'death'],
  ],
};
