/**
 * `assessStemi`: ST-elevation myocardial infarction by the Fourth Universal Definition of MI
 * (Thygesen K et al. 2018, Circulation 138:e618–e651), with mimics flagged rather than called.
 * Steps: thresholds by sex and age (`thresholds.ts`) → ST at J per lead with a plausibility guard
 * (`st-levels.ts`) → with complete LBBB or ventricular pacing, the Smith-modified Sgarbossa rule
 * decides (`sgarbossa.ts`); otherwise → V1–V3 elevation explained by LVH taken out
 * (`lvh-discordance.ts`) → contiguous pairs and territories (`contiguity.ts`) plus the posterior
 * equivalent (`posterior.ts`) → reciprocal depression → early repolarisation and pericarditis
 * (`early-repolarisation.ts`, `pericarditis.ts`). A mimic that explains the elevation withholds
 * the call; `criteriaMet` still says the voltage criteria were met, for the over-read.
 * Departures: "new" elevation cannot be judged from one ECG (stated in `notes`); the ST level is
 * relative to the PR segment, as `measureEcg` measures it.
 */
import { assessMorphology, pacedChambers } from '../morphology/assess-morphology.js';
import { measured, type Evidence, type Finding } from '../morphology/types.js';
import type { Measurements } from '../measurements/types.js';
import {
  contiguousPairs,
  leadTerritory,
  reciprocalCandidates,
  territoriesOf,
  TERRITORY_ORDER,
} from './contiguity.js';
import { earlyRepolarisation } from './early-repolarisation.js';
import { lvhDiscordance } from './lvh-discordance.js';
import { pericarditis } from './pericarditis.js';
import { posteriorEquivalent } from './posterior.js';
import { sgarbossa } from './sgarbossa.js';
import { readStLevels, type LeadStLevel } from './st-levels.js';
import { udmiThresholds } from './thresholds.js';
import type { Mimic, StemiAssessment, StemiContext } from './types.js';

const NOTE_NEW =
  'The definition asks for new ST elevation; one ECG cannot show that it is new: compare with a previous ECG when there is one.';

const NOTE_WIDE =
  'QRS ≥ 120 ms without LBBB or ventricular pacing: the voltage criteria are applied as they stand, but ST changes secondary to the conduction defect (discordant to deep S waves) can meet them: over-read.';

/**
 * Assesses a resting 12-lead ECG for ST-elevation myocardial infarction.
 * @param m - measurements from `measureEcg`
 * @param context - sex and age (thresholds), pacemaker-spike detection and morphology findings
 *   when already computed (otherwise the findings are computed here)
 * @returns the call, territories, leads, thresholds used, mimics and evidence
 * @example
 * const result = assessStemi(m, { sex: 'male', ageYears: 58 });
 * result.stemi; // true
 * result.territories; // ['inferior']
 * result.reciprocalLeads; // ['aVL']
 */
export function assessStemi(m: Measurements, context: StemiContext = {}): StemiAssessment {
  const thresholdsUsed = udmiThresholds(context);
  const { levels, unassessable } = readStLevels(m, thresholdsUsed);
  const findings = context.findings ?? assessMorphology(m, context, { pacing: context.pacing });
  const evidence: Evidence[] = levels.map((l) =>
    Number.isFinite(l.thresholdUv)
      ? measured('ST at J', [l.lead], l.stJUv, 'uV', { comparison: '>=', value: l.thresholdUv })
      : measured('ST at J', [l.lead], l.stJUv, 'uV'),
  );
  const notes = [NOTE_NEW];
  const base = { thresholdsUsed, unassessableLeads: unassessable, notes };
  const paced = context.pacing !== undefined && pacedChambers(context.pacing).ventricular;
  const lbbb = findings.find((f) => f.code === 'completeLbbb');
  if (paced || lbbb !== undefined) {
    return {
      ...base,
      ...blockedConduction(
        m,
        levels,
        paced ? 'pacedRhythm' : 'leftBundleBranchBlock',
        lbbb,
        evidence,
      ),
    };
  }
  if (m.qrsDurationMs >= 120) {
    notes.push(NOTE_WIDE);
  }
  const elevated = levels.filter((l) => l.elevated);
  const lvh = lvhDiscordance(m, elevated, findings);
  const counted = new Set(
    elevated.map((l) => l.lead).filter((lead) => !lvh.explained.includes(lead)),
  );
  const pairs = contiguousPairs(counted);
  const conductionDefect =
    m.qrsDurationMs >= 120 ||
    findings.some((f) => f.code === 'completeRbbb' || f.code === 'incompleteRbbb');
  const posterior = posteriorEquivalent(m, levels, conductionDefect);
  evidence.push(...posterior.evidence);
  const territories = territoriesOf(pairs, posterior.found ? ['posterior'] : []);
  const criteriaMet = territories.length > 0;
  const inPairs = [...new Set(pairs.flatMap((p) => p.leads))];
  const reciprocalLeads = reciprocalCandidates(territories, counted).filter(
    (lead) => levels.find((l) => l.lead === lead)?.depressed === true,
  );
  const mimics: Mimic[] = [];
  if (lvh.mimic !== null && lvh.explained.length > 0) {
    const withoutLvh = contiguousPairs(new Set(elevated.map((l) => l.lead)));
    mimics.push({ ...lvh.mimic, explainsElevation: withoutLvh.length > 0 && !criteriaMet });
  }
  if (pairs.length > 0 && !posterior.found) {
    const benign = [earlyRepolarisation(m, levels, inPairs), pericarditis(m, levels, inPairs)];
    mimics.push(...benign.filter((x) => x !== null));
  }
  return {
    ...base,
    stemi: criteriaMet && !mimics.some((x) => x.explainsElevation),
    criteriaMet,
    method: 'udmi2018',
    territories,
    leadsWithElevation: elevated.map((l) => l.lead),
    contiguousPairs: pairs.map((p) => p.leads),
    reciprocalLeads,
    mimics,
    evidence,
  };
}

/** LBBB or ventricular pacing: the Smith-modified Sgarbossa rule decides. */
function blockedConduction(
  m: Measurements,
  levels: readonly LeadStLevel[],
  kind: 'pacedRhythm' | 'leftBundleBranchBlock',
  lbbb: Finding | undefined,
  evidence: Evidence[],
): Omit<StemiAssessment, 'thresholdsUsed' | 'unassessableLeads' | 'notes'> {
  const s = sgarbossa(m, levels);
  const leads = [...new Set([...s.concordantElevationLeads, ...s.proportionalDiscordantLeads])];
  const found = new Set([...leads, ...s.concordantDepressionLeads].map(leadTerritory));
  const mimic: Mimic = {
    kind,
    explainsElevation: !s.smithModifiedPositive,
    text: `${kind === 'pacedRhythm' ? 'Ventricular paced rhythm' : 'Complete LBBB'}: ST criteria replaced by the Smith-modified Sgarbossa rule (${s.smithModifiedPositive ? 'positive' : 'negative'}; original score ${s.score})`,
    criteria:
      'Sgarbossa et al. 1996 score ≥ 3; Smith et al. 2012 modified rule (ST/S ratio ≥ 0.25) decides',
    evidence: [...(lbbb?.evidence ?? []), ...s.evidence],
  };
  return {
    stemi: s.smithModifiedPositive,
    criteriaMet: s.smithModifiedPositive,
    method: 'smithModifiedSgarbossa',
    territories: TERRITORY_ORDER.filter((t) => found.has(t)),
    leadsWithElevation: leads,
    contiguousPairs: [],
    reciprocalLeads: [],
    mimics: [mimic],
    evidence,
  };
}
