import { Card, Col, Collapse, Descriptions, Empty, Row, Tag } from 'antd';
import type { ReactElement, ReactNode } from 'react';

/** One statement as shown: its text and, when known, its code and urgency. */
export interface FindingsStatement {
  text: string;
  code?: string;
  /** Tag colour: critical red, urgent orange, else none. */
  severity?: 'critical' | 'urgent';
}

/** One measurement as shown: a label and a formatted value with its unit. */
export interface FindingsMeasurement {
  key: string;
  label: string;
  value: string;
}

/** A block of findings from one source (the cart, the machine analysis…). */
export interface FindingsGroup {
  key: string;
  title: ReactNode;
  extra?: ReactNode;
  statements?: readonly FindingsStatement[];
  measurements?: readonly FindingsMeasurement[];
  /** Shown when the group has neither statements nor measurements. */
  emptyText: string;
  /** More detail, folded away under its label (e.g. per-lead measurements). */
  details?: { label: string; content: ReactNode };
}

const SEVERITY_COLOR = { critical: 'red', urgent: 'orange' } as const;

/** Statements and measurements beside the tracing, one card per source. */
export function FindingsPanel({ groups }: { groups: readonly FindingsGroup[] }): ReactElement {
  return (
    <Row gutter={[12, 12]} data-testid="ecg-findings">
      {groups.map((group) => {
        const statements = group.statements ?? [];
        const measurements = group.measurements ?? [];
        return (
          <Col key={group.key} xs={24} lg={12}>
            <Card
              size="small"
              title={group.title}
              extra={group.extra}
              data-testid={`ecg-findings-${group.key}`}
            >
              {statements.length === 0 && measurements.length === 0 && !group.details ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={group.emptyText} />
              ) : null}
              {statements.length > 0 && (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {statements.map((s, i) => (
                    <li key={`${s.code ?? ''}-${i}`}>
                      {s.severity ? <Tag color={SEVERITY_COLOR[s.severity]}>{s.text}</Tag> : s.text}
                    </li>
                  ))}
                </ol>
              )}
              {measurements.length > 0 && (
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2 }}
                  style={{ marginTop: statements.length > 0 ? 12 : 0 }}
                  items={measurements.map((m) => ({
                    key: m.key,
                    label: m.label,
                    children: m.value,
                  }))}
                />
              )}
              {group.details !== undefined && (
                <Collapse
                  size="small"
                  ghost
                  items={[
                    { key: 'details', label: group.details.label, children: group.details.content },
                  ]}
                />
              )}
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
