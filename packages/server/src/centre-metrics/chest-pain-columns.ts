/**
 * The chest-pain export's columns, in the field order of the China Chest Pain Center data
 * reporting platform (中国胸痛中心数据填报平台, operated by the China Chest Pain Center Alliance
 * for accreditation and quality control; its case form runs 患者基本信息 → 发病与呼救 → 首次医疗接触
 * 与心电图 → 院内诊疗 → 药物治疗 → 再灌注治疗 → 出院与转归). The platform publishes no machine-readable
 * column list: this order is our reading of that form's sections and items (names in Chinese as
 * the form words them), to be checked against the platform's current 填报说明 before an import.
 * Gesang adds, at the end, the computed intervals the accreditation reviews and the review flags.
 * Every time is China Standard Time, `YYYY-MM-DD HH:mm`.
 */
import {
  attributeColumn as attr,
  eventColumn as event,
  intervalColumn,
  leadingColumns,
  trailingColumns,
  type ExportColumn,
} from './export-row.js';

/** Columns of the chest-pain export, in the platform's order (see the module doc). */
export const chestPainColumns: readonly ExportColumn[] = [
  // 患者基本信息 Patient
  ...leadingColumns,
  // 发病与呼救 Onset and call for help
  event('symptom_onset', '发病时间', 'Symptom onset'),
  attr('onsetBand', '发病时间段(时间不详时)', 'Onset band (onset time unknown)'),
  event('call_for_help', '呼救时间', 'Call for help'),
  attr('arrivalMode', '来院方式', 'Arrival mode'),
  // 首次医疗接触与心电图 First medical contact and ECG
  event('first_medical_contact', '首次医疗接触时间', 'First medical contact'),
  event('first_ecg', '首份心电图时间', 'First ECG'),
  attr('remoteEcgTransmitted', '远程心电传输', 'Remote ECG transmitted'),
  event('ecg_transmission', '心电图传输时间', 'ECG transmission'),
  event('ecg_diagnosis', '心电图确诊时间', 'ECG-confirmed diagnosis'),
  // 院内诊疗 In hospital
  event('door', '到达本院大门时间', 'Arrival at hospital (door)'),
  event('troponin_draw', '肌钙蛋白抽血时间', 'Troponin blood draw'),
  event('troponin_result', '肌钙蛋白报告时间', 'Troponin result'),
  attr('troponinValue', '肌钙蛋白值', 'Troponin value'),
  attr('troponinUnit', '肌钙蛋白单位', 'Troponin unit'),
  attr('diagnosis', '初步诊断', 'Working diagnosis'),
  attr('killipClass', 'Killip分级', 'Killip class'),
  // 药物治疗 Medication
  event('loading_dose', '双抗负荷量给药时间', 'Antiplatelet loading dose'),
  attr('aspirinDoseMg', '阿司匹林剂量(mg)', 'Aspirin dose (mg)'),
  attr('p2y12Agent', 'P2Y12受体拮抗剂', 'P2Y12 inhibitor'),
  attr('p2y12DoseMg', 'P2Y12受体拮抗剂剂量(mg)', 'P2Y12 inhibitor dose (mg)'),
  event('anticoagulation', '抗凝给药时间', 'Anticoagulant given'),
  // 再灌注治疗 Reperfusion
  attr('reperfusion', '再灌注措施', 'Reperfusion strategy'),
  event('consent_start', '开始知情同意时间', 'Consent discussion started'),
  event('consent_signed', '签署知情同意书时间', 'Consent signed'),
  attr('lysisAgent', '溶栓药物', 'Thrombolytic agent'),
  event('lysis_start', '溶栓开始时间', 'Thrombolysis start'),
  event('lysis_end', '溶栓结束时间', 'Thrombolysis end'),
  event('departure_for_pci', '转出医院离开大门时间', 'Departure for PCI (door out)'),
  attr('twoWayTransfer', '双程转运', 'Two-way ambulance transfer'),
  event('arrival_at_pci_hospital', '到达PCI医院大门时间', 'Arrival at PCI hospital'),
  event('cathlab_activation', '启动导管室时间', 'Cath-lab activation'),
  event('cathlab_ready', '导管室激活时间', 'Cath lab ready'),
  event('cathlab_arrival', '患者到达导管室时间', 'Patient in cath lab'),
  event('arterial_puncture', '开始穿刺时间', 'Arterial puncture'),
  event('angiography_start', '造影开始时间', 'Angiography start'),
  event('wire_crossing', '导丝通过时间', 'Wire crossing'),
  attr('culpritVessel', '罪犯血管', 'Culprit vessel'),
  attr('stentCount', '植入支架数', 'Stents implanted'),
  attr('bypassEd', '绕行急诊', 'Bypassed the emergency department'),
  attr('bypassCcu', '绕行CCU', 'Bypassed the CCU'),
  event('ccu_admission', '入住CCU时间', 'CCU admission'),
  // 出院与转归 Discharge and outcome
  attr('dischargeDiagnosis', '出院诊断', 'Discharge diagnosis'),
  event('discharge', '出院时间', 'Discharge'),
  event('death', '死亡时间', 'Death'),
  attr('outcome', '转归', 'Outcome'),
  // Gesang: the accreditation's intervals, computed from the times above.
  intervalColumn(
    'cp.fmc_to_ecg',
    'first_medical_contact',
    'first_ecg',
    '首次医疗接触-首份心电图(分钟)',
    'FMC → first ECG (min)',
  ),
  intervalColumn('cp.d2w', 'door', 'wire_crossing', '进门-导丝通过(分钟)', 'Door → wire (min)'),
  intervalColumn('cp.d2n', 'door', 'lysis_start', '进门-溶栓(分钟)', 'Door → needle (min)'),
  intervalColumn(
    'cp.dido',
    'door',
    'departure_for_pci',
    '进门-出门(分钟)',
    'Door-in → door-out (min)',
  ),
  ...trailingColumns,
];
