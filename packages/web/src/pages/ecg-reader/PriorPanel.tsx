import { DiffOutlined } from '@ant-design/icons';
import type { PriorStudies } from '@gesang/domain';
import { Badge, Button, Card, Empty, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientName } from '../patients/PatientName.js';
import { PriorHeading } from './PriorHeading.js';
import './prior.css';

/** Props of {@link PriorPanel}. */
export interface PriorPanelProps {
  prior: PriorStudies | null;
  /** The earlier ECG open in the comparison, if any. */
  comparingId: string | null;
  onCompare: (priorId: string) => void;
}

/**
 * "Earlier ECGs" beside the report: the registered patient the study belongs to and every
 * earlier ECG of theirs the reader may see, newest first (count in the title), each with when,
 * where, triage, measurements and signed conclusion, and a button to compare it side by side.
 */
export function PriorPanel({ prior, comparingId, onCompare }: PriorPanelProps): ReactElement {
  const { t } = useTranslation();
  const items = prior?.items ?? [];
  return (
    <Card
      size="small"
      className="gesang-prior-panel"
      data-testid="prior-panel"
      data-count={items.length}
      title={
        <span>
          {t('ecgPatient.prior.title')}{' '}
          <Badge
            count={items.length}
            showZero
            color={items.length > 0 ? '#13508b' : '#bfbfbf'}
            data-testid="prior-count"
          />
        </span>
      }
    >
      {prior?.patient != null && (
        <div className="gesang-prior-patient">
          <PatientName patient={prior.patient} />
        </div>
      )}
      {prior !== null && items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(
            prior.patient === null ? 'ecgPatient.prior.noPatient' : 'ecgPatient.prior.none',
          )}
        />
      )}
      <ol className="gesang-prior-list">
        {items.map((p) => (
          <li key={p.id} data-testid={`prior-item-${p.id}`} aria-current={p.id === comparingId}>
            <PriorHeading kind="earlier" prior={p} />
            <Button
              size="small"
              type={p.id === comparingId ? 'primary' : 'default'}
              icon={<DiffOutlined />}
              onClick={() => onCompare(p.id)}
              data-testid={`prior-compare-${p.id}`}
            >
              {t('ecgPatient.prior.compare')}
            </Button>
          </li>
        ))}
      </ol>
      {items.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('ecgPatient.prior.key')} <span className="gesang-reader-keycap">P</span>
        </Typography.Text>
      )}
    </Card>
  );
}
