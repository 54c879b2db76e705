/**
 * The attributes form's fields, read from the domain's `caseAttributesSchema` (so a field added
 * there appears here without a change): a choice among values, yes/no, or a number with its
 * bounds. Each centre lists its own fields first; fields no centre claims are shown to all.
 */
import { caseAttributesSchema, type Centre } from '@gesang/domain';

/** How one attribute is entered. */
export type AttributeField =
  | { key: string; kind: 'choice'; options: readonly string[] }
  | { key: string; kind: 'yes_no' }
  | { key: string; kind: 'number'; min: number | null; max: number | null; integer: boolean };

/** The attributes each centre's platform asks for, in form order. */
const centreFields: Readonly<Record<Centre, readonly string[]>> = {
  chest_pain: [
    'diagnosis',
    'onsetBand',
    'arrivalMode',
    'killipClass',
    'troponinValue',
    'troponinUnit',
    'aspirinDoseMg',
    'p2y12Agent',
    'p2y12DoseMg',
    'reperfusion',
    'lysisAgent',
    'culpritVessel',
    'stentCount',
    'remoteEcgTransmitted',
    'bypassEd',
    'bypassCcu',
    'twoWayTransfer',
    'dischargeDiagnosis',
    'outcome',
  ],
  stroke: ['strokeType', 'arrivalMode', 'ivLysis', 'thrombectomy', 'outcome'],
  trauma: ['iss', 'haemorrhagicShock', 'arrivalMode', 'transferOut', 'outcome'],
  maternal: ['riskColour', 'critical', 'caesareanCategory', 'nearMiss', 'arrivalMode', 'outcome'],
  neonatal: [
    'gestationalAgeWeeks',
    'birthWeightG',
    'critical',
    'arrivalMode',
    'transferOut',
    'outcome',
  ],
};

/** The zod introspection this file needs (zod 4's public accessors). */
interface Introspected {
  unwrap?: () => Introspected;
  def: { type: string };
  options?: readonly unknown[];
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

/**
 * How attribute `key` is entered, from its schema; null for a kind the form cannot show.
 * @example describeAttribute('iss') // { key: 'iss', kind: 'number', min: 0, max: 75, integer: true }
 */
export function describeAttribute(key: string): AttributeField | null {
  const shape = caseAttributesSchema.shape as unknown as Record<string, Introspected | undefined>;
  let schema = shape[key];
  while (schema !== undefined && schema.def.type === 'optional' && schema.unwrap !== undefined) {
    schema = schema.unwrap();
  }
  switch (schema?.def.type) {
    case 'enum':
      return { key, kind: 'choice', options: (schema.options ?? []).map(String) };
    case 'boolean':
      return { key, kind: 'yes_no' };
    case 'number':
      return {
        key,
        kind: 'number',
        min: Number.isFinite(schema.minValue) ? (schema.minValue ?? null) : null,
        max: Number.isFinite(schema.maxValue) ? (schema.maxValue ?? null) : null,
        integer: schema.isInt === true,
      };
    default:
      return null;
  }
}

/**
 * The form's fields for a centre: its own attributes, then any the schema has that no centre
 * lists (a field added to the domain later).
 * @example attributeFields('chest_pain')[0] // { key: 'diagnosis', kind: 'choice', options: ['stemi', …] }
 */
export function attributeFields(centre: Centre): AttributeField[] {
  const claimed = new Set(Object.values(centreFields).flat());
  const unclaimed = Object.keys(caseAttributesSchema.shape).filter((key) => !claimed.has(key));
  return [...centreFields[centre], ...unclaimed]
    .map(describeAttribute)
    .filter((field): field is AttributeField => field !== null);
}

/** A form value of one attribute (null: empty). */
export type AttributeValue = string | number | boolean | null;

/**
 * The changes between the saved attributes and the form: values to set, names to remove.
 * @example attributeChanges({ diagnosis: 'ua' }, { diagnosis: 'stemi', outcome: null })
 * // { set: { diagnosis: 'stemi' }, remove: [] }
 */
export function attributeChanges(
  saved: Readonly<Record<string, unknown>>,
  form: Readonly<Record<string, AttributeValue>>,
): { set: Record<string, AttributeValue>; remove: string[] } {
  const set: Record<string, AttributeValue> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(form)) {
    if (value === null && key in saved) {
      remove.push(key);
    } else if (value !== null && saved[key] !== value) {
      set[key] = value;
    }
  }
  return { set, remove };
}
