import { sexes, type PatientIdentifier, type Sex } from '@gesang/domain';
import { Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifiersField } from './IdentifiersField.js';

/** The values of the patient form (register and edit). */
export interface PatientFormValues {
  nameZh?: string;
  nameBo?: string;
  namePinyin?: string;
  sex: Sex;
  birthDate?: Dayjs | null;
  identifiers?: { system: PatientIdentifier['system']; value: string }[];
}

/**
 * Names in three scripts (at least one required), sex, birth date, and optionally identifiers.
 * Three columns on wide screens, one on phones.
 */
export function PatientFields({
  onResidentId,
  withIdentifiers,
}: {
  onResidentId?: (id: string) => void;
  withIdentifiers: boolean;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item
            name="nameZh"
            label={t('patients.nameZh')}
            dependencies={['nameBo', 'namePinyin']}
            rules={[
              // One rule for all three names, shown under the first.
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) =>
                  [
                    value,
                    getFieldValue('nameBo') as unknown,
                    getFieldValue('namePinyin') as unknown,
                  ].some((v) => typeof v === 'string' && v.trim() !== '')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('patients.atLeastOneName'))),
              }),
            ]}
          >
            <Input lang="zh-CN" maxLength={100} data-testid="patient-name-zh" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="nameBo" label={t('patients.nameBo')}>
            <Input lang="bo" maxLength={200} data-testid="patient-name-bo" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="namePinyin" label={t('patients.namePinyin')}>
            <Input lang="en" maxLength={200} data-testid="patient-name-pinyin" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="sex"
            label={t('patients.sex')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Radio.Group
              optionType="button"
              options={sexes.map((s) => ({ value: s, label: t(`sexes.${s}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="birthDate" label={t('patients.birthDate')}>
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
          </Form.Item>
        </Col>
      </Row>
      {withIdentifiers && <IdentifiersField onResidentId={onResidentId ?? (() => undefined)} />}
    </>
  );
}
