import { DownloadOutlined, FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { localize, type Centre } from '@gesang/domain';
import { App, Button, Select } from 'antd';
import dayjs from 'dayjs';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { caseExportUrl, qualityReportUrl } from '../../api/centre-metrics.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { useSignedInSession } from '../../session/session-context.js';
import { downloadFile } from './download-file.js';

/** Props of {@link ExportButtons}. */
export interface ExportButtonsProps {
  centre: Centre;
  from: string;
  to: string;
  orgId: string | undefined;
  /** The hospital the monthly report covers (the chosen one, else the acting one). */
  reportOrgName: string | undefined;
  /** Demo or real, as the dashboards show now. */
  demo: boolean;
  /** The months of the period, oldest first (the report's choices). */
  months: readonly string[];
}

/**
 * Downloads of what the dashboards show: the centre's cases as CSV or Excel (the national
 * platform's field order, headers in Chinese, or English for an English UI) and one month's
 * quality report as a PDF.
 */
export function ExportButtons(props: ExportButtonsProps): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const session = useSignedInSession();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  // By default the last complete month of the period (a month still running is no result yet).
  const complete = dayjs(props.to).endOf('month').format('YYYY-MM-DD') === props.to;
  const lastComplete = complete
    ? props.months.at(-1)
    : (props.months.at(-2) ?? props.months.at(-1));
  const chosenMonth = month !== undefined && props.months.includes(month) ? month : lastComplete;

  const lang = currentLocale() === 'en' ? 'en' : 'zh';
  const query = {
    centre: props.centre,
    from: props.from,
    to: props.to,
    orgId: props.orgId,
    demo: props.demo,
  };
  const acting = session.memberships.find((m) => m.orgId === session.activeOrgId);
  const reportOrg =
    props.reportOrgName ?? (acting === undefined ? '' : localize(acting.orgName, currentLocale()));

  const run = (key: string, url: string, fallback: string): void => {
    setBusy(key);
    downloadFile(url, fallback)
      .catch((error: unknown) => message.error(errorText(error)))
      .finally(() => setBusy(null));
  };

  return (
    <div className="gesang-cm-exports" data-testid="centre-metrics-exports">
      <Button
        icon={<DownloadOutlined />}
        loading={busy === 'csv'}
        onClick={() => run('csv', caseExportUrl('csv', { ...query, lang }), 'cases.csv')}
        data-testid="centre-metrics-csv"
      >
        {t('centreMetrics.csv')}
      </Button>
      <Button
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        onClick={() => run('xlsx', caseExportUrl('xlsx', { ...query, lang }), 'cases.xlsx')}
        data-testid="centre-metrics-xlsx"
      >
        {t('centreMetrics.xlsx')}
      </Button>
      <span className="gesang-cm-report">
        <Select<string>
          value={chosenMonth}
          aria-label={t('centreMetrics.pdfMonth')}
          options={[...props.months].reverse().map((m) => ({ value: m, label: m }))}
          onChange={setMonth}
          className="gesang-cm-report-month"
          data-testid="centre-metrics-pdf-month"
        />
        <Button
          icon={<FilePdfOutlined />}
          disabled={chosenMonth === undefined}
          loading={busy === 'pdf'}
          title={t('centreMetrics.pdfOrgHint', { org: reportOrg })}
          onClick={() =>
            chosenMonth !== undefined &&
            run(
              'pdf',
              qualityReportUrl({
                centre: props.centre,
                month: chosenMonth,
                orgId: props.orgId,
                demo: props.demo,
              }),
              'report.pdf',
            )
          }
          data-testid="centre-metrics-pdf"
        >
          {t('centreMetrics.pdf')}
        </Button>
      </span>
    </div>
  );
}
