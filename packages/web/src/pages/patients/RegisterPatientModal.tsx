import {
  residentIdBirthDate,
  residentIdSex,
  type CreatePatientBody,
  type CreatePatientResult,
  type PatientIdentifier,
  type Sex,
} from '@gesang/domain';
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { createPatient } from '../../api/patients.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { DuplicateWarning } from './DuplicateWarning.js';
import { PatientFields, type PatientFormValues } from './PatientFields.js';

/** Props of {@link RegisterPatientModal}. */
export interface RegisterPatientModalProps {
  open: boolean;
  onClose: () => void;
  onRegistered: () => void;
  onOpenPatient: (id: string) => void;
}

const blank = (text: string | undefined): string | undefined =>
  text?.trim() ? text.trim() : undefined;

/**
 * Register a patient, then show what the server found: the new (or linked) record and any likely
 * duplicates, so the clinician can check before working on the wrong record.
 */
export function RegisterPatientModal({
  open,
  onClose,
  onRegistered,
  onOpenPatient,
}: RegisterPatientModalProps): ReactElement {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<PatientFormValues>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CreatePatientResult | null>(null);

  useEffect(() => {
    if (open) {
      setResult(null);
      form.resetFields();
      form.setFieldsValue({ sex: 'unknown', identifiers: [{ system: 'resident-id', value: '' }] });
    }
  }, [open, form]);

  const submit = async (values: PatientFormValues): Promise<void> => {
    const identifiers: PatientIdentifier[] = (values.identifiers ?? [])
      .map((id) => ({ system: id.system, value: id.value.trim().toUpperCase() }))
      .filter((id) => id.value !== '');
    const body: CreatePatientBody = {
      sex: values.sex,
      identifiers,
      ...(blank(values.nameZh) ? { nameZh: blank(values.nameZh) } : {}),
      ...(blank(values.nameBo) ? { nameBo: blank(values.nameBo) } : {}),
      ...(blank(values.namePinyin) ? { namePinyin: blank(values.namePinyin) } : {}),
      ...(values.birthDate ? { birthDate: values.birthDate.format('YYYY-MM-DD') } : {}),
    };
    setBusy(true);
    try {
      const created = await createPatient(body);
      setResult(created);
      onRegistered();
      if (created.possibleDuplicates.length === 0) {
        message.success(created.created ? t('patients.registered') : t('patients.linkedExisting'));
      }
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const fillFromResidentId = (id: string): void => {
    const birth = residentIdBirthDate(id);
    const sex: Sex = residentIdSex(id);
    form.setFieldsValue({ sex, ...(birth === null ? {} : { birthDate: dayjs(birth) }) });
  };

  const footer =
    result === null
      ? [
          <Button key="cancel" onClick={onClose}>
            {t('common.cancel')}
          </Button>,
          <Button
            key="ok"
            type="primary"
            loading={busy}
            onClick={() => form.submit()}
            data-testid="patient-register-submit"
          >
            {t('patients.register')}
          </Button>,
        ]
      : [
          <Button
            key="open"
            onClick={() => {
              onOpenPatient(result.patient.id);
              onClose();
            }}
          >
            {t('patients.open')}
          </Button>,
          <Button key="close" type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>,
        ];

  return (
    <Modal
      open={open}
      title={t('patients.register')}
      onCancel={onClose}
      footer={footer}
      width={760}
      forceRender
      data-testid="patient-register-modal"
    >
      {result !== null && (
        <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Alert
            type={result.created ? 'success' : 'info'}
            showIcon
            title={result.created ? t('patients.registered') : t('patients.linkedExisting')}
            data-testid="patient-register-result"
          />
          {result.possibleDuplicates.length > 0 && (
            <DuplicateWarning
              candidates={result.possibleDuplicates}
              onOpen={(id) => {
                onOpenPatient(id);
                onClose();
              }}
            />
          )}
        </Space>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={result !== null}
      >
        <PatientFields onResidentId={fillFromResidentId} withIdentifiers />
      </Form>
    </Modal>
  );
}
