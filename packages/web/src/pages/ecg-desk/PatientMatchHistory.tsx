import { HistoryOutlined } from '@ant-design/icons';
import type { StudyPatientChange } from '@gesang/domain';
import { Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';

/**
 * Who matched or corrected the study's patient, when (newest first; after signing marked). The
 * full record, with reasons and the fields given, is in the audit log.
 */
export function PatientMatchHistory({
  history,
}: {
  history: readonly StudyPatientChange[];
}): ReactElement | null {
  const { t } = useTranslation();
  if (history.length === 0) {
    return null;
  }
  return (
    <div className="gesang-patient-match-history" data-testid="patient-history">
      <Typography.Text type="secondary">
        <HistoryOutlined /> {t('ecgPatient.desk.history')}
      </Typography.Text>
      <ol>
        {history.map((h) => (
          <li key={`${h.at}-${h.patientId}`}>
            <Typography.Text type="secondary">{formatDateTime(h.at)}</Typography.Text>{' '}
            {t(h.change === 'matched' ? 'ecgPatient.desk.didMatch' : 'ecgPatient.desk.didCorrect', {
              name: h.by?.displayName ?? '',
            })}
            {h.afterSigning && (
              <Typography.Text type="warning">
                {' '}
                · {t('ecgPatient.desk.afterSigning')}
              </Typography.Text>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
