import type { PatientIdentifier, Sex } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ageInYears } from '../../format/date.js';

/** Props of {@link PatientFacts}: the fields every patient shape shares. */
export interface PatientFactsProps {
  patient: { sex: Sex; birthDate: string | null; identifiers: PatientIdentifier[] };
}

/**
 * Sex, birth date with age, and identifiers (resident ID first), on one wrapping line in the
 * UI language, e.g. `男 · 1971-08-05（54 岁）· 身份证 540225197108050013`.
 */
export function PatientFacts({ patient }: PatientFactsProps): ReactElement {
  const { t } = useTranslation();
  const age = ageInYears(patient.birthDate);
  const ids = [...patient.identifiers].sort(
    (a, b) => Number(b.system === 'resident-id') - Number(a.system === 'resident-id'),
  );
  const parts = [
    patient.sex === 'unknown' ? '' : t(`sexes.${patient.sex}`),
    patient.birthDate === null
      ? ''
      : `${patient.birthDate}${age === null ? '' : ` (${t('ecgPreview.ageValue', { age })})`}`,
  ].filter((p) => p !== '');
  return (
    <Typography.Text type="secondary" className="gesang-patient-facts">
      {parts.join(' · ')}
      {ids.map((id) => (
        <span key={`${id.system}:${id.value}:${id.orgId ?? ''}`} className="gesang-patient-id">
          {t(`identifierSystems.${id.system}`)} <code>{id.value}</code>
        </span>
      ))}
    </Typography.Text>
  );
}
