import { Table } from 'antd';
import type { ReactElement } from 'react';
import type { LeadMatrix } from './preview-findings.js';

/** Per-lead cart measurements: one row per quantity, one column per lead, scrolling sideways. */
export function LeadMatrixTable({ matrix }: { matrix: LeadMatrix }): ReactElement {
  type Row = LeadMatrix['rows'][number];
  return (
    <Table<Row>
      size="small"
      rowKey="code"
      pagination={false}
      scroll={{ x: 160 + matrix.leads.length * 72 }}
      dataSource={matrix.rows}
      data-testid="ecg-lead-matrix"
      columns={[
        { key: 'code', dataIndex: 'code', fixed: 'left', width: 160 },
        ...matrix.leads.map((lead) => ({
          key: lead,
          title: lead,
          width: 72,
          align: 'right' as const,
          render: (_: unknown, row: Row) => row.values[lead] ?? '',
        })),
      ]}
    />
  );
}
