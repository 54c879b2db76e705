import type { CaseAttributes, Centre, UpdateCaseAttributesBody } from '@gesang/domain';
import { Button, Form, InputNumber, Select } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import {
  attributeChanges,
  attributeFields,
  type AttributeField,
  type AttributeValue as Value,
} from './attribute-fields.js';
import { textOr } from './centre-text.js';

/** Props of {@link CaseAttributesForm}. */
export interface CaseAttributesFormProps {
  centre: Centre;
  attributes: Readonly<Record<string, unknown>>;
  busy: boolean;
  onSave: (body: UpdateCaseAttributesBody) => Promise<boolean>;
}

/**
 * The national chest-pain platform's items of the case (diagnosis, arrival mode, reperfusion,
 * outcome …; each centre its own), read from the domain's attribute schema. Saved together;
 * emptying a field removes the attribute.
 */
export function CaseAttributesForm(props: CaseAttributesFormProps): ReactElement {
  const { centre, attributes, busy, onSave } = props;
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const fields = attributeFields(centre);
  const [form, setForm] = useState<Record<string, Value>>({});
  const current = (key: string): Value =>
    key in form ? (form[key] ?? null) : ((attributes[key] as Value | undefined) ?? null);
  const changes = attributeChanges(attributes, form);
  const changed = Object.keys(changes.set).length + changes.remove.length > 0;
  const label = (key: string): string => textOr(t, `centres.attributes.labels.${key}`, key);
  const valueLabel = (value: string): string =>
    textOr(t, `centres.attributes.values.${value}`, value);
  const put = (key: string, value: Value): void => setForm((f) => ({ ...f, [key]: value }));

  const input = (field: AttributeField): ReactElement => {
    const common = {
      size: 'large' as const,
      style: { width: '100%' },
      'data-testid': `attr-${field.key}`,
    };
    if (field.kind === 'number') {
      const value = current(field.key);
      return (
        <InputNumber
          {...common}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          precision={field.integer ? 0 : undefined}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => put(field.key, typeof v === 'number' ? v : null)}
        />
      );
    }
    const options =
      field.kind === 'yes_no'
        ? [
            { value: 'true', label: t('centres.attributes.yes') },
            { value: 'false', label: t('centres.attributes.no') },
          ]
        : field.options.map((value) => ({ value, label: valueLabel(value) }));
    const value = current(field.key);
    return (
      <Select
        {...common}
        allowClear
        placeholder={t('centres.attributes.unset')}
        value={value === null ? undefined : String(value)}
        options={options}
        onChange={(v: string | undefined) =>
          put(field.key, v === undefined ? null : field.kind === 'yes_no' ? v === 'true' : v)
        }
      />
    );
  };

  const save = async (): Promise<void> => {
    const body = {
      set: changes.set as CaseAttributes,
      remove: changes.remove as (keyof CaseAttributes)[],
    };
    if (await onSave(body)) {
      setForm({});
    }
  };

  return (
    <Form layout="vertical" data-testid="case-attributes">
      <div className="gesang-attribute-grid">
        {fields.map((field) => (
          <Form.Item key={field.key} label={label(field.key)} style={{ marginBottom: 12 }}>
            {input(field)}
          </Form.Item>
        ))}
      </div>
      <Button
        type="primary"
        size="large"
        block={isPhone}
        disabled={!changed}
        loading={busy}
        onClick={() => void save()}
        data-testid="case-attributes-save"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
