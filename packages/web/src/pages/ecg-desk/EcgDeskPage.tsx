import { Alert, App, Col, Row, Space, Typography } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { navigate, usePath } from '../../router/history.js';
import { useSignedInSession } from '../../session/session-context.js';
import { emptyContext, type UploadContext } from './clinical-context.js';
import { DeskStatusBar } from './DeskStatusBar.js';
import { DeskStudyView } from './DeskStudyView.js';
import { SendCard } from './SendCard.js';
import { StudyListCard } from './StudyListCard.js';
import { UploadQueueCard } from './UploadQueueCard.js';
import { useDeskStudies } from './use-desk-studies.js';
import { useOnline } from './use-online.js';
import { useUploadQueue } from './use-upload-queue.js';

const studyPrefix = '/ecg/desk/';

/**
 * The county desk: send ECG files (with the clinical context) and follow each to its signed
 * report. Files wait in a queue on this computer while the link is down; the list of the
 * organisation's ECGs updates live. `/ecg/desk/<id>` shows one study read-only; the queue keeps
 * sending meanwhile.
 */
export function EcgDeskPage(): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSignedInSession();
  const isPhone = useIsPhone();
  const online = useOnline();
  const path = usePath();
  const desk = useDeskStudies(session.activeOrgId);
  const { track } = desk;
  const queue = useUploadQueue(useCallback((answer) => track(answer.study), [track]));
  const [context, setContext] = useState<UploadContext>(emptyContext);
  const studyId = path.startsWith(studyPrefix)
    ? path.slice(studyPrefix.length).replace(/\/+$/, '')
    : '';
  const open = (id: string): void => navigate(`${studyPrefix}${encodeURIComponent(id)}`);

  const onFiles = (files: File[]): void => {
    // The context belongs to the patient of these files; the next patient starts afresh.
    setContext(emptyContext);
    void queue.add(files, context).then((outcomes) =>
      outcomes.forEach((outcome, i) => {
        if (outcome === 'duplicate') {
          void message.info(t('ecgDesk.duplicate', { name: files[i]?.name ?? '' }));
        }
      }),
    );
  };

  if (studyId !== '') {
    return (
      <DeskStudyView
        id={decodeURIComponent(studyId)}
        tick={desk.ticks.get(studyId) ?? 0}
        onBack={() => navigate('/ecg/desk')}
      />
    );
  }

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="ecg-desk-page"
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '4px 16px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('ecgDesk.title')}
        </Typography.Title>
        <DeskStatusBar online={online} live={desk.live} />
      </div>
      {!isPhone && <Typography.Text type="secondary">{t('ecgDesk.intro')}</Typography.Text>}
      {!online && (
        <Alert
          type="warning"
          showIcon
          title={t('ecgDesk.offlineBanner')}
          data-testid="desk-offline"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xxl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <SendCard
              context={context}
              onContextChange={setContext}
              onFiles={onFiles}
              ready={queue.ready}
              isPhone={isPhone}
            />
            <UploadQueueCard
              uploads={queue.uploads}
              studies={desk.byId}
              online={online}
              persistent={queue.persistent}
              onOpen={open}
              onRetry={queue.retryNow}
              onRemove={queue.remove}
            />
          </Space>
        </Col>
        <Col xs={24} lg={14} xxl={15}>
          <StudyListCard
            studies={desk.studies}
            loading={desk.loading}
            error={desk.error}
            isPhone={isPhone}
            onOpen={open}
          />
        </Col>
      </Row>
    </Space>
  );
}
