import type { PriorStudy, Study } from '@gesang/domain';
import { Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { measurementText, whenText } from './prior-text.js';
import { scriptLang } from './patient-text.js';
import { TriageTag } from './TriageTag.js';
import { orgNameIn } from './worklist-view.js';

/** Props of {@link PriorHeading}: this ECG, or an earlier one. */
export type PriorHeadingProps =
  { kind: 'current'; study: Study } | { kind: 'earlier'; prior: PriorStudy };

/**
 * What heads a paper of the comparison: which ECG (this one in blue, the earlier one in grey),
 * when it was taken, its triage, and its signed conclusion; for the earlier one also where it
 * was taken and the engine's main measurements, so a change is seen at a glance.
 */
export function PriorHeading(props: PriorHeadingProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const item =
    props.kind === 'current'
      ? {
          acquisitionTime: props.study.record?.acquisitionTime ?? null,
          receivedAt: props.study.receivedAt,
          triage: props.study.triage,
          conclusion: props.study.report?.conclusion ?? null,
          org: null,
          measurements: props.study.analysis?.measurements ?? null,
        }
      : {
          ...props.prior,
          conclusion: props.prior.report?.conclusion ?? null,
          org: orgNameIn(props.prior.orgName, locale),
        };
  const measured = measurementText(item.measurements, t);
  return (
    <div className="gesang-prior-heading" data-kind={props.kind}>
      <div className="gesang-reader-study-line">
        <Tag color={props.kind === 'current' ? 'blue' : 'default'}>
          {t(props.kind === 'current' ? 'ecgPatient.prior.current' : 'ecgPatient.prior.earlier')}
        </Tag>
        <Typography.Text strong>{whenText(item, t)}</Typography.Text>
        {item.org !== null && (
          <Typography.Text type="secondary" lang={scriptLang(item.org)}>
            {item.org}
          </Typography.Text>
        )}
        <TriageTag level={item.triage?.level ?? null} />
      </div>
      {measured !== '' && (
        <Typography.Text type="secondary" data-testid={`prior-heading-measurements-${props.kind}`}>
          {measured}
        </Typography.Text>
      )}
      <div data-testid={`prior-heading-conclusion-${props.kind}`}>
        {item.conclusion === null ? (
          <Typography.Text type="secondary">{t('ecgPatient.prior.notSigned')}</Typography.Text>
        ) : (
          <Typography.Text>
            <Typography.Text type="secondary">{t('ecgPatient.prior.conclusion')} </Typography.Text>
            {item.conclusion}
          </Typography.Text>
        )}
      </div>
    </div>
  );
}
