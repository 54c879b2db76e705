import { Button, Space, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link LeadStrip}. */
export interface LeadStripProps {
  leadNames: readonly string[];
  /** Indices into `leadNames`, in display order. */
  order: readonly number[];
  /** Leads computed from I and II rather than recorded (marked with *). */
  derived: readonly string[];
  /** The zoomed lead, or undefined outside the single-lead zoom. */
  zoomed: number | undefined;
  onZoom: (leadIndex: number) => void;
}

/** One button per lead: the record's leads at a glance, and a tap target to zoom one. */
export function LeadStrip({
  leadNames,
  order,
  derived,
  zoomed,
  onZoom,
}: LeadStripProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Space wrap size={4} data-testid="ecg-lead-strip">
      <Typography.Text type="secondary">{t('ecgViewer.leads')}</Typography.Text>
      {order.map((index) => {
        const name = leadNames[index] ?? '';
        return (
          <Button
            key={index}
            size="small"
            type={zoomed === index ? 'primary' : 'default'}
            aria-label={t('ecgViewer.zoomLead', { lead: name })}
            title={derived.includes(name) ? t('ecgViewer.derived', { leads: name }) : undefined}
            aria-pressed={zoomed === index}
            data-testid={`ecg-lead-${name}`}
            onClick={() => onZoom(index)}
            style={{ minWidth: 40, fontFamily: 'system-ui, sans-serif' }}
          >
            {name}
            {derived.includes(name) ? '*' : ''}
          </Button>
        );
      })}
    </Space>
  );
}
