import {
  ArrowLeftOutlined,
  QuestionCircleOutlined,
  RollbackOutlined,
  StepForwardOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { Study } from '@gesang/domain';
import { Button, Space, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import type { EventStreamState } from '../../hooks/use-event-stream.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { currentLocale } from '../../i18n/index.js';
import { Link } from '../../router/Link.js';
import { LiveBadge } from './LiveBadge.js';
import { patientText, scriptLang } from './patient-text.js';
import { worklistPath } from './reader-paths.js';
import { SlaClock } from './SlaClock.js';
import { TriageTag } from './TriageTag.js';
import { orgNameIn } from './worklist-view.js';

/** Props of {@link StudyHeader}. */
export interface StudyHeaderProps {
  study: Study;
  userId: string;
  nowMs: number;
  live: EventStreamState;
  busy: boolean;
  onClaim: () => void;
  onRelease: () => void;
  onNext: () => void;
  onHelp: () => void;
}

/** A key's label inside a button, e.g. `C`. */
const Keycap = ({ k }: { k: string }): ReactElement => (
  <span className="gesang-reader-keycap">{k}</span>
);

/**
 * The study's first lines: triage, patient, county, SLA countdown and who reads it, the clinical
 * context the county gave, and the claim / release / next buttons with their keys.
 */
export function StudyHeader(props: StudyHeaderProps): ReactElement {
  const { study, userId, nowMs, live, busy, onClaim, onRelease, onNext, onHelp } = props;
  const { t } = useTranslation();
  const locale = currentLocale();
  const isPhone = useIsPhone();
  const patient = patientText(study.record?.patient ?? study.filePatient, t);
  const mine = study.status === 'claimed' && study.claimedBy?.id === userId;
  const { chestPain, onsetAt, firstMedicalContactAt } = study.clinicalContext;
  const acquired = study.record?.acquisitionTime;

  const status =
    study.status === 'claimed' && !mine && study.claimedBy !== null
      ? t('ecgReader.heldBy', { name: study.claimedBy.displayName })
      : mine
        ? t('ecgReader.claimedByYou')
        : t(`ecgReader.study.status.${study.status}`);

  return (
    <div className="gesang-reader-study-head" data-testid="study-header">
      <div className="gesang-reader-study-line">
        <Link href={worklistPath} className="gesang-reader-back" data-testid="study-back">
          <ArrowLeftOutlined /> {!isPhone && t('ecgReader.study.back')}
        </Link>
        <TriageTag level={study.triage?.level ?? null} />
        <Typography.Text strong className="gesang-reader-study-patient">
          <span lang={patient.name === null ? undefined : scriptLang(patient.name)}>
            {patient.name ?? t('ecgReader.noName')}
          </span>
          {patient.details !== '' && (
            <span className="gesang-reader-dim"> · {patient.details}</span>
          )}
        </Typography.Text>
        {patient.id !== null && (
          <Typography.Text type="secondary">
            {t('ecgReader.patientId', { id: patient.id })}
          </Typography.Text>
        )}
        <Typography.Text>{orgNameIn(study.orgName, locale)}</Typography.Text>
        <span className="gesang-reader-grow" />
        {study.status !== 'signed' && (
          <>
            <span className="gesang-reader-clock-label">{t('ecgReader.columns.due')}</span>
            <SlaClock slaDueAt={study.slaDueAt} nowMs={nowMs} />
          </>
        )}
        <Tag
          color={mine ? 'blue' : study.status === 'signed' ? 'green' : 'gold'}
          data-testid="study-status"
        >
          {status}
        </Tag>
      </div>
      <div className="gesang-reader-study-line gesang-reader-study-context">
        {chestPain === true && (
          <Tag color="red" icon={<ThunderboltOutlined />}>
            {t('ecgReader.study.chestPain')}
          </Tag>
        )}
        {onsetAt !== null && (
          <span>{t('ecgReader.study.onset', { time: formatDateTime(onsetAt) })}</span>
        )}
        {firstMedicalContactAt !== null && (
          <span>{t('ecgReader.study.fmc', { time: formatDateTime(firstMedicalContactAt) })}</span>
        )}
        {acquired?.date !== undefined && (
          <span>
            {t('ecgReader.study.acquired', {
              time: `${acquired.date} ${acquired.time?.slice(0, 5) ?? ''}`.trim(),
            })}
          </span>
        )}
        <span>{t('ecgReader.study.received', { time: formatDateTime(study.receivedAt) })}</span>
        {study.record !== null && (
          <span className="gesang-reader-dim">
            {study.record.format.name} · {Number(study.record.sampleRateHz.toFixed(2))} Hz ·{' '}
            {study.record.durationS.toFixed(1)} s
          </span>
        )}
        <span className="gesang-reader-grow" />
        <Space wrap size={6}>
          {!isPhone && <LiveBadge status={live} />}
          {study.status === 'analysed' && (
            <Button type="primary" onClick={onClaim} loading={busy} data-testid="study-claim">
              {t('ecgReader.claim')} <Keycap k="C" />
            </Button>
          )}
          {mine && (
            <Button
              icon={<RollbackOutlined />}
              onClick={onRelease}
              loading={busy}
              data-testid="study-release"
            >
              {t('ecgReader.release')} <Keycap k="R" />
            </Button>
          )}
          <Button icon={<StepForwardOutlined />} onClick={onNext} data-testid="study-next">
            {t('ecgReader.next')} <Keycap k="N" />
          </Button>
          {!isPhone && (
            <Button
              icon={<QuestionCircleOutlined />}
              onClick={onHelp}
              aria-label={t('ecgReader.help')}
              data-testid="reader-help"
            />
          )}
        </Space>
      </div>
    </div>
  );
}
