import { PlusOutlined } from '@ant-design/icons';
import type { Patient } from '@gesang/domain';
import { Alert, Button, Input, Typography } from 'antd';
import { useCallback, useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPatients, type PatientPage } from '../../api/patients.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useCan } from '../../session/session-context.js';
import { PatientDrawer } from './PatientDrawer.js';
import { PatientsTable } from './PatientsTable.js';
import { RegisterPatientModal } from './RegisterPatientModal.js';

/** Search key: a name in any script, or an identifier (exact). */
type SearchKey = { q: string } | { identifier: string } | null;

/** Patients: search by name (Chinese, Tibetan, pinyin) or identifier; register; open one. */
export function PatientsPage(): ReactElement {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const canWrite = useCan('patient:write');
  const [search, setSearch] = useState<SearchKey>(null);
  const [data, setData] = useState<PatientPage>({ items: [], total: 0 });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [registering, setRegistering] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);

  const load = useCallback(() => {
    setLoading(true);
    searchPatients({ ...search, limit: 50 })
      .then((page) => {
        setData(page);
        setError(null);
      })
      .catch(setError)
      .finally(() => setLoading(false));
  }, [search]);
  useEffect(load, [load]);

  const onSearch = (key: 'q' | 'identifier') => (value: string) => {
    const text = value.trim();
    setSearch(text === '' ? null : key === 'q' ? { q: text } : { identifier: text });
  };

  return (
    <>
      <Typography.Title level={3}>{t('patients.title')}</Typography.Title>
      <div className="gesang-toolbar">
        <Input.Search
          allowClear
          placeholder={t('patients.searchName')}
          onSearch={onSearch('q')}
          className="gesang-toolbar-field"
          data-testid="patients-search-name"
        />
        <Input.Search
          allowClear
          placeholder={t('patients.searchIdentifier')}
          onSearch={onSearch('identifier')}
          className="gesang-toolbar-field"
          data-testid="patients-search-identifier"
        />
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRegistering(true)}
            data-testid="patient-register"
          >
            {t('patients.register')}
          </Button>
        )}
      </div>
      {error !== null && (
        <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />
      )}
      <PatientsTable data={data} loading={loading} onOpen={(p: Patient) => setOpenId(p.id)} />
      <RegisterPatientModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={load}
        onOpenPatient={setOpenId}
      />
      <PatientDrawer
        patientId={openId}
        canWrite={canWrite}
        onClose={() => setOpenId(null)}
        onSaved={load}
      />
    </>
  );
}
