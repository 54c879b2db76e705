import type { DurationPercentiles, SlaFigures } from '@gesang/domain';
import { Table, type TableColumnsType } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { formatDurationS, formatShare, shareTone } from './stats-format.js';

/** One row: a group's figures, its key and how its name is shown. */
export type SlaGroupRow = SlaFigures & { key: string; label: ReactNode };

/** Props of {@link SlaGroupTable}. */
export interface SlaGroupTableProps {
  rows: readonly SlaGroupRow[];
  /** Header of the first column (county, reader or month). */
  groupTitle: string;
  /** The critical SLA, minutes. */
  minutes: number;
  /** The goal share, 0–1. */
  goal: number;
  testId: string;
}

const digits = (text: string | number): ReactElement => (
  <span className="gesang-stats-digits">{text}</span>
);

/**
 * One grouping of the statistics as a table: studies, critical studies and the share signed in
 * time (coloured against the goal, with its count), median / P90 / P99 of time to claim and to
 * sign, and breaches by cause. The first column stays in view when the table scrolls sideways
 * (phones).
 */
export function SlaGroupTable(props: SlaGroupTableProps): ReactElement {
  const { rows, groupTitle, minutes, goal, testId } = props;
  const { t } = useTranslation();
  const isPhone = useIsPhone();

  const percentiles = (
    title: string,
    pick: (row: SlaGroupRow) => DurationPercentiles,
  ): TableColumnsType<SlaGroupRow>[number] => ({
    title: `${title} (${t('ecgStats.clockHint')})`,
    children: (['medianS', 'p90S', 'p99S'] as const).map((field) => ({
      title: field === 'medianS' ? t('ecgStats.medianLabel') : field === 'p90S' ? 'P90' : 'P99',
      key: `${title}-${field}`,
      align: 'right' as const,
      render: (_: unknown, row: SlaGroupRow) => digits(formatDurationS(pick(row)[field])),
    })),
  });

  const columns: TableColumnsType<SlaGroupRow> = [
    {
      title: groupTitle,
      dataIndex: 'label',
      key: 'label',
      fixed: 'left',
      width: isPhone ? 104 : 150,
    },
    {
      title: t('ecgStats.columns.studies'),
      dataIndex: 'studies',
      align: 'right',
      render: (value: number) => digits(value),
    },
    {
      title: t('ecgStats.columns.critical'),
      dataIndex: 'critical',
      align: 'right',
      render: (value: number) => digits(value),
    },
    {
      title: t('ecgStats.columns.criticalShare', { minutes }),
      key: 'share',
      align: 'right',
      render: (_, row) => (
        <span
          className={`gesang-stats-share gesang-stats-${shareTone(row.criticalWithinSlaShare, goal)}`}
        >
          {digits(formatShare(row.criticalWithinSlaShare))}
          {row.criticalJudged > 0 && (
            <span className="gesang-stats-count">
              {' '}
              ({row.criticalWithinSla}/{row.criticalJudged})
            </span>
          )}
        </span>
      ),
    },
    percentiles(t('ecgStats.timeToClaim'), (row) => row.timeToClaim),
    percentiles(t('ecgStats.timeToSign'), (row) => row.timeToSign),
    {
      title: t('ecgStats.columns.breaches'),
      children: [
        {
          title: t('ecgStats.columns.unclaimed'),
          key: 'unclaimed',
          align: 'right',
          render: (_, row) => breachCell(row.breaches.unclaimed),
        },
        {
          title: t('ecgStats.columns.claimedNotSigned'),
          key: 'claimedNotSigned',
          align: 'right',
          render: (_, row) => breachCell(row.breaches.claimedNotSigned),
        },
      ],
    },
  ];

  return (
    <Table<SlaGroupRow>
      size="small"
      bordered
      rowKey="key"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      // A fixed minimum width, not max-content: headers wrap (long in Tibetan) and the table
      // scrolls sideways only on screens narrower than that.
      scroll={{ x: 980 }}
      locale={{ emptyText: t('ecgStats.empty') }}
      data-testid={testId}
    />
  );
}

function breachCell(count: number): ReactElement {
  return <span className={count > 0 ? 'gesang-stats-alarm' : undefined}>{digits(count)}</span>;
}
