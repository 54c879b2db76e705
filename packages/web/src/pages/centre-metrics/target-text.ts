/** A metric's targets in words, for cards, tables and charts. */
import type { CentreMetric } from '@gesang/domain';
import type { TFunction } from 'i18next';
import { formatGoal } from './metric-format.js';

/**
 * The targets a metric is judged against, as short phrases (empty when tracked only).
 * @example targetPhrases(fmcToEcg, t) // ['mean < 10 min', '≥ 75% within 10 min']
 */
export function targetPhrases(metric: CentreMetric, t: TFunction): string[] {
  const { targetMin, meanTarget, complianceGoal, targetShare, targetDirection } = metric.targets;
  if (metric.kind === 'ratio') {
    return targetShare === null
      ? []
      : [
          t('centreMetrics.targetShare', {
            op: targetDirection === 'at_most' ? '≤' : '≥',
            share: formatGoal(targetShare),
          }),
        ];
  }
  if (targetMin === null) {
    return [];
  }
  const phrases: string[] = [];
  if (meanTarget !== null) {
    phrases.push(
      t('centreMetrics.targetMean', { op: meanTarget === 'lt' ? '<' : '≤', min: targetMin }),
    );
  }
  if (complianceGoal !== null) {
    phrases.push(
      t('centreMetrics.targetCompliance', { share: formatGoal(complianceGoal), min: targetMin }),
    );
  } else if (meanTarget === null) {
    phrases.push(t('centreMetrics.targetCase', { min: targetMin }));
  }
  return phrases;
}
