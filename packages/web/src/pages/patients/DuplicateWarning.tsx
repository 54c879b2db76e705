import type { CreatePatientResult } from '@gesang/domain';
import { Alert, Button, List, Space, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientName } from './PatientName.js';

/**
 * The likely-duplicate warning returned when a patient is registered. Patients of organisations
 * the user may not see are listed without details (the server sends none).
 */
export function DuplicateWarning({
  candidates,
  onOpen,
}: {
  candidates: CreatePatientResult['possibleDuplicates'];
  onOpen: (id: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duplicate-warning"
      title={t('patients.duplicatesTitle')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {t('patients.duplicatesHint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={candidates}
            renderItem={(c) => (
              <List.Item
                actions={
                  c.visible && c.patient
                    ? [
                        <Button key="open" size="small" onClick={() => onOpen(c.patientId)}>
                          {t('patients.open')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={2}>
                  {c.visible && c.patient ? (
                    <Space wrap>
                      <PatientName patient={c.patient} />
                      <span>{t(`sexes.${c.patient.sex}`)}</span>
                      <span>{c.patient.birthDate ?? ''}</span>
                      {c.patient.identifiers.map((id) => (
                        <span key={`${id.system}:${id.value}`}>
                          {t(`identifierSystems.${id.system}`)} <code>{id.value}</code>
                        </span>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">
                      {t('patients.hiddenPatient')}
                    </Typography.Text>
                  )}
                  <Space size={4} wrap>
                    {c.reasons.map((r) => (
                      <Tag key={r} color="orange">
                        {t(`duplicateReasons.${r}`)}
                      </Tag>
                    ))}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}
