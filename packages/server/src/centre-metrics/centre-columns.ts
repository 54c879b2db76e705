import { centreEventLabels, centreEvents, type Centre } from '@gesang/domain';
import { chestPainColumns } from './chest-pain-columns.js';
import {
  attributeColumn,
  eventColumn,
  leadingColumns,
  trailingColumns,
  type ExportColumn,
} from './export-row.js';

/** Attributes each other centre's export lists, with their column names. */
const centreAttributes: Readonly<
  Record<Exclude<Centre, 'chest_pain'>, [string, string, string][]>
> = {
  stroke: [
    ['strokeType', '卒中类型', 'Stroke type'],
    ['ivLysis', '静脉溶栓', 'IV thrombolysis'],
    ['thrombectomy', '血管内取栓', 'Thrombectomy'],
  ],
  trauma: [
    ['iss', 'ISS评分', 'Injury Severity Score'],
    ['haemorrhagicShock', '失血性休克', 'Haemorrhagic shock'],
    ['transferOut', '转出', 'Transferred out'],
  ],
  maternal: [
    ['riskColour', '妊娠风险分级', 'Pregnancy risk colour'],
    ['critical', '危重', 'Critical'],
    ['caesareanCategory', '剖宫产紧急程度', 'Caesarean category'],
    ['nearMiss', '危重症孕产妇(near miss)', 'Near miss'],
  ],
  neonatal: [
    ['gestationalAgeWeeks', '胎龄(周)', 'Gestational age (weeks)'],
    ['birthWeightG', '出生体重(g)', 'Birth weight (g)'],
    ['critical', '危重', 'Critical'],
    ['transferOut', '转出', 'Transferred out'],
  ],
};

/**
 * The export columns of a centre: chest pain in the national platform's order; the other centres
 * (no national export format) the patient, every event of the centre's catalogue in case order,
 * the centre's attributes, arrival mode and outcome.
 * @example exportColumns('stroke').map((c) => c.key) // ['caseId', …, 'door', …, 'outcome', 'flags', 'demo']
 */
export function exportColumns(centre: Centre): readonly ExportColumn[] {
  if (centre === 'chest_pain') {
    return chestPainColumns;
  }
  const labels = centreEventLabels[centre] as Readonly<Record<string, { zh: string; en: string }>>;
  return [
    ...leadingColumns,
    ...(centreEvents[centre] as readonly string[]).map((e) =>
      eventColumn(e, labels[e]?.zh ?? e, labels[e]?.en ?? e),
    ),
    ...centreAttributes[centre].map(([key, zh, en]) => attributeColumn(key, zh, en)),
    attributeColumn('arrivalMode', '来院方式', 'Arrival mode'),
    attributeColumn('outcome', '转归', 'Outcome'),
    ...trailingColumns,
  ];
}
