import type { Patient } from '@gesang/domain';
import { Select } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { searchPatients } from '../../api/patients.js';

/** Props of {@link PatientPicker}. */
export interface PatientPickerProps {
  value: string | null;
  onChange: (patientId: string | null) => void;
}

/** Wait after the last key before searching, ms. */
const searchDelayMs = 300;

function patientLabel(p: Patient): string {
  const names = [p.nameZh, p.nameBo, p.namePinyin].filter((n): n is string => n !== null);
  const born = p.birthDate === null ? '' : ` · ${p.birthDate}`;
  return `${names.join(' · ')}${born}`;
}

/**
 * Picks a registered patient by typing a name (Chinese, Tibetan or pinyin); optional, because a
 * patient in the door is treated before anyone registers them.
 */
export function PatientPicker({ value, onChange }: PatientPickerProps): ReactElement {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Patient[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      setLoading(true);
      searchPatients({ q, limit: 20 })
        .then((page) => live && setFound(page.items))
        .catch(() => live && setFound([]))
        .finally(() => live && setLoading(false));
    }, searchDelayMs);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  return (
    <Select
      size="large"
      allowClear
      value={value}
      onChange={(id: string | undefined) => onChange(id ?? null)}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={loading}
      placeholder={t('centres.newCase.patientSearch')}
      notFoundContent={query.trim() === '' ? null : t('common.none')}
      options={found.map((p) => ({ value: p.id, label: patientLabel(p) }))}
      data-testid="new-case-patient"
    />
  );
}
