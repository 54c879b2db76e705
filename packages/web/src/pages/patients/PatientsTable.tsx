import type { Patient, PatientIdentifier } from '@gesang/domain';
import { Button, Space, Table, Tag } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientPage } from '../../api/patients.js';
import { ageInYears } from '../../format/date.js';
import { PatientName } from './PatientName.js';

/** Patients found by a search. Scrolls sideways on phones; the name column stays visible. */
export function PatientsTable({
  data,
  loading,
  onOpen,
}: {
  data: PatientPage;
  loading: boolean;
  onOpen: (p: Patient) => void;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <Table<Patient>
      data-testid="patients-table"
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data.items}
      scroll={{ x: 'max-content' }}
      pagination={{
        pageSize: 50,
        hideOnSinglePage: true,
        showTotal: (count) => t('common.total', { count }),
      }}
      locale={{ emptyText: t('patients.searchHint') }}
      onRow={(p) => ({ onDoubleClick: () => onOpen(p) })}
      columns={[
        {
          title: t('patients.name'),
          key: 'name',
          fixed: 'left',
          render: (_: unknown, p) => <PatientName patient={p} />,
        },
        {
          title: t('patients.sex'),
          dataIndex: 'sex',
          render: (sex: Patient['sex']) => t(`sexes.${sex}`),
        },
        {
          title: t('patients.birthDate'),
          dataIndex: 'birthDate',
          render: (birthDate: string | null) => {
            const age = ageInYears(birthDate);
            return birthDate === null
              ? ''
              : `${birthDate}${age === null ? '' : ` (${t('patients.age', { years: age })})`}`;
          },
        },
        {
          title: t('patients.identifiers'),
          dataIndex: 'identifiers',
          render: (ids: PatientIdentifier[]) => (
            <Space orientation="vertical" size={0}>
              {ids.map((id) => (
                <span key={`${id.system}:${id.value}`}>
                  <Tag>{t(`identifierSystems.${id.system}`)}</Tag>
                  <code>{id.value}</code>
                </span>
              ))}
            </Space>
          ),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, p) => (
            <Button type="link" size="small" onClick={() => onOpen(p)}>
              {t('patients.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
