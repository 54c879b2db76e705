import { residentIdBirthDate, residentIdSex, type CreatePatientBody } from '@gesang/domain';
import { Button, Form, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { PatientFields, type PatientFormValues } from '../patients/PatientFields.js';
import { correctionBody, type CorrectionValues } from './patient-match-text.js';

/** Props of {@link PatientMatchForm}. */
export interface PatientMatchFormProps {
  /** What the form starts from (the file's fields, or the linked patient's). */
  initial: CorrectionValues;
  busy: boolean;
  onSubmit: (patient: CreatePatientBody) => void;
  onCancel: () => void;
}

const toForm = (values: CorrectionValues): PatientFormValues => ({
  ...(values.nameZh === undefined ? {} : { nameZh: values.nameZh }),
  ...(values.nameBo === undefined ? {} : { nameBo: values.nameBo }),
  ...(values.namePinyin === undefined ? {} : { namePinyin: values.namePinyin }),
  sex: values.sex,
  birthDate:
    values.birthDate !== undefined && dayjs(values.birthDate).isValid()
      ? dayjs(values.birthDate)
      : null,
  identifiers: values.identifiers,
});

const fromForm = (values: PatientFormValues): CorrectionValues => ({
  ...(values.nameZh === undefined ? {} : { nameZh: values.nameZh }),
  ...(values.nameBo === undefined ? {} : { nameBo: values.nameBo }),
  ...(values.namePinyin === undefined ? {} : { namePinyin: values.namePinyin }),
  sex: values.sex,
  ...(values.birthDate ? { birthDate: values.birthDate.format('YYYY-MM-DD') } : {}),
  identifiers: values.identifiers ?? [],
});

/**
 * The small correction form: names in three scripts, sex, birth date and identifiers, started
 * from what the file says. A valid resident ID fills in birth date and sex (GB 11643 encodes
 * both); the server registers the person or finds them by resident ID.
 */
export function PatientMatchForm(props: PatientMatchFormProps): ReactElement {
  const { initial, busy, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<PatientFormValues>();

  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toForm(initial));
  }, [form, initial]);

  const fillFromResidentId = (id: string): void => {
    const birth = residentIdBirthDate(id);
    form.setFieldsValue({
      sex: residentIdSex(id),
      ...(birth === null ? {} : { birthDate: dayjs(birth) }),
    });
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => onSubmit(correctionBody(fromForm(values)))}
      data-testid="patient-correct-form"
      className="gesang-patient-correct"
    >
      <PatientFields onResidentId={fillFromResidentId} withIdentifiers />
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          data-testid="patient-correct-submit"
        >
          {t('ecgPatient.desk.saveCorrection')}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
