import type { StudySummary } from '@gesang/domain';
import { Alert, Card, Empty, Segmented, Table, Typography } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../hooks/use-error-text.js';
import { formatTime } from './format-time.js';
import { receivedToday } from './study-progress.js';
import { filePatientText } from './study-patient.js';
import { StudyStatus } from './StudyStatus.js';

/** Props of {@link StudyListCard}. */
export interface StudyListCardProps {
  studies: readonly StudySummary[];
  loading: boolean;
  error: unknown;
  isPhone: boolean;
  onOpen: (studyId: string) => void;
}

/** File name over the patient the file names. */
function FileCell({ study }: { study: StudySummary }): ReactElement {
  const { t } = useTranslation();
  const patient = filePatientText(study, t);
  return (
    <div style={{ minWidth: 0 }}>
      <Typography.Text strong ellipsis style={{ display: 'block' }}>
        {study.fileName ?? study.id.slice(0, 8)}
      </Typography.Text>
      {patient !== '' && <Typography.Text type="secondary">{patient}</Typography.Text>}
    </div>
  );
}

/**
 * The organisation's ECGs of today (or the recent ones), newest first, each with its live status;
 * a table on a desk, one card per study on a phone. A click opens the study.
 */
export function StudyListCard({
  studies,
  loading,
  error,
  isPhone,
  onOpen,
}: StudyListCardProps): ReactElement {
  const { t } = useTranslation();
  const [range, setRange] = useState<'today' | 'recent'>('today');
  const shown = range === 'today' ? studies.filter((s) => receivedToday(s)) : studies;
  const rowProps = (study: StudySummary): Record<string, string> => ({
    'data-testid': 'desk-study-row',
    'data-study-id': study.id,
    'data-status': study.status,
  });
  const empty = (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ecgDesk.list.empty')} />
  );
  return (
    <Card
      size="small"
      title={t('ecgDesk.list.title')}
      extra={
        <Segmented
          size="small"
          value={range}
          onChange={(v) => setRange(v === 'recent' ? 'recent' : 'today')}
          options={[
            { value: 'today', label: t('ecgDesk.list.today') },
            { value: 'recent', label: t('ecgDesk.list.recent') },
          ]}
        />
      }
      data-testid="desk-studies"
      styles={isPhone ? { body: { padding: 0 } } : {}}
    >
      {error !== null && (
        <Alert type="error" showIcon title={errorText(t, error)} style={{ margin: 8 }} />
      )}
      {isPhone ? (
        shown.length === 0 ? (
          empty
        ) : (
          shown.map((study) => (
            <div
              key={study.id}
              {...rowProps(study)}
              role="button"
              tabIndex={0}
              onClick={() => onOpen(study.id)}
              onKeyDown={(e) => e.key === 'Enter' && onOpen(study.id)}
              style={{ padding: '10px 12px', borderBottom: '1px solid #f0f0f0', cursor: 'pointer' }}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {formatTime(study.receivedAt)}
                </Typography.Text>
                <FileCell study={study} />
              </div>
              <div style={{ marginTop: 4 }}>
                <StudyStatus study={study} />
              </div>
            </div>
          ))
        )
      ) : (
        <Table<StudySummary>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={[...shown]}
          pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          locale={{ emptyText: empty }}
          onRow={(study) => ({
            ...rowProps(study),
            onClick: () => onOpen(study.id),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              key: 'received',
              title: t('ecgDesk.list.received'),
              width: 120,
              render: (_, s) => formatTime(s.receivedAt),
            },
            {
              key: 'file',
              title: t('ecgDesk.list.file'),
              render: (_, s) => <FileCell study={s} />,
            },
            {
              key: 'status',
              title: t('ecgDesk.list.status'),
              render: (_, s) => <StudyStatus study={s} />,
            },
          ]}
        />
      )}
    </Card>
  );
}
