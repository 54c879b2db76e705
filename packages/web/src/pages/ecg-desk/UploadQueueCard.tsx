import type { StudySummary } from '@gesang/domain';
import { Alert, Card, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskUpload } from './desk-upload.js';
import { UploadRow } from './UploadRow.js';

/** Props of {@link UploadQueueCard}. */
export interface UploadQueueCardProps {
  uploads: readonly DeskUpload[];
  studies: ReadonlyMap<string, StudySummary>;
  online: boolean;
  persistent: boolean;
  onOpen: (studyId: string) => void;
  onRetry: (localId: string) => void;
  onRemove: (localId: string) => void;
}

/** The files picked on this computer, newest first, with how many still wait to be sent. */
export function UploadQueueCard(props: UploadQueueCardProps): ReactElement | null {
  const { t } = useTranslation();
  const { uploads, studies, online, persistent } = props;
  if (uploads.length === 0) {
    return null;
  }
  const pending = uploads.filter((u) => u.phase !== 'sent' && u.phase !== 'failed').length;
  return (
    <Card
      size="small"
      title={t('ecgDesk.queue.title')}
      extra={
        pending > 0 ? (
          <Tag color={online ? 'processing' : 'warning'} data-testid="desk-queue-pending">
            {t('ecgDesk.queue.pending', { count: pending })}
          </Tag>
        ) : null
      }
      data-testid="desk-queue"
      styles={{ body: { paddingBlock: 0 } }}
    >
      {!persistent && pending > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('ecgDesk.notPersistent')}
          style={{ marginTop: 8 }}
        />
      )}
      {[...uploads].reverse().map((upload) => (
        <UploadRow
          key={upload.localId}
          upload={upload}
          study={upload.studyId === null ? undefined : studies.get(upload.studyId)}
          online={online}
          onOpen={props.onOpen}
          onRetry={() => props.onRetry(upload.localId)}
          onRemove={() => props.onRemove(upload.localId)}
        />
      ))}
    </Card>
  );
}
