import type { Locale, ReportVersion } from '@gesang/domain';
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { reportStatementText } from './study-findings.js';

/**
 * The signed report: statements, conclusion, reader and time (and why it was amended), with the
 * printable PDF the county hands to the patient or the ambulance.
 */
export function ReportCard({
  studyId,
  report,
  locale,
}: {
  studyId: string;
  report: ReportVersion;
  locale: Locale;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('ecgDesk.study.report')}
      extra={
        <span style={{ display: 'inline-flex', gap: 8, alignItems: 'center' }}>
          {report.version > 1 && (
            <Tag>{t('ecgDesk.study.version', { version: report.version })}</Tag>
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            href={`/api/ecg/studies/${encodeURIComponent(studyId)}/report.pdf`}
            target="_blank"
            data-testid="desk-report-pdf"
          >
            {t('ecgDesk.study.pdf')}
          </Button>
        </span>
      }
      data-testid="desk-report"
      style={{ borderColor: '#52c41a' }}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'statements',
            label: t('ecgDesk.study.statements'),
            children: (
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {report.statements.map((s, i) => (
                  <li key={`${s.code}-${i}`}>{reportStatementText(s, locale)}</li>
                ))}
              </ol>
            ),
          },
          {
            key: 'conclusion',
            label: t('ecgDesk.study.conclusion'),
            children: (
              <Typography.Text
                strong
                style={{ whiteSpace: 'pre-wrap' }}
                data-testid="desk-report-conclusion"
              >
                {report.conclusion}
              </Typography.Text>
            ),
          },
          {
            key: 'reader',
            label: t('ecgDesk.study.reader'),
            children: report.signedBy.displayName,
          },
          {
            key: 'signedAt',
            label: t('ecgDesk.study.signedAt'),
            children: formatDateTime(report.signedAt),
          },
          ...(report.amendmentReason === null
            ? []
            : [
                {
                  key: 'amended',
                  label: t('ecgDesk.study.version', { version: report.version }),
                  children: t('ecgDesk.study.amended', { reason: report.amendmentReason }),
                },
              ]),
        ]}
      />
    </Card>
  );
}
