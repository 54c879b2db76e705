/**
 * Timeline events of stroke and trauma cases: the time points the stroke-centre review and the
 * trauma "Track" list of the metric dictionary need.
 */
import type { LocalizedText } from '../localized.js';

/** Stroke event ids, in the usual order of a case. */
export const strokeEvents = [
  'last_known_well',
  'symptom_onset',
  'prehospital_notification',
  'door',
  'physician_seen',
  'stroke_team_arrival',
  'ct_start',
  'ct_report',
  'lysis_start',
  'puncture',
  'recanalisation',
  'discharge',
  'death',
] as const;

/** One of {@link strokeEvents}. */
export type StrokeEvent = (typeof strokeEvents)[number];

/** Label of each stroke event. */
export const strokeEventLabels: Readonly<Record<StrokeEvent, LocalizedText>> = {
  last_known_well: {
    zh: '最后正常时间',
    en: 'Last known well',
    bo: 'མཐའ་མཇུག་བདེ་ཐང་ཡིན་པར་ཤེས་པའི་དུས།',
  },
  symptom_onset: { zh: '发病时间', en: 'Symptom onset', bo: 'ནད་རྟགས་ཐོན་པའི་དུས་ཚོད།' },
  prehospital_notification: {
    zh: '院前预警',
    en: 'Pre-hospital notification',
    bo: 'སྨན་ཁང་དུ་མ་འབྱོར་སྔོན་གྱི་བརྡ་ཐོ།',
  },
  door: { zh: '到达医院大门', en: 'Arrival at hospital (door)', bo: 'སྨན་ཁང་དུ་འབྱོར་བ།' },
  physician_seen: {
    zh: '医生接诊',
    en: 'Seen by physician',
    bo: 'སྨན་པས་ནད་པར་ལྟ་ཞིབ་བྱས་པ།',
  },
  stroke_team_arrival: {
    zh: '卒中小组到达',
    en: 'Stroke team arrival',
    bo: 'ཀླད་རྩའི་ནད་ཚོགས་ཆུང་འབྱོར་བ།',
  },
  ct_start: { zh: 'CT开始', en: 'CT start', bo: 'CT པར་ལེན་འགོ་བཙུགས་པ།' },
  ct_report: { zh: 'CT判读', en: 'CT read', bo: 'CT པར་རིས་ཀློག་ཚར་བ།' },
  lysis_start: {
    zh: '静脉溶栓开始',
    en: 'IV thrombolysis start',
    bo: 'རྩ་ནང་ཁྲག་གཟེབ་བཞུ་བཅོས་འགོ་བཙུགས་པ།',
  },
  puncture: { zh: '股动脉穿刺', en: 'Groin puncture', bo: 'བརླ་རྩར་ཁབ་བཙུགས་པ།' },
  recanalisation: {
    zh: '血管再通',
    en: 'Recanalisation',
    bo: 'ཁྲག་རྩ་ཡང་བསྐྱར་གསལ་བ།',
  },
  discharge: { zh: '出院', en: 'Discharge', bo: 'སྨན་ཁང་ནས་ཐོན་པ།' },
  death: { zh: '死亡', en: 'Death', bo: 'ཚེ་ལས་འདས་པ།' },
};

/** Trauma event ids, in the usual order of a case. */
export const traumaEvents = [
  'injury',
  'prehospital_notification',
  'door',
  'trauma_team_activation',
  'ct_start',
  'transfusion_start',
  'surgery_start',
  'ed_departure',
  'icu_admission',
  'transfer_out',
  'discharge',
  'death',
] as const;

/** One of {@link traumaEvents}. */
export type TraumaEvent = (typeof traumaEvents)[number];

/** Label of each trauma event. */
export const traumaEventLabels: Readonly<Record<TraumaEvent, LocalizedText>> = {
  injury: { zh: '受伤时间', en: 'Injury', bo: 'རྨས་པའི་དུས་ཚོད།' },
  prehospital_notification: {
    zh: '院前预警',
    en: 'Pre-hospital notification',
    bo: 'སྨན་ཁང་དུ་མ་འབྱོར་སྔོན་གྱི་བརྡ་ཐོ།',
  },
  door: { zh: '到达医院大门', en: 'Arrival at hospital (door)', bo: 'སྨན་ཁང་དུ་འབྱོར་བ།' },
  trauma_team_activation: {
    zh: '启动创伤团队',
    en: 'Trauma-team activation',
    bo: 'རྨས་སྐྱོན་ཚོགས་ཆུང་སྒུལ་སློང་བྱས་པ།',
  },
  ct_start: { zh: 'CT开始', en: 'CT start', bo: 'CT པར་ལེན་འགོ་བཙུགས་པ།' },
  transfusion_start: {
    zh: '输血开始',
    en: 'Transfusion start',
    bo: 'ཁྲག་སྤྲོད་འགོ་བཙུགས་པ།',
  },
  surgery_start: {
    zh: '急诊手术开始',
    en: 'Emergency surgery start',
    bo: 'ཛ་དྲག་གཤག་བཅོས་འགོ་བཙུགས་པ།',
  },
  ed_departure: {
    zh: '离开急诊科',
    en: 'Left the emergency department',
    bo: 'ཛ་དྲག་བཅོས་ཁང་ནས་ཐོན་པ།',
  },
  icu_admission: {
    zh: '入住ICU',
    en: 'ICU admission',
    bo: 'ཉེན་ཁའི་ནད་ཁང་དུ་ཞུགས་པ།',
  },
  transfer_out: {
    zh: '转出',
    en: 'Transferred out',
    bo: 'སྨན་ཁང་གཞན་དུ་སྤོས་པ།',
  },
  discharge: { zh: '出院', en: 'Discharge', bo: 'སྨན་ཁང་ནས་ཐོན་པ།' },
  death: { zh: '死亡', en: 'Death', bo: 'ཚེ་ལས་འདས་པ།' },
};
