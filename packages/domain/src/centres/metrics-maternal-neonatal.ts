/**
 * Critical maternal and neonatal metrics (the dictionary's "Track" lines). Only decision → delivery
 * for a category-1 caesarean (≤ 30 min, check) and reporting a maternal death within 2 days carry
 * a target; every other target is null until configured.
 */
import type { CasePredicate } from './case-predicates.js';
import { commonPredicates } from './case-predicates.js';
import { maternalRiskColours } from './case-attributes.js';
import type { MaternalRiskColour } from './case-attributes.js';
import type { MetricDefinition, RatioMetric } from './metric-types.js';
import { labelText } from './metric-types.js';

const colourNames: Readonly<Record<MaternalRiskColour, [string, string, string]>> = {
  green: ['绿色', 'green', 'ལྗང་ཁུ།'],
  yellow: ['黄色', 'yellow', 'སེར་པོ།'],
  orange: ['橙色', 'orange', 'ལི་ཁྲི།'],
  red: ['红色', 'red', 'དམར་པོ།'],
  purple: ['紫色', 'purple', 'རྒྱ་སྨུག'],
};

function riskShare(colour: MaternalRiskColour): RatioMetric {
  const [zh, en, bo] = colourNames[colour];
  return {
    id: `mat.risk_${colour}_share`,
    centre: 'maternal',
    kind: 'ratio',
    label: labelText(`妊娠风险${zh}比例`, `Pregnancy risk ${en} share`, `སྦྲུམ་ཉེན་${bo}གྱི་བསྡུར་ཚད།`),
    appliesTo: { attr: 'riskColour', in: [...maternalRiskColours] },
    numerator: { attr: 'riskColour', in: [colour] },
    targetShare: null,
    targetDirection: 'at_most',
  };
}

const critical: CasePredicate = { attr: 'critical', in: [true] };

/** The critical-maternal metrics. */
export const maternalMetrics: readonly MetricDefinition[] = [
  ...maternalRiskColours.map(riskShare),
  {
    id: 'mat.transfer_time',
    centre: 'maternal',
    kind: 'interval',
    label: labelText('转诊申请到到达', 'Referral request → arrival', 'སྤོ་འདྲེན་རེ་ཞུ་ནས་འབྱོར་བར།'),
    startEvent: 'referral_request',
    endEvent: 'arrival',
    targetMin: null,
    meanTarget: null,
    complianceGoal: null,
  },
  {
    id: 'mat.decision_to_delivery',
    centre: 'maternal',
    kind: 'interval',
    label: labelText(
      '一类剖宫产决定到娩出',
      'Decision → delivery (category-1 caesarean)',
      'གཤག་བཙའ་རིམ་པ་དང་པོའི་ཐག་གཅོད་ནས་བཙའ་བར།',
    ),
    startEvent: 'decision_to_deliver',
    endEvent: 'delivery',
    targetMin: 30,
    meanTarget: null,
    complianceGoal: null,
    appliesTo: { attr: 'caesareanCategory', in: [1] },
    source: 'common practice ≤ 30 min (check)',
  },
  {
    id: 'mat.death_report',
    centre: 'maternal',
    kind: 'interval',
    label: labelText('孕产妇死亡到上报', 'Maternal death → report', 'སྦྲུམ་མ་འདས་ནས་སྙན་ཞུ་བར།'),
    startEvent: 'death',
    endEvent: 'death_reported',
    targetMin: 2 * 24 * 60,
    meanTarget: null,
    complianceGoal: 1,
    source: 'maternal deaths reported within 2 days',
  },
  {
    id: 'mat.near_miss_share',
    centre: 'maternal',
    kind: 'ratio',
    label: labelText(
      '孕产妇严重不良结局（near miss）比例',
      'Maternal near-miss share',
      'སྦྲུམ་མ་འཆི་ཉེན་ནས་ཐར་བའི་བསྡུར་ཚད།',
    ),
    numerator: { attr: 'nearMiss', in: [true] },
    targetShare: null,
    targetDirection: 'at_most',
  },
  {
    id: 'mat.rescue_success',
    centre: 'maternal',
    kind: 'ratio',
    label: labelText(
      '危重孕产妇抢救成功率',
      'Critical maternal rescue success',
      'ཉེན་ཁ་ཆེ་བའི་སྦྲུམ་མ་སྐྱོབ་ཐུབ་ཚད།',
    ),
    appliesTo: { all: [critical, commonPredicates.outcomeKnown] },
    numerator: commonPredicates.survived,
    targetShare: null,
    targetDirection: 'at_least',
  },
];

/** The critical-neonatal metrics. */
export const neonatalMetrics: readonly MetricDefinition[] = [
  {
    id: 'neo.transfer_time',
    centre: 'neonatal',
    kind: 'interval',
    label: labelText(
      '新生儿转诊申请到到达',
      'Neonatal referral request → arrival',
      'བྱིས་པ་གསར་སྐྱེས་སྤོ་འདྲེན་རེ་ཞུ་ནས་འབྱོར་བར།',
    ),
    startEvent: 'referral_request',
    endEvent: 'arrival',
    targetMin: null,
    meanTarget: null,
    complianceGoal: null,
  },
  {
    id: 'neo.critical_share',
    centre: 'neonatal',
    kind: 'ratio',
    label: labelText(
      '危重新生儿比例',
      'Critical neonates share',
      'ཉེན་ཁ་ཆེ་བའི་བྱིས་པ་གསར་སྐྱེས་ཀྱི་བསྡུར་ཚད།',
    ),
    numerator: critical,
    targetShare: null,
    targetDirection: 'at_most',
  },
  {
    id: 'neo.rescue_success',
    centre: 'neonatal',
    kind: 'ratio',
    label: labelText(
      '危重新生儿抢救成功率',
      'Critical neonate rescue success',
      'ཉེན་ཁ་ཆེ་བའི་བྱིས་པ་གསར་སྐྱེས་སྐྱོབ་ཐུབ་ཚད།',
    ),
    appliesTo: { all: [critical, commonPredicates.outcomeKnown] },
    numerator: commonPredicates.survived,
    targetShare: null,
    targetDirection: 'at_least',
  },
  {
    id: 'neo.mortality',
    centre: 'neonatal',
    kind: 'ratio',
    label: labelText('新生儿死亡率', 'Neonatal mortality', 'བྱིས་པ་གསར་སྐྱེས་ཀྱི་འཆི་ཚད།'),
    appliesTo: commonPredicates.outcomeKnown,
    numerator: commonPredicates.died,
    targetShare: null,
    targetDirection: 'at_most',
  },
];
