import { RobotOutlined } from '@ant-design/icons';
import type { Study } from '@gesang/domain';
import { Card, Empty, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { evidenceLine, measurementRows } from './machine-findings.js';
import { isStatementCode, statementUrgency } from './statement-search.js';

const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;
const QUALITY_COLOR = { good: 'green', poor: 'orange', unusable: 'red' } as const;
const URGENCY_COLOR = { critical: 'red', urgent: 'orange', routine: undefined } as const;

/**
 * The machine's pre-read, clearly marked as such (not a physician's statement): its measurements,
 * its statements with the evidence each rests on, the signal quality, and what the cart printed.
 */
export function MachinePanel({ study }: { study: Study }): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const analysis = study.analysis;
  const rows = measurementRows(analysis?.measurements ?? null, t);
  const cart = study.record?.cartStatements ?? [];
  return (
    <Card
      size="small"
      className="gesang-reader-machine"
      data-testid="machine-panel"
      title={
        <span>
          <RobotOutlined /> {t('ecgReader.study.machine')}
        </span>
      }
      extra={
        analysis !== null && (
          <Tag color={QUALITY_COLOR[analysis.quality.overall]}>
            {t(`ecgReader.study.quality.${analysis.quality.overall}`)}
          </Tag>
        )
      }
    >
      {rows.length > 0 && (
        <dl className="gesang-reader-measure-grid" data-testid="machine-measurements">
          {rows.map((r) => (
            <div key={r.key}>
              <dt>{r.label}</dt>
              <dd className="gesang-reader-mono">{r.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {analysis === null || analysis.statements.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} />
      ) : (
        <ul className="gesang-reader-machine-list" data-testid="machine-statements">
          {analysis.statements.map((s, i) => {
            const urgency = isStatementCode(s.code) ? statementUrgency(s.code) : 'routine';
            const evidence = evidenceLine(s.evidence);
            return (
              <li key={`${s.code}-${i}`} data-testid={`machine-statement-${s.code}`}>
                <Tag color={URGENCY_COLOR[urgency]} className="gesang-reader-machine-mark">
                  {t('ecgReader.machineMark')}
                </Tag>
                <span lang={locale === 'bo' ? 'bo' : undefined}>{s.text[TEXT_FIELD[locale]]}</span>
                {evidence !== '' && (
                  <Typography.Paragraph
                    type="secondary"
                    className="gesang-reader-evidence"
                    ellipsis={{ rows: 1, expandable: 'collapsible' }}
                  >
                    {evidence}
                  </Typography.Paragraph>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {cart.length > 0 && (
        <div className="gesang-reader-cart">
          <Typography.Text strong>{t('ecgPreview.cartStatements')}</Typography.Text>
          <ul className="gesang-reader-machine-list">
            {cart.map((s, i) => (
              <li key={i}>{s.text}</li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
