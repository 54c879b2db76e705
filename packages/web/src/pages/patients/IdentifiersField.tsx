import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { identifierSystems, isValidResidentId } from '@gesang/domain';
import { Button, Form, Input, Select, Space } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The `identifiers` list of the patient form: type and number. A resident ID is checked (GB 11643
 * check digit and date) before it reaches the server; `onResidentId` gets each valid one so the
 * form can fill in birth date and sex.
 */
export function IdentifiersField({
  onResidentId,
}: {
  onResidentId: (id: string) => void;
}): ReactElement {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.Item label={t('patients.identifiers')} style={{ marginBottom: 0 }}>
      <Form.List name="identifiers">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space.Compact key={field.key} block style={{ marginBottom: 8 }}>
                <Form.Item name={[field.name, 'system']} noStyle>
                  <Select
                    style={{ width: '38%' }}
                    aria-label={t('patients.system')}
                    options={identifierSystems.map((s) => ({
                      value: s,
                      label: t(`identifierSystems.${s}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'value']}
                  noStyle
                  rules={[
                    { required: true, whitespace: true, message: t('common.required') },
                    {
                      validator: (_rule, value: string | undefined) => {
                        const system: unknown = form.getFieldValue([
                          'identifiers',
                          field.name,
                          'system',
                        ]);
                        const text = (value ?? '').trim().toUpperCase();
                        return system !== 'resident-id' || text === '' || isValidResidentId(text)
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('patients.invalidResidentId')));
                      },
                    },
                  ]}
                >
                  <Input
                    aria-label={t('patients.value')}
                    placeholder={t('patients.value')}
                    data-testid={`patient-identifier-${index}`}
                    onChange={(event) => {
                      const text = event.target.value.trim().toUpperCase();
                      if (
                        form.getFieldValue(['identifiers', field.name, 'system']) ===
                          'resident-id' &&
                        isValidResidentId(text)
                      ) {
                        onResidentId(text);
                      }
                    }}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.remove')}
                />
              </Space.Compact>
            ))}
            <Button
              type="dashed"
              block
              icon={<PlusOutlined />}
              onClick={() => add({ system: 'mrn', value: '' })}
              style={{ marginBottom: 16 }}
            >
              {t('patients.addIdentifier')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
