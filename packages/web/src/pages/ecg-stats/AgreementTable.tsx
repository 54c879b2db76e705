import type { StatementAgreement } from '@gesang/domain';
import { Table, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { statementText } from '../ecg-reader/report-draft.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { formatShare } from './stats-format.js';

const countCell = (value: number, alarm: boolean): ReactElement => (
  <span className={`gesang-stats-digits${alarm && value > 0 ? ' gesang-stats-warn' : ''}`}>
    {value}
  </span>
);

/**
 * The machine against the reader, per statement, most disagreements first: how often the reader
 * kept the machine's statement, removed it (the machine's false positive) or added one the
 * machine did not say (missed by the machine), and the agreement share. Statement names in the
 * user's language, from the engine's catalogue, as on the reader's screen.
 */
export function AgreementTable({
  statements,
}: {
  statements: readonly StatementAgreement[];
}): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  // On a phone the long headers would push the counts off screen: short ones, explained above.
  const short = useIsPhone() ? 'Short' : '';
  const columns: TableColumnsType<StatementAgreement> = [
    {
      title: t('ecgStats.agreement.statement'),
      dataIndex: 'code',
      fixed: 'left',
      width: short === '' ? 170 : 112,
      render: (code: string) => <span title={code}>{statementText({ code }, locale)}</span>,
    },
    {
      title: t('ecgStats.agreement.agree'),
      dataIndex: 'agree',
      align: 'right',
      render: (value: number) => countCell(value, false),
    },
    {
      title: t(`ecgStats.agreement.machineOnly${short}`),
      dataIndex: 'machineOnly',
      align: 'right',
      render: (value: number) => countCell(value, true),
    },
    {
      title: t(`ecgStats.agreement.readerOnly${short}`),
      dataIndex: 'readerOnly',
      align: 'right',
      render: (value: number) => countCell(value, true),
    },
    {
      title: t('ecgStats.agreement.share'),
      dataIndex: 'agreementShare',
      align: 'right',
      render: (value: number) => <span className="gesang-stats-digits">{formatShare(value)}</span>,
    },
  ];
  return (
    <Table<StatementAgreement>
      size="small"
      bordered
      rowKey="code"
      columns={columns}
      dataSource={[...statements]}
      pagination={statements.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('ecgStats.noAgreement') }}
      onRow={(row) => ({ 'data-testid': `agreement-row-${row.code}` }) as object}
      data-testid="stats-agreement"
    />
  );
}
