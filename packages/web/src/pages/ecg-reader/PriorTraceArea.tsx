import { DiffOutlined } from '@ant-design/icons';
import type { Study } from '@gesang/domain';
import { Badge, Button, Typography } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PriorCompare } from './PriorCompare.js';
import { whenText } from './prior-text.js';
import type { PriorCompareState } from './use-prior-compare.js';
import './prior.css';

/** Props of {@link PriorTraceArea}. */
export interface PriorTraceAreaProps {
  study: Study;
  state: PriorCompareState;
  onHelp: () => void;
  /** The study's own tracing, shown while nothing is compared. */
  children: ReactNode;
}

/**
 * The tracing column of the study page: the study's own tracing with, above it, a line saying
 * the patient has earlier ECGs (how many, the newest's date and conclusion, and Compare — P);
 * or, while comparing, the side-by-side view of this ECG and the chosen earlier one.
 */
export function PriorTraceArea({
  study,
  state,
  onHelp,
  children,
}: PriorTraceAreaProps): ReactElement {
  const { t } = useTranslation();
  const items = state.prior?.items ?? [];
  if (state.comparingId !== null) {
    return (
      <PriorCompare
        study={study}
        priors={items}
        priorId={state.comparingId}
        onPick={state.compare}
        onClose={() => state.compare(null)}
        onHelp={onHelp}
      />
    );
  }
  const newest = items[0];
  return (
    <>
      {newest !== undefined && (
        <div className="gesang-prior-bar" data-testid="prior-bar">
          <Typography.Text strong>
            {t('ecgPatient.prior.title')}{' '}
            <Badge count={items.length} color="#13508b" data-testid="prior-bar-count" />
          </Typography.Text>
          <Typography.Text type="secondary" ellipsis className="gesang-reader-grow">
            {whenText(newest, t)}
            {newest.report === null ? '' : ` · ${newest.report.conclusion}`}
          </Typography.Text>
          <Button
            size="small"
            type="primary"
            ghost
            icon={<DiffOutlined />}
            onClick={() => state.compare(newest.id)}
            data-testid="prior-bar-compare"
          >
            {t('ecgPatient.prior.compare')} <span className="gesang-reader-keycap">P</span>
          </Button>
        </div>
      )}
      {children}
    </>
  );
}
