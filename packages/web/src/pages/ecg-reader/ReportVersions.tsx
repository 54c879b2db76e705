import type { ReportVersion } from '@gesang/domain';
import { Card, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';
import { freeTextCode, statementText } from './report-draft.js';

/**
 * Every signed version of the report, newest first: who signed it and when, why it was amended,
 * its statements and conclusion. Versions are never changed; an amendment adds one.
 */
export function ReportVersions({ versions }: { versions: readonly ReportVersion[] }): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="gesang-reader-versions" data-testid="report-versions">
      {versions.map((v, i) => (
        <Card
          key={v.version}
          size="small"
          className={i === 0 ? 'gesang-reader-version-current' : 'gesang-reader-version-old'}
          data-testid={`report-version-${v.version}`}
          title={
            <span>
              {t('ecgReader.report.version', { version: v.version })}{' '}
              {i === 0 ? (
                <Tag color="green">{t('ecgReader.report.current')}</Tag>
              ) : (
                <Tag>{t('ecgReader.report.superseded')}</Tag>
              )}
            </span>
          }
        >
          <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
            {t('ecgReader.report.signedBy', {
              name: v.signedBy.displayName,
              time: formatDateTime(v.signedAt),
            })}
          </Typography.Paragraph>
          {v.amendmentReason !== null && (
            <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
              {t('ecgReader.report.amendmentReason', { reason: v.amendmentReason })}
            </Typography.Paragraph>
          )}
          <ol className="gesang-reader-statements">
            {v.statements.map((s, j) => (
              <li key={j} className="gesang-reader-statement">
                <span className="gesang-reader-statement-index">{j + 1}.</span>
                <div className="gesang-reader-statement-body">
                  {s.code === freeTextCode && <Tag>{t('ecgReader.report.freeText')}</Tag>}
                  <span>{statementText(s, locale)}</span>
                  {s.code !== freeTextCode && (
                    <span className="gesang-reader-option-code">{s.code}</span>
                  )}
                </div>
              </li>
            ))}
          </ol>
          <Typography.Paragraph strong style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
            {t('ecgReader.report.conclusion')}: {v.conclusion}
          </Typography.Paragraph>
        </Card>
      ))}
    </div>
  );
}
