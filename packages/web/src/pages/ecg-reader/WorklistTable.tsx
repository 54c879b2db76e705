import type { StudySummary } from '@gesang/domain';
import { Button, Table, type TableColumnsType } from 'antd';
import { useEffect, useRef, type HTMLAttributes, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { ClaimCell } from './ClaimCell.js';
import { PatientCell } from './PatientCell.js';
import { formatClock, waitedMs } from './sla-clock.js';
import { SlaClock } from './SlaClock.js';
import { TriageTag } from './TriageTag.js';
import { orgNameIn } from './worklist-view.js';

/** Props of {@link WorklistTable}. */
export interface WorklistTableProps {
  items: readonly StudySummary[];
  loading: boolean;
  nowMs: number;
  userId: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Claim (or continue) and open. */
  onClaimOpen: (id: string) => void;
}

const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/**
 * The desktop worklist: one dense row per study in the server's order (triage, then waiting),
 * the selected row outlined and kept in view as j/k move it, a double click claiming it.
 */
export function WorklistTable(props: WorklistTableProps): ReactElement {
  const { items, loading, nowMs, userId, selectedId, onSelect, onClaimOpen } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const wrapper = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId !== null) {
      wrapper.current
        ?.querySelector(`[data-row-key="${CSS.escape(selectedId)}"]`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }, [selectedId]);

  const columns: TableColumnsType<StudySummary> = [
    {
      key: 'triage',
      title: t('ecgReader.columns.triage'),
      width: 84,
      render: (_, s) => <TriageTag level={s.triage?.level ?? null} />,
    },
    {
      key: 'due',
      title: t('ecgReader.columns.due'),
      width: 150,
      render: (_, s) => <SlaClock slaDueAt={s.slaDueAt} nowMs={nowMs} />,
    },
    {
      key: 'waited',
      title: t('ecgReader.columns.waited'),
      width: 96,
      render: (_, s) => (
        <span className="gesang-reader-mono">{formatClock(waitedMs(s.receivedAt, nowMs))}</span>
      ),
    },
    {
      key: 'patient',
      title: t('ecgReader.columns.patient'),
      render: (_, s) => <PatientCell patient={s.filePatient} />,
    },
    {
      key: 'findings',
      title: t('ecgReader.columns.findings'),
      render: (_, s) => (
        <span className="gesang-reader-findings">
          {(s.triage?.reasons ?? []).map((r) => r.text[TEXT_FIELD[locale]]).join(' · ')}
        </span>
      ),
    },
    {
      key: 'county',
      title: t('ecgReader.columns.county'),
      render: (_, s) => orgNameIn(s.orgName, locale),
    },
    {
      key: 'claimedBy',
      title: t('ecgReader.columns.claimedBy'),
      width: 150,
      render: (_, s) => <ClaimCell study={s} userId={userId} />,
    },
    {
      key: 'action',
      title: t('common.actions'),
      width: 120,
      render: (_, s) => {
        const free = s.claimedBy === null;
        const mine = s.claimedBy?.id === userId;
        return (
          <Button
            size="small"
            type={free || mine ? 'primary' : 'default'}
            onClick={(event) => {
              event.stopPropagation();
              onClaimOpen(s.id);
            }}
            data-testid={`worklist-claim-${s.id}`}
          >
            {free ? t('ecgReader.claim') : mine ? t('ecgReader.continue') : t('ecgReader.open')}
          </Button>
        );
      },
    },
  ];

  return (
    <div ref={wrapper}>
      <Table<StudySummary>
        data-testid="worklist-table"
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        sticky
        dataSource={[...items]}
        columns={columns}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('ecgReader.empty') }}
        rowClassName={(s) =>
          [
            'gesang-reader-row',
            `gesang-reader-row-${s.triage?.level ?? 'routine'}`,
            s.claimedBy === null ? 'gesang-reader-row-free' : '',
            s.id === selectedId ? 'gesang-reader-row-selected' : '',
          ].join(' ')
        }
        onRow={(s) =>
          ({
            onClick: () => onSelect(s.id),
            onDoubleClick: () => onClaimOpen(s.id),
            'data-testid': `worklist-row-${s.id}`,
            'aria-selected': s.id === selectedId,
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
