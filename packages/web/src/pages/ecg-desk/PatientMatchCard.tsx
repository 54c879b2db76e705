import { EditOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { CreatePatientBody } from '@gesang/domain';
import { Alert, App, Button, Card, Input, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { putStudyPatient } from './patient-match-api.js';
import { initialCorrection } from './patient-match-text.js';
import { PatientMatchForm } from './PatientMatchForm.js';
import { PatientMatchHistory } from './PatientMatchHistory.js';
import { PatientMatchList } from './PatientMatchList.js';
import { PatientMatchSummary } from './PatientMatchSummary.js';
import { useStudyPatient } from './use-study-patient.js';
import './patient-match.css';

type Mode = 'view' | 'match' | 'correct';

/** The visible patient a 409 named (its identifier is that patient's), if any. */
const takenBy = (error: unknown): string | null =>
  error instanceof ApiError &&
  error.code === 'duplicate_identifier' &&
  typeof error.details?.patientId === 'string'
    ? error.details.patientId
    : null;

/**
 * The study's patient block at the county desk: what the file says and the registered patient the
 * study belongs to, with "Match existing patient" (candidates with why each matched, one tap to
 * link) and "Correct" (a small form started from the file). A study not yet matched opens on its
 * candidates. Once the report is signed a change needs a reason. Updates live with the study.
 */
export function PatientMatchCard({
  studyId,
  tick,
}: {
  studyId: string;
  tick: number;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { view, error, adopt } = useStudyPatient(studyId, tick);
  const [mode, setMode] = useState<Mode>('view');
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [duplicates, setDuplicates] = useState(0);
  const opened = useRef<string | null>(null);

  useEffect(() => {
    // A study nobody has matched yet opens on its candidates, once.
    if (view !== null && opened.current !== studyId) {
      opened.current = studyId;
      setMode(view.canEdit && view.patient === null ? 'match' : 'view');
    }
  }, [view, studyId]);
  const initial = useMemo(() => (view === null ? null : initialCorrection(view)), [view]);

  const change = (body: { patientId: string } | { patient: CreatePatientBody }): void => {
    const given = reason.trim();
    if (view?.reasonRequired === true && given === '') {
      setReasonMissing(true);
      return;
    }
    setBusy(true);
    setFailure(null);
    putStudyPatient(studyId, { ...body, ...(given === '' ? {} : { reason: given }) })
      .then((result) => {
        adopt(result.studyPatient);
        setMode('view');
        setReason('');
        setDuplicates(result.possibleDuplicates.length);
        const name = result.studyPatient.patient;
        void message.success(
          !result.changed
            ? t('ecgPatient.desk.unchanged')
            : result.created
              ? t('ecgPatient.desk.createdAndLinked')
              : t('ecgPatient.desk.linked', {
                  name: name?.nameZh ?? name?.nameBo ?? name?.namePinyin ?? '',
                }),
        );
      })
      .catch((cause: unknown) => setFailure(cause))
      .finally(() => setBusy(false));
  };

  const owner = takenBy(failure);
  const open = (next: Mode): void => {
    setMode(next);
    setFailure(null);
  };
  return (
    <Card
      size="small"
      title={t('ecgPatient.desk.title')}
      data-testid="patient-match-card"
      data-linked={view?.patient?.id ?? ''}
      extra={
        view !== null &&
        (view.patient === null ? (
          <Tag color="orange">{t('ecgPatient.desk.unmatchedTag')}</Tag>
        ) : (
          <Tag color="green">{t('ecgPatient.desk.matchedTag')}</Tag>
        ))
      }
    >
      {view === null && error === null && <Spin />}
      {view === null && error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      {view !== null && (
        <div className="gesang-patient-match">
          <PatientMatchSummary view={view} />
          {view.canEdit && mode === 'view' && (
            <div className="gesang-patient-match-actions">
              <Button
                type={view.patient === null ? 'primary' : 'default'}
                icon={<UserSwitchOutlined />}
                onClick={() => open('match')}
                data-testid="patient-match-open"
              >
                {t('ecgPatient.desk.match')}
              </Button>
              <Button
                icon={<EditOutlined />}
                onClick={() => open('correct')}
                data-testid="patient-correct-open"
              >
                {t('ecgPatient.desk.correct')}
              </Button>
            </div>
          )}
          {mode !== 'view' && (
            <div className="gesang-patient-match-mode">
              <Typography.Text strong>
                {t(mode === 'match' ? 'ecgPatient.desk.match' : 'ecgPatient.desk.correct')}
              </Typography.Text>
              <span>
                <Button
                  type="link"
                  size="small"
                  onClick={() => open(mode === 'match' ? 'correct' : 'match')}
                  data-testid={mode === 'match' ? 'patient-correct-open' : 'patient-match-open'}
                >
                  {t(mode === 'match' ? 'ecgPatient.desk.correct' : 'ecgPatient.desk.match')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => open('view')}
                  data-testid="patient-mode-close"
                >
                  {t('ecgPatient.desk.keep')}
                </Button>
              </span>
            </div>
          )}
          {mode !== 'view' && view.reasonRequired && (
            <div>
              <Typography.Text strong>{t('ecgPatient.desk.reasonHint')}</Typography.Text>
              <Input
                value={reason}
                maxLength={500}
                status={reasonMissing && reason.trim() === '' ? 'error' : undefined}
                placeholder={t('ecgPatient.desk.reason')}
                aria-label={t('ecgPatient.desk.reason')}
                onChange={(event) => (setReason(event.target.value), setReasonMissing(false))}
                data-testid="patient-change-reason"
              />
            </div>
          )}
          {failure !== null && (
            <Alert
              type="error"
              showIcon
              title={errorText(failure)}
              data-testid="patient-change-error"
              action={
                owner !== null && (
                  <Button size="small" onClick={() => change({ patientId: owner })}>
                    {t('ecgPatient.desk.useOwner')}
                  </Button>
                )
              }
            />
          )}
          {mode === 'match' && (
            <PatientMatchList
              studyId={studyId}
              linkedId={view.patient?.id ?? null}
              busy={busy}
              onPick={(patientId) => change({ patientId })}
            />
          )}
          {mode === 'correct' && initial !== null && (
            <PatientMatchForm
              initial={initial}
              busy={busy}
              onSubmit={(patient) => change({ patient })}
              onCancel={() => setMode('view')}
            />
          )}
          {duplicates > 0 && mode === 'view' && (
            <Alert
              type="warning"
              showIcon
              data-testid="patient-duplicates"
              title={t('ecgPatient.desk.duplicates', { count: duplicates })}
              action={
                <Button size="small" onClick={() => (setDuplicates(0), setMode('match'))}>
                  {t('ecgPatient.desk.match')}
                </Button>
              }
            />
          )}
          <PatientMatchHistory history={view.history} />
        </div>
      )}
    </Card>
  );
}
