import { DeleteOutlined, FileOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import type { StudySummary } from '@gesang/domain';
import { Button, Progress, Tag, Typography } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { ContextChips } from './ContextChips.js';
import { formatTime } from './format-time.js';
import { StudyStatus } from './StudyStatus.js';
import type { DeskUpload } from './desk-upload.js';

/** Props of {@link UploadRow}. */
export interface UploadRowProps {
  upload: DeskUpload;
  /** The study the server answered with, once known. */
  study: StudySummary | undefined;
  online: boolean;
  onOpen: (studyId: string) => void;
  onRetry: () => void;
  onRemove: () => void;
}

const megabytes = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MB`;

/**
 * One picked file: its name and size, the upload's progress or why it waits, then the study's live
 * status once the server has it ("already sent" when it had the file before).
 */
export function UploadRow({
  upload,
  study,
  online,
  onOpen,
  onRetry,
  onRemove,
}: UploadRowProps): ReactElement {
  const { t } = useTranslation();
  // Fingers need bigger targets than a mouse.
  const buttonSize = useIsPhone() ? 'middle' : 'small';
  const { phase, error } = upload;
  let state: ReactNode;
  if (phase === 'hashing') {
    state = <Typography.Text type="secondary">{t('ecgDesk.queue.hashing')}</Typography.Text>;
  } else if (phase === 'uploading') {
    const percent = Math.floor(upload.sentShare * 100);
    state = (
      <>
        <Typography.Text>{t('ecgDesk.queue.uploading', { percent })}</Typography.Text>
        <Progress
          percent={percent}
          size="small"
          showInfo={false}
          data-testid="desk-upload-progress"
        />
      </>
    );
  } else if (phase === 'waiting') {
    const text = !online
      ? t('ecgDesk.queue.offline')
      : upload.nextAttemptAt !== null && error !== null
        ? t('ecgDesk.queue.retryAt', {
            time: formatTime(new Date(upload.nextAttemptAt).toISOString()),
          })
        : t('ecgDesk.queue.waiting');
    state = <Typography.Text type="warning">{text}</Typography.Text>;
  } else if (phase === 'failed') {
    const limit = error?.details?.limitBytes;
    const reason =
      error?.code === 'unreadable'
        ? t('ecgDesk.queue.unreadable')
        : error?.status === 413 && typeof limit === 'number'
          ? t('ecgDesk.queue.tooLarge', { limit: megabytes(limit) })
          : errorText(
              t,
              error === null
                ? null
                : new ApiError(error.status, error.code as ApiError['code'], error.message),
            );
    state = (
      <Typography.Text type="danger">
        {t('ecgDesk.queue.failed')}: {reason}
      </Typography.Text>
    );
  } else {
    state = (
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '2px 6px' }}>
        <Tag
          color={upload.repeat ? 'gold' : 'blue'}
          style={{ marginInlineEnd: 0 }}
          data-testid={upload.repeat ? 'desk-upload-repeat' : 'desk-upload-sent'}
        >
          {upload.repeat ? t('ecgDesk.queue.repeat') : t('ecgDesk.queue.sent')}
        </Tag>
        {study !== undefined && <StudyStatus study={study} variant="compact" />}
      </div>
    );
  }
  const canOpen = phase === 'sent' && upload.studyId !== null;
  return (
    <div
      data-testid="desk-upload"
      data-phase={phase}
      data-name={upload.name}
      data-study-id={upload.studyId ?? ''}
      style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
        <FileOutlined />
        <Typography.Text strong ellipsis style={{ flex: 1, minWidth: 0 }} title={upload.name}>
          {upload.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {megabytes(upload.sizeBytes)}
        </Typography.Text>
        {phase === 'waiting' && online && (
          <Button
            size={buttonSize}
            icon={<ReloadOutlined />}
            onClick={onRetry}
            aria-label={t('ecgDesk.queue.retryNow')}
          />
        )}
        {phase !== 'sent' && (
          <Button
            size={buttonSize}
            icon={<DeleteOutlined />}
            onClick={onRemove}
            aria-label={t('ecgDesk.queue.remove')}
          />
        )}
        {canOpen && (
          <Button
            size={buttonSize}
            type="link"
            icon={<RightOutlined />}
            iconPlacement="end"
            onClick={() => upload.studyId !== null && onOpen(upload.studyId)}
          >
            {t('ecgDesk.list.open')}
          </Button>
        )}
      </div>
      <div style={{ marginTop: 4 }}>{state}</div>
      <ContextChips context={upload.context} />
    </div>
  );
}
