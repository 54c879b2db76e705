/**
 * Stroke-centre metrics (targets from the Chinese stroke-centre review) and trauma-centre metrics
 * (the dictionary's "Track" list; no national numeric standard, so every target is null until a
 * deployment configures one).
 */
import type { CasePredicate } from './case-predicates.js';
import { commonPredicates } from './case-predicates.js';
import type { IntervalMetric, MetricDefinition } from './metric-types.js';
import { labelText } from './metric-types.js';

const review = 'Chinese stroke-centre review';

function strokeInterval(
  id: string,
  label: IntervalMetric['label'],
  endEvent: string,
  targetMin: number,
  appliesTo?: CasePredicate,
): IntervalMetric {
  return {
    id,
    centre: 'stroke',
    kind: 'interval',
    label,
    startEvent: 'door',
    endEvent,
    targetMin,
    meanTarget: 'le',
    complianceGoal: null,
    appliesTo,
    source: review,
  };
}

/** The stroke metrics, in the dictionary's order. */
export const strokeMetrics: readonly MetricDefinition[] = [
  strokeInterval(
    'st.door_to_physician',
    labelText('进门到医生接诊', 'Door → physician', 'སྨན་ཁང་འབྱོར་ནས་སྨན་པས་ལྟ་བར།'),
    'physician_seen',
    10,
  ),
  strokeInterval(
    'st.door_to_team',
    labelText('进门到卒中小组到达', 'Door → stroke team', 'སྨན་ཁང་འབྱོར་ནས་ཀླད་རྩའི་ཚོགས་ཆུང་འབྱོར་བར།'),
    'stroke_team_arrival',
    15,
  ),
  strokeInterval(
    'st.door_to_ct',
    labelText('进门到CT', 'Door → CT', 'སྨན་ཁང་འབྱོར་ནས་ CT བར།'),
    'ct_start',
    25,
  ),
  strokeInterval(
    'st.door_to_ct_read',
    labelText('进门到CT判读', 'Door → CT read', 'སྨན་ཁང་འབྱོར་ནས་ CT ཀློག་ཚར་བར།'),
    'ct_report',
    45,
  ),
  {
    ...strokeInterval(
      'st.dnt',
      labelText(
        '进门到静脉溶栓',
        'Door → needle (IV thrombolysis)',
        'སྨན་ཁང་འབྱོར་ནས་རྩ་ནང་ཁྲག་གཟེབ་བཞུ་བཅོས་བར།',
      ),
      'lysis_start',
      60,
      { attr: 'ivLysis', in: [true] },
    ),
    source: `${review}: ≤ 60 min (aim ≤ 45); share within 60 min reported, required share to check`,
  },
  strokeInterval(
    'st.dpt',
    labelText('进门到股动脉穿刺', 'Door → groin puncture', 'སྨན་ཁང་འབྱོར་ནས་བརླ་རྩར་ཁབ་འཛུགས་བར།'),
    'puncture',
    90,
    { attr: 'thrombectomy', in: [true] },
  ),
];

function traumaInterval(
  id: string,
  label: IntervalMetric['label'],
  startEvent: string,
  endEvent: string,
  appliesTo?: CasePredicate,
): IntervalMetric {
  return {
    id,
    centre: 'trauma',
    kind: 'interval',
    label,
    startEvent,
    endEvent,
    targetMin: null,
    meanTarget: null,
    complianceGoal: null,
    appliesTo,
    source: 'no national numeric standard; configurable',
  };
}

const issKnown: CasePredicate = { attr: 'iss', gte: 0 };
const iss16: CasePredicate = { attr: 'iss', gte: 16 };

/** The trauma metrics (the dictionary's "Track" list). */
export const traumaMetrics: readonly MetricDefinition[] = [
  traumaInterval(
    'tr.notification_to_arrival',
    labelText('院前预警到到达', 'Pre-hospital notification → arrival', 'སྔོན་བརྡ་ནས་སྨན་ཁང་འབྱོར་བར།'),
    'prehospital_notification',
    'door',
  ),
  {
    ...traumaInterval(
      'tr.door_to_team',
      labelText(
        '进门到启动创伤团队',
        'Door → trauma-team activation',
        'སྨན་ཁང་འབྱོར་ནས་རྨས་སྐྱོན་ཚོགས་ཆུང་སྒུལ་སློང་བར།',
      ),
      'door',
      'trauma_team_activation',
    ),
    // A team activated on the pre-hospital notification was ready on arrival: 0 min, not negative.
    floorAtZero: true,
  },
  traumaInterval(
    'tr.door_to_ct',
    labelText('进门到CT', 'Door → CT', 'སྨན་ཁང་འབྱོར་ནས་ CT བར།'),
    'door',
    'ct_start',
  ),
  traumaInterval(
    'tr.door_to_surgery',
    labelText(
      '失血性休克进门到急诊手术',
      'Door → emergency surgery (haemorrhagic shock)',
      'ཁྲག་ཤོར་ཧ་ལྷོང་གི་སྨན་ཁང་འབྱོར་ནས་གཤག་བཅོས་བར།',
    ),
    'door',
    'surgery_start',
    { attr: 'haemorrhagicShock', in: [true] },
  ),
  traumaInterval(
    'tr.ed_los',
    labelText('急诊滞留时间', 'Emergency-department length of stay', 'ཛ་དྲག་བཅོས་ཁང་དུ་སྡོད་ཡུན།'),
    'door',
    'ed_departure',
  ),
  {
    id: 'tr.iss16_share',
    centre: 'trauma',
    kind: 'ratio',
    label: labelText('ISS≥16患者比例', 'Share with ISS ≥ 16', 'ISS ≥ 16 ཡི་ནད་པའི་བསྡུར་ཚད།'),
    appliesTo: issKnown,
    numerator: iss16,
    targetShare: null,
    targetDirection: 'at_most',
  },
  {
    id: 'tr.iss16_mortality',
    centre: 'trauma',
    kind: 'ratio',
    label: labelText('ISS≥16患者死亡率', 'Mortality with ISS ≥ 16', 'ISS ≥ 16 ཡི་ནད་པའི་འཆི་ཚད།'),
    // Denominator: ISS ≥ 16 with a known outcome (transferred-out cases are left out).
    appliesTo: { all: [iss16, commonPredicates.outcomeKnown] },
    numerator: commonPredicates.died,
    targetShare: null,
    targetDirection: 'at_most',
  },
  {
    id: 'tr.transfer_in_share',
    centre: 'trauma',
    kind: 'ratio',
    label: labelText('转入患者比例', 'Transferred-in share', 'ཕྱི་ནས་སྤོས་ཡོང་བའི་བསྡུར་ཚད།'),
    numerator: { attr: 'arrivalMode', in: ['transfer_in'] },
    targetShare: null,
    targetDirection: 'at_most',
  },
  {
    id: 'tr.transfer_out_share',
    centre: 'trauma',
    kind: 'ratio',
    label: labelText('转出患者比例', 'Transferred-out share', 'ཕྱིར་སྤོས་པའི་བསྡུར་ཚད།'),
    numerator: {
      any: [
        { attr: 'transferOut', in: [true] },
        { attr: 'outcome', in: ['transferred'] },
        { event: 'transfer_out', present: true },
      ],
    },
    targetShare: null,
    targetDirection: 'at_most',
  },
];
