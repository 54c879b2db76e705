import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Spin } from 'antd';
import { useCallback, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import { navigate } from '../../router/history.js';
import { useNow } from '../ecg-reader/use-now.js';
import { CaseActionsBar } from './CaseActionsBar.js';
import { CaseAttributesForm } from './CaseAttributesForm.js';
import { CaseClocks } from './CaseClocks.js';
import { CaseFlags } from './CaseFlags.js';
import { CaseHeading } from './CaseHeading.js';
import { CaseHistory } from './CaseHistory.js';
import { CaseMetrics } from './CaseMetrics.js';
import { CaseStudies } from './CaseStudies.js';
import { CaseTimeline } from './CaseTimeline.js';
import { boardPath } from './centre-paths.js';
import { EventButtons } from './EventButtons.js';
import { EventTimeModal, type EventTimeMode } from './EventTimeModal.js';
import { nextEvents, otherEvents } from './next-events.js';
import { useCaseActions } from './use-case-actions.js';
import { useCaseDetail } from './use-case-detail.js';
import { useCaseOrigins } from './use-case-origins.js';

/**
 * One case (`/centres/cases/<id>`): who and how, the clocks and one-tap buttons, the metrics
 * computed from the times with bars against their targets, the review flags explained, the
 * timeline (correct or remove a time with a reason), the platform's attributes, the ECGs, the
 * full history of changes, acknowledge and close.
 */
export function CasePage({ caseId }: { caseId: string }): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const nowMs = useNow(1000);
  const { detail, error, apply } = useCaseDetail(caseId);
  const origins = useCaseOrigins(detail === null ? [] : [detail]);
  const actions = useCaseActions(caseId, detail?.centre ?? 'chest_pain', apply);
  const [dialog, setDialog] = useState<EventTimeMode | null>(null);
  const onRecord = useCallback((event: string) => void actions.record(event), [actions]);

  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate(boardPath)}
      data-testid="case-back"
    >
      {t('centres.case.back')}
    </Button>
  );
  if (detail === null) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="case-page">
        {back}
        {error === null ? (
          <Spin style={{ display: 'block', margin: 48 }} />
        ) : (
          <Alert type="error" showIcon title={errorText(error)} />
        )}
      </Space>
    );
  }

  const open = detail.status === 'open';
  const next = nextEvents(detail.centre, detail.events, detail.attributes);
  const submitDialog = (event: string, at: string | null, reason: string): Promise<boolean> => {
    if (dialog?.kind === 'correct' && at !== null) {
      return actions.correct(event, at, reason);
    }
    if (dialog?.kind === 'remove') {
      return actions.remove(event, reason);
    }
    return actions.record(event, at ?? undefined);
  };

  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      className="gesang-case-page"
      data-testid="case-page"
      data-status={detail.status}
    >
      {back}
      <Card size="small">
        <CaseHeading item={detail} origin={origins.get(detail.id)} large />
        <CaseActionsBar detail={detail} actions={actions} />
      </Card>
      {detail.flags.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('centres.case.flags')}
          description={<CaseFlags centre={detail.centre} flags={detail.flags} />}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('centres.case.clocks')}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {detail.clocks.length > 0 && (
                  <CaseClocks
                    centre={detail.centre}
                    clocks={detail.clocks}
                    attributes={detail.attributes}
                    nowMs={nowMs}
                  />
                )}
                {open && (
                  <EventButtons
                    centre={detail.centre}
                    events={detail.events}
                    attributes={detail.attributes}
                    busy={actions.busy}
                    onRecord={onRecord}
                    onOther={() =>
                      setDialog({
                        kind: 'record',
                        choices: [
                          ...next,
                          ...otherEvents(detail.centre, detail.events).filter(
                            (e) => !next.includes(e),
                          ),
                        ],
                      })
                    }
                  />
                )}
              </Space>
            </Card>
            <Card size="small" title={t('centres.case.metrics')}>
              <CaseMetrics
                centre={detail.centre}
                events={detail.events}
                attributes={detail.attributes}
              />
            </Card>
            <Card size="small" title={t('centres.case.timeline')}>
              <CaseTimeline
                centre={detail.centre}
                timeline={detail.timeline}
                onCorrect={(e) => setDialog({ kind: 'correct', event: e.event, at: e.at })}
                onRemove={(e) => setDialog({ kind: 'remove', event: e.event })}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('centres.case.attributes')}>
              <CaseAttributesForm
                key={JSON.stringify(detail.attributes)}
                centre={detail.centre}
                attributes={detail.attributes}
                busy={actions.busy === 'attributes'}
                onSave={actions.setAttributes}
              />
            </Card>
            <Card size="small" title={t('centres.case.studies')}>
              <CaseStudies studies={detail.studies} sourceStudyId={detail.sourceStudyId} />
            </Card>
            <Card size="small" title={t('centres.case.history')}>
              <CaseHistory centre={detail.centre} history={detail.history} />
            </Card>
          </Space>
        </Col>
      </Row>
      {dialog !== null && (
        <EventTimeModal
          key={dialog.kind === 'record' ? 'record' : `${dialog.kind}:${dialog.event}`}
          centre={detail.centre}
          mode={dialog}
          busy={actions.busy !== null}
          onCancel={() => setDialog(null)}
          onSubmit={submitDialog}
        />
      )}
    </Space>
  );
}
