import { CheckOutlined } from '@ant-design/icons';
import type { PatientCandidate, PatientCandidateReason } from '@gesang/domain';
import { Alert, Button, Empty, Input, Spin, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/use-error-text.js';
import { PatientName } from '../patients/PatientName.js';
import { fetchPatientCandidates } from './patient-match-api.js';
import { PatientFacts } from './PatientFacts.js';

/** Props of {@link PatientMatchList}. */
export interface PatientMatchListProps {
  studyId: string;
  /** The patient the study is linked to now (marked, not offered). */
  linkedId: string | null;
  busy: boolean;
  onPick: (patientId: string) => void;
}

/** Identifier matches are near-certain; name and date ones need a look; a search is the user's. */
const reasonColor: Record<PatientCandidateReason, string | undefined> = {
  resident_id: 'green',
  mrn: 'green',
  identifier: 'green',
  name_birth_date: 'blue',
  name_age: 'blue',
  similar_name_birth_date: 'orange',
  name: 'orange',
  search: undefined,
};

/**
 * Registered patients who may be the one in the file, each with why it matched and one button to
 * link it; a search box adds patients by name (汉字, བོད་ཡིག, pinyin) or ID number.
 */
export function PatientMatchList(props: PatientMatchListProps): ReactElement {
  const { studyId, linkedId, busy, onPick } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<PatientCandidate[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    setItems(null);
    fetchPatientCandidates(studyId, q === '' ? undefined : q).then(
      (answer) => current && (setItems(answer.items), setError(null)),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [studyId, q]);

  return (
    <div className="gesang-patient-match-list" data-testid="patient-candidates">
      <Input.Search
        allowClear
        enterButton
        placeholder={t('ecgPatient.desk.searchPlaceholder')}
        aria-label={t('ecgPatient.desk.searchPlaceholder')}
        onSearch={(value) => setQ(value.trim())}
        data-testid="patient-candidates-search"
      />
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      {items === null && error === null && <Spin style={{ display: 'block', margin: 16 }} />}
      {items !== null && items.length === 0 && (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(q === '' ? 'ecgPatient.desk.noCandidates' : 'ecgPatient.desk.noResults')}
        />
      )}
      {items !== null && items.length > 0 && (
        <ul className="gesang-patient-match-items">
          {items.map(({ patient, reasons }) => (
            <li key={patient.id} data-testid={`patient-candidate-${patient.id}`}>
              <div className="gesang-patient-match-who">
                <PatientName patient={patient} />
                <PatientFacts patient={patient} />
                <div className="gesang-patient-match-reasons">
                  {reasons.map((r) => (
                    <Tag key={r} color={reasonColor[r]}>
                      {t(`ecgPatient.reasons.${r}`)}
                    </Tag>
                  ))}
                </div>
              </div>
              {patient.id === linkedId ? (
                <Typography.Text type="success">
                  <CheckOutlined /> {t('ecgPatient.desk.isLinked')}
                </Typography.Text>
              ) : (
                <Button
                  type="primary"
                  ghost
                  disabled={busy}
                  onClick={() => onPick(patient.id)}
                  data-testid={`patient-candidate-${patient.id}-link`}
                >
                  {t('ecgPatient.desk.pick')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
