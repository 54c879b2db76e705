import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { patientText, scriptLang, type FilePatient } from './patient-text.js';

/** The patient in a worklist row: name (or "no name in file"), sex and age, the cart's id. */
export function PatientCell({ patient }: { patient: FilePatient | null }): ReactElement {
  const { t } = useTranslation();
  const p = patientText(patient, t);
  return (
    <div className="gesang-reader-patient">
      <span
        lang={p.name === null ? undefined : scriptLang(p.name)}
        className="gesang-reader-patient-name"
      >
        {p.name ?? <Typography.Text type="secondary">{t('ecgReader.noName')}</Typography.Text>}
      </span>
      {p.details !== '' && <span className="gesang-reader-patient-details">{p.details}</span>}
      {p.id !== null && (
        <Typography.Text type="secondary" className="gesang-reader-patient-id">
          {t('ecgReader.patientId', { id: p.id })}
        </Typography.Text>
      )}
    </div>
  );
}
