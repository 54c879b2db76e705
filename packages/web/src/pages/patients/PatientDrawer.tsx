import type { Patient } from '@gesang/domain';
import { Alert, App, Button, Descriptions, Drawer, Form, Spin } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPatient, updatePatient } from '../../api/patients.js';
import { formatDateTime } from '../../format/date.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { PatientFields, type PatientFormValues } from './PatientFields.js';
import { PatientName } from './PatientName.js';

const orNull = (text: string | undefined): string | null => (text?.trim() ? text.trim() : null);

/** One patient: identifiers and registration details, and a form to correct names, sex, birth date. */
export function PatientDrawer({
  patientId,
  canWrite,
  onClose,
  onSaved,
}: {
  patientId: string | null;
  canWrite: boolean;
  onClose: () => void;
  onSaved: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const isPhone = useIsPhone();
  const [patient, setPatient] = useState<Patient | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<PatientFormValues>();

  useEffect(() => {
    setPatient(null);
    setError(null);
    if (patientId === null) {
      return;
    }
    fetchPatient(patientId).then(setPatient).catch(setError);
  }, [patientId]);

  useEffect(() => {
    if (patient !== null) {
      form.setFieldsValue({
        nameZh: patient.nameZh ?? '',
        nameBo: patient.nameBo ?? '',
        namePinyin: patient.namePinyin ?? '',
        sex: patient.sex,
        birthDate: patient.birthDate === null ? null : dayjs(patient.birthDate),
      });
    }
  }, [patient, form]);

  const save = (values: PatientFormValues): void => {
    if (patient === null) {
      return;
    }
    updatePatient(patient.id, {
      nameZh: orNull(values.nameZh),
      nameBo: orNull(values.nameBo),
      namePinyin: orNull(values.namePinyin),
      sex: values.sex,
      birthDate: values.birthDate ? values.birthDate.format('YYYY-MM-DD') : null,
    })
      .then((updated) => {
        setPatient(updated);
        message.success(t('common.saved'));
        onSaved();
      })
      .catch((caught: unknown) => message.error(errorText(caught)));
  };

  return (
    <Drawer
      open={patientId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      title={patient ? <PatientName patient={patient} /> : t('patients.title')}
      forceRender
      data-testid="patient-drawer"
    >
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
      {patient === null && error === null && <Spin />}
      {patient !== null && (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            {patient.identifiers.map((id) => (
              <Descriptions.Item
                key={`${id.system}:${id.value}`}
                label={t(`identifierSystems.${id.system}`)}
              >
                <code>{id.value}</code>
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('users.createdAt')}>
              {formatDateTime(patient.createdAt)}
            </Descriptions.Item>
          </Descriptions>
          <Form form={form} layout="vertical" onFinish={save} disabled={!canWrite}>
            <PatientFields withIdentifiers={false} />
            {canWrite && (
              <Button type="primary" htmlType="submit">
                {t('common.save')}
              </Button>
            )}
          </Form>
        </>
      )}
    </Drawer>
  );
}
