/**
 * Timeline events of critical maternal and critical neonatal cases: referral and transfer,
 * decision to deliver and delivery, admission, outcome, and the report of a maternal death.
 */
import type { LocalizedText } from '../localized.js';

/** Critical-maternal event ids, in the usual order of a case. */
export const maternalEvents = [
  'referral_request',
  'departure',
  'arrival',
  'decision_to_deliver',
  'delivery',
  'icu_admission',
  'discharge',
  'death',
  'death_reported',
] as const;

/** One of {@link maternalEvents}. */
export type MaternalEvent = (typeof maternalEvents)[number];

const referralRequest: LocalizedText = {
  zh: '转诊申请',
  en: 'Referral request',
  bo: 'སྤོ་འདྲེན་རེ་ཞུ།',
};
const departure: LocalizedText = { zh: '转运出发', en: 'Transfer departure', bo: 'ལམ་དུ་ཐོན་པ།' };
const arrival: LocalizedText = {
  zh: '到达救治中心',
  en: 'Arrival at the centre',
  bo: 'ལྟེ་གནས་སུ་འབྱོར་བ།',
};
const discharge: LocalizedText = { zh: '出院', en: 'Discharge', bo: 'སྨན་ཁང་ནས་ཐོན་པ།' };
const death: LocalizedText = { zh: '死亡', en: 'Death', bo: 'ཚེ་ལས་འདས་པ།' };

/** Label of each critical-maternal event. */
export const maternalEventLabels: Readonly<Record<MaternalEvent, LocalizedText>> = {
  referral_request: referralRequest,
  departure,
  arrival,
  decision_to_deliver: {
    zh: '决定分娩（手术）',
    en: 'Decision to deliver',
    bo: 'བཙའ་བར་ཐག་བཅད་པ།',
  },
  delivery: { zh: '胎儿娩出', en: 'Delivery', bo: 'བུ་བཙས་པ།' },
  icu_admission: {
    zh: '入住ICU',
    en: 'ICU admission',
    bo: 'ཉེན་ཁའི་ནད་ཁང་དུ་ཞུགས་པ།',
  },
  discharge,
  death,
  death_reported: {
    zh: '死亡上报',
    en: 'Death reported',
    bo: 'འདས་པའི་སྙན་ཞུ་ཕུལ་བ།',
  },
};

/** Critical-neonatal event ids, in the usual order of a case. */
export const neonatalEvents = [
  'birth',
  'referral_request',
  'departure',
  'arrival',
  'nicu_admission',
  'discharge',
  'death',
] as const;

/** One of {@link neonatalEvents}. */
export type NeonatalEvent = (typeof neonatalEvents)[number];

/** Label of each critical-neonatal event. */
export const neonatalEventLabels: Readonly<Record<NeonatalEvent, LocalizedText>> = {
  birth: { zh: '出生', en: 'Birth', bo: 'སྐྱེས་པ།' },
  referral_request: referralRequest,
  departure,
  arrival,
  nicu_admission: {
    zh: '入住NICU',
    en: 'NICU admission',
    bo: 'བྱིས་པ་གསར་སྐྱེས་ཉེན་ཁའི་ནད་ཁང་དུ་ཞུགས་པ།',
  },
  discharge,
  death,
};
