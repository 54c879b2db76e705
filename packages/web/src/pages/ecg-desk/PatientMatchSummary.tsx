import type { StudyPatient } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientName } from '../patients/PatientName.js';
import { PatientFacts } from './PatientFacts.js';

/**
 * Two lines side by side (stacked on a phone): the patient as the file gives them, and the
 * registered patient the study belongs to (or that it belongs to nobody yet).
 */
export function PatientMatchSummary({ view }: { view: StudyPatient }): ReactElement {
  const { t } = useTranslation();
  const file = view.filePatient ?? {};
  const fileParts = [
    file.name?.trim() ?? '',
    file.sex === undefined || file.sex === 'unknown' ? '' : t(`sexes.${file.sex}`),
    file.birthDate ??
      (file.ageYears === undefined
        ? ''
        : t('ecgPreview.ageValue', { age: Math.floor(file.ageYears) })),
    file.id === undefined || file.id.trim() === ''
      ? ''
      : t('ecgPatient.desk.fileId', { id: file.id.trim() }),
  ].filter((p) => p !== '');
  return (
    <div className="gesang-patient-match-summary">
      <div data-testid="patient-from-file">
        <Typography.Text type="secondary" className="gesang-patient-match-label">
          {t('ecgPatient.desk.fromFile')}
        </Typography.Text>
        <div>{fileParts.length > 0 ? fileParts.join(' · ') : t('ecgPatient.desk.fileNothing')}</div>
      </div>
      <div data-testid="patient-registered">
        <Typography.Text type="secondary" className="gesang-patient-match-label">
          {t('ecgPatient.desk.registeredPatient')}
        </Typography.Text>
        {view.patient === null ? (
          <div>
            <Typography.Text type="warning">{t('ecgPatient.desk.notMatched')}</Typography.Text>
          </div>
        ) : (
          <div className="gesang-patient-match-who">
            <PatientName patient={view.patient} />
            <PatientFacts patient={view.patient} />
          </div>
        )}
      </div>
    </div>
  );
}
