/**
 * The stable list of interpretation statements. Codes never change meaning once released: reports,
 * worklists and audits store them. SNOMED CT concept ids are given where one exists; those here
 * come from the PhysioNet/CinC Challenge 2021 label mapping tables (shared/data/ecg/labels), except
 * 401303003 (acute ST-elevation myocardial infarction). Tibetan texts follow the terms used in the
 * UI and should be reviewed by a Tibetan-speaking clinician before clinical release.
 */

/** Every statement code. */
export const statementCodes = [
  'sinus_rhythm',
  'sinus_bradycardia',
  'sinus_tachycardia',
  'sinus_arrhythmia',
  'atrial_fibrillation',
  'atrial_flutter',
  'supraventricular_tachycardia',
  'ventricular_tachycardia',
  'ventricular_run',
  'ventricular_fibrillation',
  'pause',
  'av_block_first_degree',
  'av_block_mobitz_1',
  'av_block_mobitz_2',
  'av_block_third_degree',
  'premature_ventricular_complexes',
  'premature_atrial_complexes',
  'right_bundle_branch_block',
  'incomplete_right_bundle_branch_block',
  'left_bundle_branch_block',
  'incomplete_left_bundle_branch_block',
  'left_ventricular_hypertrophy',
  'left_ventricular_strain',
  'long_qt',
  'left_axis_deviation',
  'right_axis_deviation',
  'low_qrs_voltage',
  'paced_rhythm',
  'stemi',
  'st_elevation',
  'st_depression',
  'early_repolarization',
  'pericarditis_pattern',
  'bradycardia_extreme',
  'tachycardia_extreme',
  'poor_quality',
] as const;

/** One of {@link statementCodes}. */
export type StatementCode = (typeof statementCodes)[number];

/** Fixed facts of a statement: its SNOMED CT concept (or null) and its text in three languages. */
export interface StatementDefinition {
  snomedCt: string | null;
  text: { zh: string; en: string; bo: string };
}

type Row = [StatementCode, string | null, string, string, string];

const rows: Row[] = [
  ['sinus_rhythm', '426783006', '窦性心律', 'Sinus rhythm', 'ཞི་སྒོའི་སྙིང་འཕར།'],
  ['sinus_bradycardia', '426177001', '窦性心动过缓', 'Sinus bradycardia', 'ཞི་སྒོའི་སྙིང་འཕར་དལ་བ།'],
  ['sinus_tachycardia', '427084000', '窦性心动过速', 'Sinus tachycardia', 'ཞི་སྒོའི་སྙིང་འཕར་མྱུར་བ།'],
  ['sinus_arrhythmia', '427393009', '窦性心律不齐', 'Sinus arrhythmia', 'ཞི་སྒོའི་སྙིང་འཕར་མི་སྙོམས་པ།'],
  ['atrial_fibrillation', '164889003', '心房颤动', 'Atrial fibrillation', 'སྙིང་ཁང་སྟོད་མའི་འདར་འཕར།'],
  ['atrial_flutter', '164890007', '心房扑动', 'Atrial flutter', 'སྙིང་ཁང་སྟོད་མའི་ལྡིང་འཕར།'],
  [
    'supraventricular_tachycardia',
    '426761007',
    '室上性心动过速',
    'Supraventricular tachycardia',
    'སྙིང་ཁང་སྨད་མའི་སྟེང་གི་སྙིང་འཕར་མྱུར་བ།',
  ],
  [
    'ventricular_tachycardia',
    '164895002',
    '室性心动过速',
    'Ventricular tachycardia',
    'སྙིང་ཁང་སྨད་མའི་སྙིང་འཕར་མྱུར་བ།',
  ],
  [
    'ventricular_run',
    '425856008',
    '短阵室性心动过速',
    'Run of ventricular beats',
    'སྙིང་ཁང་སྨད་མའི་སྙིང་འཕར་མུ་མཐུད།',
  ],
  [
    'ventricular_fibrillation',
    '164896001',
    '心室颤动',
    'Ventricular fibrillation',
    'སྙིང་ཁང་སྨད་མའི་འདར་འཕར།',
  ],
  ['pause', '5609005', '心搏停顿', 'Pause', 'སྙིང་འཕར་བར་ཆད།'],
  [
    'av_block_first_degree',
    '270492004',
    '一度房室传导阻滞',
    'First-degree AV block',
    'སྟོད་སྨད་བརྒྱུད་འགགས་རིམ་པ་དང་པོ།',
  ],
  [
    'av_block_mobitz_1',
    '54016002',
    '二度I型房室传导阻滞',
    'Second-degree AV block, Mobitz I',
    'སྟོད་སྨད་བརྒྱུད་འགགས་རིམ་པ་གཉིས་པ། རིགས་ I',
  ],
  [
    'av_block_mobitz_2',
    '426183003',
    '二度II型房室传导阻滞',
    'Second-degree AV block, Mobitz II',
    'སྟོད་སྨད་བརྒྱུད་འགགས་རིམ་པ་གཉིས་པ། རིགས་ II',
  ],
  [
    'av_block_third_degree',
    '27885002',
    '三度房室传导阻滞',
    'Third-degree (complete) AV block',
    'སྟོད་སྨད་བརྒྱུད་འགགས་ཆ་ཚང་།',
  ],
  [
    'premature_ventricular_complexes',
    '427172004',
    '室性早搏',
    'Premature ventricular complexes',
    'སྙིང་ཁང་སྨད་མའི་སྔོན་འཕར།',
  ],
  [
    'premature_atrial_complexes',
    '284470004',
    '房性早搏',
    'Premature atrial complexes',
    'སྙིང་ཁང་སྟོད་མའི་སྔོན་འཕར།',
  ],
  [
    'right_bundle_branch_block',
    '713427006',
    '完全性右束支传导阻滞',
    'Complete right bundle branch block',
    'གཡས་ཕྱོགས་སྡོམ་ཡན་ལག་བརྒྱུད་འགགས་ཆ་ཚང་།',
  ],
  [
    'incomplete_right_bundle_branch_block',
    '713426002',
    '不完全性右束支传导阻滞',
    'Incomplete right bundle branch block',
    'གཡས་ཕྱོགས་སྡོམ་ཡན་ལག་བརྒྱུད་འགགས་ཆ་མ་ཚང་བ།',
  ],
  [
    'left_bundle_branch_block',
    '733534002',
    '完全性左束支传导阻滞',
    'Complete left bundle branch block',
    'གཡོན་ཕྱོགས་སྡོམ་ཡན་ལག་བརྒྱུད་འགགས་ཆ་ཚང་།',
  ],
  [
    'incomplete_left_bundle_branch_block',
    '251120003',
    '不完全性左束支传导阻滞',
    'Incomplete left bundle branch block',
    'གཡོན་ཕྱོགས་སྡོམ་ཡན་ལག་བརྒྱུད་འགགས་ཆ་མ་ཚང་བ།',
  ],
  [
    'left_ventricular_hypertrophy',
    '164873001',
    '左心室肥厚',
    'Left ventricular hypertrophy',
    'གཡོན་སྙིང་ཁང་སྨད་མ་རྒྱས་པ།',
  ],
  [
    'left_ventricular_strain',
    '370365005',
    '左心室劳损',
    'Left ventricular strain pattern',
    'གཡོན་སྙིང་ཁང་སྨད་མ་ངལ་བའི་རྣམ་པ།',
  ],
  ['long_qt', '111975006', 'QT间期延长', 'Prolonged QT interval', 'QT བར་དུས་རིང་བ།'],
  ['left_axis_deviation', '39732003', '电轴左偏', 'Left axis deviation', 'གློག་ཐིག་གཡོན་དུ་ཡོ་བ།'],
  ['right_axis_deviation', '47665007', '电轴右偏', 'Right axis deviation', 'གློག་ཐིག་གཡས་སུ་ཡོ་བ།'],
  ['low_qrs_voltage', '251146004', 'QRS低电压', 'Low QRS voltage', 'QRS གློག་ཤུགས་དམའ་བ།'],
  ['paced_rhythm', '10370003', '起搏心律', 'Paced rhythm', 'གློག་སློང་ཡོ་བྱད་ཀྱི་སྙིང་འཕར།'],
  [
    'stemi',
    '401303003',
    '急性ST段抬高型心肌梗死',
    'Acute ST-elevation myocardial infarction',
    'ST དུམ་མཐོ་བའི་སྙིང་ཤ་འགགས་ཤི་དྲག་པོ།',
  ],
  ['st_elevation', '164931005', 'ST段抬高', 'ST elevation', 'ST དུམ་མཐོ་བ།'],
  ['st_depression', '429622005', 'ST段压低', 'ST depression', 'ST དུམ་དམའ་བ།'],
  ['early_repolarization', '428417006', '早期复极', 'Early repolarization', 'སྔ་བའི་གློག་སླར་གསོ།'],
  ['pericarditis_pattern', null, '心包炎样改变', 'Pericarditis pattern', 'སྙིང་ཁུག་ཚ་བའི་རྣམ་པ།'],
  [
    'bradycardia_extreme',
    null,
    '极度心动过缓（<40次/分）',
    'Extreme bradycardia (< 40/min)',
    'སྙིང་འཕར་ཧ་ཅང་དལ་བ། (<40/སྐར་མ)',
  ],
  [
    'tachycardia_extreme',
    null,
    '极度心动过速（>150次/分）',
    'Extreme tachycardia (> 150/min)',
    'སྙིང་འཕར་ཧ་ཅང་མྱུར་བ། (>150/སྐར་མ)',
  ],
  [
    'poor_quality',
    null,
    '信号质量差，请复查导联',
    'Poor signal quality: check the leads',
    'བརྡ་རྟགས་ཀྱི་སྤུས་ཚད་ངན། སྣེ་ཐག་བསྐྱར་ཞིབ་གནང་།',
  ],
];

/** Definitions by code. Every code in {@link statementCodes} has exactly one. */
export const statementCatalogue: Readonly<Record<StatementCode, StatementDefinition>> =
  Object.fromEntries(
    rows.map(([code, snomedCt, zh, en, bo]) => [code, { snomedCt, text: { zh, en, bo } }]),
  ) as Record<StatementCode, StatementDefinition>;
