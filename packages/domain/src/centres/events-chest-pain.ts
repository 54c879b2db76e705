/**
 * Timeline events of a chest-pain case: the time points of the dictionary plus those the China
 * chest-pain centre data platform records (loading dose, consent, cath-lab arrival, transfer, CCU,
 * discharge or death). `door` is the door of the hospital that records the case; for a patient
 * transferred out for PCI the PCI hospital's door is `arrival_at_pci_hospital`.
 */
import type { LocalizedText } from '../localized.js';

/** Chest-pain event ids, in the usual order of a case. */
export const chestPainEvents = [
  'symptom_onset',
  'call_for_help',
  'first_medical_contact',
  'first_ecg',
  'ecg_transmission',
  'ecg_diagnosis',
  'door',
  'troponin_draw',
  'troponin_result',
  'loading_dose',
  'anticoagulation',
  'consent_start',
  'consent_signed',
  'lysis_start',
  'lysis_end',
  'departure_for_pci',
  'arrival_at_pci_hospital',
  'cathlab_activation',
  'cathlab_ready',
  'cathlab_arrival',
  'arterial_puncture',
  'angiography_start',
  'wire_crossing',
  'ccu_admission',
  'discharge',
  'death',
] as const;

/** One of {@link chestPainEvents}. */
export type ChestPainEvent = (typeof chestPainEvents)[number];

/** Label of each chest-pain event. */
export const chestPainEventLabels: Readonly<Record<ChestPainEvent, LocalizedText>> = {
  symptom_onset: { zh: '发病时间', en: 'Symptom onset', bo: 'ནད་རྟགས་ཐོན་པའི་དུས་ཚོད།' },
  call_for_help: { zh: '呼救时间', en: 'Call for help', bo: 'རོགས་རམ་བོས་པ།' },
  first_medical_contact: {
    zh: '首次医疗接触',
    en: 'First medical contact',
    bo: 'སྨན་བཅོས་དང་ཐོག་མར་འཕྲད་པ།',
  },
  first_ecg: { zh: '首份心电图', en: 'First ECG', bo: 'སྙིང་གློག་རིས་དང་པོ།' },
  ecg_transmission: {
    zh: '心电图远程传输',
    en: 'ECG transmitted',
    bo: 'སྙིང་གློག་རིས་རྒྱང་བསྐུར་བྱས་པ།',
  },
  ecg_diagnosis: {
    zh: '心电图确诊',
    en: 'ECG-confirmed diagnosis',
    bo: 'སྙིང་གློག་རིས་ཀྱིས་ནད་ངོས་འཛིན་པ།',
  },
  door: { zh: '到达医院大门', en: 'Arrival at hospital (door)', bo: 'སྨན་ཁང་དུ་འབྱོར་བ།' },
  troponin_draw: {
    zh: '肌钙蛋白抽血',
    en: 'Troponin blood draw',
    bo: 'ཁྲོ་པོ་ནིན་ཆེད་ཁྲག་དཔེ་ལེན་པ།',
  },
  troponin_result: {
    zh: '肌钙蛋白报告',
    en: 'Troponin result',
    bo: 'ཁྲོ་པོ་ནིན་གྱི་གྲུབ་འབྲས།',
  },
  loading_dose: {
    zh: '双抗负荷量给药',
    en: 'Antiplatelet loading dose',
    bo: 'ཁྲག་གཟེབ་འགོག་སྨན་གྱི་སྨན་ཚད་ཆེན་པོ་སྤྲོད་པ།',
  },
  anticoagulation: {
    zh: '抗凝给药',
    en: 'Anticoagulant given',
    bo: 'ཁྲག་འཁྱགས་འགོག་སྨན་སྤྲོད་པ།',
  },
  consent_start: {
    zh: '知情同意开始',
    en: 'Consent discussion started',
    bo: 'ཆོག་མཆན་གྱི་གྲོས་མོལ་འགོ་བཙུགས་པ།',
  },
  consent_signed: {
    zh: '签署知情同意书',
    en: 'Consent signed',
    bo: 'ཆོག་མཆན་ལ་མིང་རྟགས་བཀོད་པ།',
  },
  lysis_start: { zh: '溶栓开始', en: 'Thrombolysis start', bo: 'ཁྲག་གཟེབ་བཞུ་བཅོས་འགོ་བཙུགས་པ།' },
  lysis_end: { zh: '溶栓结束', en: 'Thrombolysis end', bo: 'ཁྲག་གཟེབ་བཞུ་བཅོས་མཇུག་རྫོགས་པ།' },
  departure_for_pci: {
    zh: '转出离开本院大门',
    en: 'Departure for PCI (door out)',
    bo: 'PCI ཆེད་སྨན་ཁང་ནས་ཐོན་པ།',
  },
  arrival_at_pci_hospital: {
    zh: '到达PCI医院大门',
    en: 'Arrival at PCI hospital',
    bo: 'PCI སྨན་ཁང་དུ་འབྱོར་བ།',
  },
  cathlab_activation: {
    zh: '启动导管室',
    en: 'Cath-lab activation',
    bo: 'སྙིང་རྩའི་བཅོས་ཁང་སྒུལ་སློང་བྱས་པ།',
  },
  cathlab_ready: {
    zh: '导管室激活完成',
    en: 'Cath lab ready',
    bo: 'སྙིང་རྩའི་བཅོས་ཁང་གྲ་སྒྲིག་ཚར་བ།',
  },
  cathlab_arrival: {
    zh: '患者到达导管室',
    en: 'Patient in cath lab',
    bo: 'ནད་པ་སྙིང་རྩའི་བཅོས་ཁང་དུ་འབྱོར་བ།',
  },
  arterial_puncture: {
    zh: '开始穿刺',
    en: 'Arterial puncture',
    bo: 'རྩ་སྦུ་ལ་ཁབ་བཙུགས་པ།',
  },
  angiography_start: {
    zh: '造影开始',
    en: 'Angiography start',
    bo: 'ཁྲག་རྩའི་པར་རིས་འགོ་བཙུགས་པ།',
  },
  wire_crossing: {
    zh: '导丝通过',
    en: 'Wire crossing (balloon)',
    bo: 'ལྕགས་སྐུད་ནད་གཞིའི་ཁྲག་རྩ་བརྒལ་བ།',
  },
  ccu_admission: {
    zh: '入住CCU',
    en: 'CCU admission',
    bo: 'སྙིང་ནད་ཉེན་ཁའི་ནད་ཁང་དུ་ཞུགས་པ།',
  },
  discharge: { zh: '出院', en: 'Discharge', bo: 'སྨན་ཁང་ནས་ཐོན་པ།' },
  death: { zh: '死亡', en: 'Death', bo: 'ཚེ་ལས་འདས་པ།' },
};
