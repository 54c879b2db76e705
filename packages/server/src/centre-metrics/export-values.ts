/**
 * Chinese and English names of the coded values an export writes (the national chest-pain
 * platform's wording in Chinese), and the time format of its date fields.
 */

/** A label in the two export languages. */
export type ExportLang = 'zh' | 'en';

type Names = Readonly<Record<string, readonly [zh: string, en: string]>>;

const diagnoses: Names = {
  stemi: ['STEMI', 'STEMI'],
  nstemi: ['NSTEMI', 'NSTEMI'],
  ua: ['UA', 'unstable angina'],
  aortic_dissection: ['主动脉夹层', 'aortic dissection'],
  pulmonary_embolism: ['肺动脉栓塞', 'pulmonary embolism'],
  other: ['其他', 'other'],
};

/** Names of each coded attribute's values, by attribute key. */
const valueNames: Readonly<Record<string, Names>> = {
  sex: {
    male: ['男', 'male'],
    female: ['女', 'female'],
    other: ['其他', 'other'],
    unknown: ['未知', 'unknown'],
  },
  arrivalMode: {
    ambulance_120: ['呼叫120', 'ambulance (120)'],
    self: ['自行来院', 'self-presenting'],
    transfer_in: ['转院', 'transfer from another hospital'],
    in_hospital: ['院内发病', 'in-hospital onset'],
  },
  diagnosis: diagnoses,
  dischargeDiagnosis: diagnoses,
  reperfusion: {
    primary_pci: ['直接PCI', 'primary PCI'],
    lysis: ['溶栓', 'thrombolysis'],
    transfer_for_pci: ['转运PCI', 'transfer for PCI'],
    none: ['未再灌注', 'none'],
  },
  outcome: {
    survived: ['出院', 'discharged alive'],
    died: ['死亡', 'died'],
    transferred: ['转院', 'transferred'],
  },
  onsetBand: {
    lt_2h: ['<2小时', '< 2 h'],
    '2_6h': ['2–6小时', '2–6 h'],
    '6_12h': ['6–12小时', '6–12 h'],
    '12_24h': ['12–24小时', '12–24 h'],
    gt_24h: ['>24小时', '> 24 h'],
  },
  troponinUnit: {
    ng_l: ['ng/L', 'ng/L'],
    ng_ml: ['ng/mL', 'ng/mL'],
    ug_l: ['μg/L', 'µg/L'],
    pg_ml: ['pg/mL', 'pg/mL'],
  },
  p2y12Agent: { clopidogrel: ['氯吡格雷', 'clopidogrel'], ticagrelor: ['替格瑞洛', 'ticagrelor'] },
  lysisAgent: {
    alteplase: ['阿替普酶', 'alteplase'],
    reteplase: ['瑞替普酶', 'reteplase'],
    tenecteplase: ['替奈普酶', 'tenecteplase'],
    urokinase: ['尿激酶', 'urokinase'],
    prourokinase: ['重组人尿激酶原', 'recombinant prourokinase'],
    other: ['其他', 'other'],
  },
  culpritVessel: {
    lm: ['左主干', 'left main'],
    lad: ['前降支', 'LAD'],
    lcx: ['回旋支', 'LCx'],
    rca: ['右冠状动脉', 'RCA'],
    other: ['其他', 'other'],
  },
  strokeType: {
    ischaemic: ['缺血性', 'ischaemic'],
    haemorrhagic: ['出血性', 'haemorrhagic'],
    tia: ['TIA', 'TIA'],
    other: ['其他', 'other'],
  },
  riskColour: {
    green: ['绿色', 'green'],
    yellow: ['黄色', 'yellow'],
    orange: ['橙色', 'orange'],
    red: ['红色', 'red'],
    purple: ['紫色', 'purple'],
  },
};

/**
 * The name of a coded value in `lang`; booleans as 是/否 (yes/no); numbers and unknown codes as
 * they are; null and undefined as null (an empty cell).
 * @example valueName('arrivalMode', 'ambulance_120', 'zh') // '呼叫120'
 */
export function valueName(key: string, value: unknown, lang: ExportLang): string | number | null {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'boolean') {
    return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  }
  if (typeof value === 'number') {
    return value;
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const names = valueNames[key]?.[text];
  return names === undefined ? text : names[lang === 'zh' ? 0 : 1];
}

const chinaOffsetMs = 8 * 3_600_000;

/**
 * An instant as China Standard Time wall clock, `YYYY-MM-DD HH:mm` (the platform's minute
 * precision).
 * @example chinaDateTime(Date.parse('2025-03-05T00:06:30Z')) // '2025-03-05 08:06'
 */
export function chinaDateTime(ms: number): string {
  return new Date(ms + chinaOffsetMs).toISOString().slice(0, 16).replace('T', ' ');
}
