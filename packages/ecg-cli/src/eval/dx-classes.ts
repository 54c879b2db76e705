/**
 * The diagnostic classes `eval-dx` scores: for each, when a record is labelled positive
 * (`labels.csv`, see `dx-labels.ts`) and which engine statements count as calling it. Label
 * sources per class: SNOMED CT codes from `shared/data/ecg/labels/dx_mapping_*.csv` (the
 * Challenge scores 59118001/713427006 and 164909002/733534002 as one diagnosis each, and so do
 * we), PTB-XL SCP codes from `scp_statements.csv`, CPSC 2018 class names, LUDB diagnosis text,
 * and the README's MI/ST flags.
 */
import type { StatementCode } from '@gesang/ecg-signal';
import { labelledBy, type RecordLabels } from './dx-labels.js';

/** One scored class. */
export interface DxClass {
  /** Short name for the table (`AF`, `STEMI flag`). */
  name: string;
  /** What a positive label is, in words, with its sources. */
  truth: string;
  /** Statements any one of which counts as the engine calling the class. */
  predicted: readonly StatementCode[];
  /** Whether a record is labelled positive. */
  isLabelled: (labels: RecordLabels) => boolean;
}

/**
 * Every class `eval-dx` scores, in table order.
 * @example
 * DX_CLASSES.map((c) => c.name); // ['AF', 'AFL', '1st AVB', ...]
 */
export const DX_CLASSES: readonly DxClass[] = [
  {
    name: 'AF',
    truth: 'SNOMED 164889003 | SCP AFIB | CPSC AF | LUDB "Atrial fibrillation"',
    predicted: ['atrial_fibrillation'],
    isLabelled: labelledBy({
      snomed: ['164889003'],
      scp: ['AFIB'],
      cpsc: ['AF'],
      text: ['atrial fibrillation'],
    }),
  },
  {
    name: 'AFL',
    truth: 'SNOMED 164890007 | SCP AFLT | LUDB "Atrial flutter"',
    predicted: ['atrial_flutter'],
    isLabelled: labelledBy({ snomed: ['164890007'], scp: ['AFLT'], text: ['atrial flutter'] }),
  },
  {
    name: '1st AVB',
    truth: 'SNOMED 270492004 | SCP 1AVB | CPSC I-AVB | LUDB "I degree AV block"',
    predicted: ['av_block_first_degree'],
    isLabelled: labelledBy({
      snomed: ['270492004'],
      scp: ['1AVB'],
      cpsc: ['I-AVB'],
      text: ['i degree av block'],
    }),
  },
  {
    name: '2nd AVB',
    truth: 'SNOMED 195042002, 54016002, 426183003 | SCP 2AVB | LUDB "II degree AV block"',
    predicted: ['av_block_mobitz_1', 'av_block_mobitz_2'],
    isLabelled: labelledBy({
      snomed: ['195042002', '54016002', '426183003'],
      scp: ['2AVB'],
      text: ['ii degree av'],
    }),
  },
  {
    name: '3rd AVB',
    truth: 'SNOMED 27885002 | SCP 3AVB | LUDB "III degree AV-block"',
    predicted: ['av_block_third_degree'],
    isLabelled: labelledBy({ snomed: ['27885002'], scp: ['3AVB'], text: ['iii degree av'] }),
  },
  {
    name: 'RBBB',
    truth:
      'SNOMED 59118001, 713427006 | SCP CRBBB | CPSC RBBB | LUDB "Complete right bundle branch block"',
    predicted: ['right_bundle_branch_block'],
    isLabelled: labelledBy({
      snomed: ['59118001', '713427006'],
      scp: ['CRBBB'],
      cpsc: ['RBBB'],
      text: ['complete right bundle branch block'],
    }),
  },
  {
    name: 'IRBBB',
    truth: 'SNOMED 713426002 | SCP IRBBB | LUDB "Incomplete right bundle branch block"',
    predicted: ['incomplete_right_bundle_branch_block'],
    isLabelled: labelledBy({
      snomed: ['713426002'],
      scp: ['IRBBB'],
      text: ['incomplete right bundle branch block'],
    }),
  },
  {
    name: 'LBBB',
    truth:
      'SNOMED 164909002, 733534002 | SCP CLBBB | CPSC LBBB | LUDB "Complete left bundle branch block"',
    predicted: ['left_bundle_branch_block'],
    isLabelled: labelledBy({
      snomed: ['164909002', '733534002'],
      scp: ['CLBBB'],
      cpsc: ['LBBB'],
      text: ['complete left bundle branch block'],
    }),
  },
  {
    name: 'STEMI flag',
    truth: 'labels.csv st_elevation = 1',
    predicted: ['stemi'],
    isLabelled: (l) => l.stElevation,
  },
  {
    name: 'ST elevation',
    truth: 'labels.csv st_elevation = 1',
    predicted: ['stemi', 'st_elevation'],
    isLabelled: (l) => l.stElevation,
  },
  {
    name: 'ST any',
    truth: 'labels.csv st_any = 1',
    predicted: [
      'stemi',
      'st_elevation',
      'st_depression',
      'early_repolarization',
      'pericarditis_pattern',
      'left_ventricular_strain',
    ],
    isLabelled: (l) => l.stAny,
  },
  {
    name: 'MI related',
    truth: 'labels.csv mi_related = 1',
    predicted: ['stemi', 'st_depression'],
    isLabelled: (l) => l.miRelated,
  },
];
