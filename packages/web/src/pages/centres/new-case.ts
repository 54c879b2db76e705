/**
 * Opening a case by hand: which first events each centre asks for, and the request built from
 * the form (the arrival mode attribute follows from how the patient came).
 */
import type { ArrivalMode, CaseAttributes, Centre, OpenCaseBody } from '@gesang/domain';

/** How a case opened by hand came in (the green channel opens only from a signed ECG). */
export const manualOpenings = ['walk_in', 'ambulance', 'transfer_from_county'] as const;

/** One of {@link manualOpenings}. */
export type ManualOpening = (typeof manualOpenings)[number];

/** The platform's arrival mode for each way in. */
const arrivalModeOf: Readonly<Record<ManualOpening, ArrivalMode>> = {
  walk_in: 'self',
  ambulance: 'ambulance_120',
  transfer_from_county: 'transfer_in',
};

/**
 * The first events the form asks for, per centre: onset (or injury, birth, referral), first
 * medical contact where the centre has it, and the door (or arrival).
 * @example initialEvents.chest_pain // ['symptom_onset', 'first_medical_contact', 'door']
 */
export const initialEvents: Readonly<Record<Centre, readonly string[]>> = {
  chest_pain: ['symptom_onset', 'first_medical_contact', 'door'],
  stroke: ['last_known_well', 'symptom_onset', 'door'],
  trauma: ['injury', 'door'],
  maternal: ['referral_request', 'arrival'],
  neonatal: ['birth', 'arrival'],
};

/** What the form collected. */
export interface NewCaseForm {
  centre: Centre;
  openedHow: ManualOpening;
  patientId: string | null;
  /** Event id → ISO instant, for the times filled in. */
  times: Readonly<Record<string, string | null>>;
  /** Onset band when the onset time is unknown (chest pain), else null. */
  onsetBand: string | null;
}

/**
 * The `POST /api/cases` body of a filled form: only the centre's initial events that have a time,
 * the arrival mode (and onset band) attributes, the patient when one was picked.
 * @example openCaseBody({ centre: 'chest_pain', openedHow: 'walk_in', patientId: null, times: { door: '…' }, onsetBand: null })
 * // { centre: 'chest_pain', openedHow: 'walk_in', attributes: { arrivalMode: 'self' }, events: [{ event: 'door', at: '…' }] }
 */
export function openCaseBody(form: NewCaseForm): OpenCaseBody {
  const events = initialEvents[form.centre].flatMap((event) => {
    const at = form.times[event];
    return at === null || at === undefined ? [] : [{ event, at }];
  });
  return {
    centre: form.centre,
    openedHow: form.openedHow,
    ...(form.patientId === null ? {} : { patientId: form.patientId }),
    attributes: {
      arrivalMode: arrivalModeOf[form.openedHow],
      // Checked by the server against the domain's bands.
      ...(form.onsetBand === null ? {} : ({ onsetBand: form.onsetBand } as CaseAttributes)),
    },
    events,
  };
}
