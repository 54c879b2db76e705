/**
 * Chest-pain centre metrics, as in the metric dictionary. Targets: China Chest Pain Center
 * accreditation standard (standard edition 2015 revision; basic edition 3rd ed. 2020) and its
 * re-accreditation veto items.
 */
import type { CasePredicate } from './case-predicates.js';
import type { MetricDefinition } from './metric-types.js';
import { labelText } from './metric-types.js';

const stemi: CasePredicate = { attr: 'diagnosis', in: ['stemi'] };
const primaryPci: CasePredicate = { attr: 'reperfusion', in: ['primary_pci'] };
const transferForPci: CasePredicate = { attr: 'reperfusion', in: ['transfer_for_pci'] };
const std = 'China chest pain centre standard (standard edition, 2015 revision)';
const basic = 'China chest pain centre standard (basic edition, 3rd ed. 2020)';

/** The chest-pain metrics, in the dictionary's order. */
export const chestPainMetrics: readonly MetricDefinition[] = [
  {
    id: 'cp.fmc_to_ecg',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '首次医疗接触到首份心电图',
      'First medical contact → first ECG',
      'སྨན་བཅོས་འཕྲད་པ་ནས་སྙིང་གློག་རིས་དང་པོའི་བར།',
    ),
    startEvent: 'first_medical_contact',
    endEvent: 'first_ecg',
    targetMin: 10,
    meanTarget: 'lt',
    complianceGoal: 0.75,
    source: `${std}: monthly mean < 10 min and ≥ 75 % ≤ 10 min; basic edition: mean only`,
  },
  {
    id: 'cp.ecg_to_dx',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '首份心电图到确诊',
      'First ECG → ECG-confirmed diagnosis',
      'སྙིང་གློག་རིས་དང་པོ་ནས་ནད་ངོས་འཛིན་བར།',
    ),
    startEvent: 'first_ecg',
    endEvent: 'ecg_diagnosis',
    targetMin: 10,
    meanTarget: 'lt',
    complianceGoal: null,
    appliesTo: stemi,
    source: std,
  },
  {
    id: 'cp.remote_ecg_share',
    centre: 'chest_pain',
    kind: 'ratio',
    label: labelText(
      '远程心电传输比例',
      'Remote ECG transmission share',
      'སྙིང་གློག་རིས་རྒྱང་བསྐུར་གྱི་བསྡུར་ཚད།',
    ),
    appliesTo: { all: [stemi, { attr: 'arrivalMode', in: ['ambulance_120'] }] },
    numerator: {
      any: [
        { attr: 'remoteEcgTransmitted', in: [true] },
        { event: 'ecg_transmission', present: true },
      ],
    },
    targetShare: 0.3,
    targetDirection: 'at_least',
    source: `${std}: ≥ 30 %, rising over 3 years`,
  },
  {
    id: 'cp.transfer_ecg_share',
    centre: 'chest_pain',
    kind: 'ratio',
    label: labelText(
      '转运前心电图传至PCI医院比例',
      'ECG sent to the PCI hospital within 10 min',
      'སྙིང་གློག་རིས་སྐར་མ་ 10 ནང་ PCI སྨན་ཁང་ལ་བསྐུར་བའི་བསྡུར་ཚད།',
    ),
    appliesTo: transferForPci,
    // Counted when the transmission is recorded within 10 minutes of the first ECG.
    numerator: { from: 'first_ecg', to: 'ecg_transmission', maxMin: 10 },
    targetShare: 0.5,
    targetDirection: 'at_least',
    source: `${basic}: ≥ 50 %, sent within 10 min of the first ECG`,
  },
  {
    id: 'cp.troponin',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText('肌钙蛋白抽血到报告', 'Troponin draw → result', 'ཁྲོ་པོ་ནིན་ཁྲག་ལེན་ནས་གྲུབ་འབྲས་བར།'),
    startEvent: 'troponin_draw',
    endEvent: 'troponin_result',
    targetMin: 20,
    meanTarget: 'le',
    complianceGoal: null,
    source: std,
  },
  {
    id: 'cp.d2w',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText('进门到导丝通过', 'Door → wire', 'སྨན་ཁང་འབྱོར་ནས་ལྕགས་སྐུད་བརྒལ་བར།'),
    startEvent: 'door',
    endEvent: 'wire_crossing',
    targetMin: 90,
    meanTarget: 'le',
    complianceGoal: 0.75,
    appliesTo: { all: [stemi, primaryPci] },
    source: std,
  },
  {
    id: 'cp.cathlab_activation',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '导管室启动到激活',
      'Cath-lab activation → lab ready',
      'སྙིང་རྩའི་བཅོས་ཁང་སྒུལ་སློང་ནས་གྲ་སྒྲིག་བར།',
    ),
    startEvent: 'cathlab_activation',
    endEvent: 'cathlab_ready',
    targetMin: 30,
    meanTarget: 'lt',
    complianceGoal: null,
    appliesTo: primaryPci,
    source: `${std} (check)`,
  },
  {
    id: 'cp.fmc_to_wire',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '首次医疗接触到导丝通过',
      'First medical contact → wire',
      'སྨན་བཅོས་འཕྲད་པ་ནས་ལྕགས་སྐུད་བརྒལ་བར།',
    ),
    startEvent: 'first_medical_contact',
    endEvent: 'wire_crossing',
    targetMin: 120,
    meanTarget: 'le',
    complianceGoal: null,
    appliesTo: { all: [stemi, { any: [primaryPci, transferForPci] }] },
    source: `${std} (check)`,
  },
  {
    id: 'cp.dido',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '转出医院进门到出门',
      'Door-in → door-out (referring hospital)',
      'སྨན་ཁང་འབྱོར་ནས་ཕྱིར་ཐོན་བར།',
    ),
    startEvent: 'door',
    endEvent: 'departure_for_pci',
    targetMin: 30,
    meanTarget: 'le',
    complianceGoal: null,
    appliesTo: { all: [transferForPci, { not: { attr: 'twoWayTransfer', in: [true] } }] },
    source: `${basic}: monthly mean ≤ 30 min, excluding two-way ambulance transfers`,
  },
  {
    id: 'cp.d2n',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '进门到溶栓',
      'Door → needle (thrombolysis)',
      'སྨན་ཁང་འབྱོར་ནས་ཁྲག་གཟེབ་བཞུ་བཅོས་བར།',
    ),
    startEvent: 'door',
    endEvent: 'lysis_start',
    targetMin: 30,
    meanTarget: 'le',
    complianceGoal: 0.75,
    appliesTo: { attr: 'reperfusion', in: ['lysis'] },
    source: `${basic}: ≥ 75 % ≤ 30 min (transitional ≥ 50 % and shortening)`,
  },
  {
    id: 'cp.bypass_ed_ccu',
    centre: 'chest_pain',
    kind: 'ratio',
    label: labelText(
      '救护车PCI患者绕行急诊直达导管室比例',
      'Ambulance PCI patients straight to the cath lab',
      'ཛ་དྲག་བཅོས་ཁང་བརྒལ་ནས་ཐད་ཀར་བཅོས་ཁང་དུ་ཕྱིན་པའི་བསྡུར་ཚད།',
    ),
    appliesTo: { all: [primaryPci, { attr: 'arrivalMode', in: ['ambulance_120'] }] },
    numerator: { attr: 'bypassEd', in: [true] },
    targetShare: 0.3,
    targetDirection: 'at_least',
    source: std,
  },
  {
    id: 'cp.bypass_ccu',
    centre: 'chest_pain',
    kind: 'ratio',
    label: labelText(
      '自行来院PCI患者绕行CCU比例',
      'Walk-in PCI patients bypassing the CCU',
      'རང་འབྱོར་ནད་པ་ CCU བརྒལ་བའི་བསྡུར་ཚད།',
    ),
    appliesTo: { all: [primaryPci, { attr: 'arrivalMode', in: ['self'] }] },
    numerator: { attr: 'bypassCcu', in: [true] },
    targetShare: 0.5,
    targetDirection: 'at_least',
    source: std,
  },
  {
    id: 'cp.s2fmc',
    centre: 'chest_pain',
    kind: 'interval',
    label: labelText(
      '发病到首次医疗接触',
      'Symptom onset → first medical contact',
      'ནད་རྟགས་ཐོན་ནས་སྨན་བཅོས་འཕྲད་བར།',
    ),
    startEvent: 'symptom_onset',
    endEvent: 'first_medical_contact',
    targetMin: null,
    meanTarget: null,
    complianceGoal: null,
    source: 'tracked, shortening',
  },
];
