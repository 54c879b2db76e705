import { shiftRoles, type RoutingTier, type Shift } from '@gesang/domain';
import { Alert, App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { createShift, updateShift } from '../../api/roster.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { useIsPhone } from '../../hooks/use-is-phone.js';
import { createBody, updateBody, type ShiftFormValues } from './shift-form.js';
import { ShiftWhenFields } from './ShiftWhenFields.js';
import { useShiftPeople } from './use-shift-people.js';

/** What the editor opens on: a new shift (with initial values) or an existing one. */
export type EditorTarget =
  | { mode: 'create'; initial: ShiftFormValues }
  | { mode: 'edit'; shift: Shift; initial: ShiftFormValues };

/** Props of {@link ShiftEditor}. */
export interface ShiftEditorProps {
  orgId: string;
  /** The organisation's name (for the "only its administrators" message). */
  orgLabel: string;
  tier: RoutingTier;
  target: EditorTarget | null;
  onClose: () => void;
  /** After a successful save: reload the roster. */
  onSaved: () => void;
}

/** Form values with the date as the picker holds it. */
type FormShape = Omit<ShiftFormValues, 'date'> & { date: Dayjs | null };

/** Form fields the server may name in a problem (`body.endTime` → `endTime`). */
const formFields = ['userId', 'weekday', 'date', 'role', 'startTime', 'endTime', 'note'] as const;

/**
 * Add or change a shift: person (the organisation's members; readers for primary and backup),
 * weekly or one-off, duty, on-call cardiologist (hubs), start and end (an end at or before the
 * start ends the next day). Field problems from the server are shown on the field; a 403 says
 * plainly that only the organisation's administrators may change its roster.
 */
export function ShiftEditor(props: ShiftEditorProps): ReactElement {
  const { orgId, orgLabel, tier, target, onClose, onSaved } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const isPhone = useIsPhone();
  const [form] = Form.useForm<FormShape>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { people, error: peopleError } = useShiftPeople(target === null ? null : orgId);
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (target !== null) {
      setProblem(null);
      const { date, userId, ...rest } = target.initial;
      // No person yet: leave the field empty so the placeholder shows and `required` applies.
      form.resetFields();
      form.setFieldsValue({
        ...rest,
        userId: userId === '' ? undefined : userId,
        date: dayjs(date),
      });
    }
  }, [target, form]);

  const submit = async (shape: FormShape): Promise<void> => {
    if (target === null) {
      return;
    }
    const values = {
      ...shape,
      date: shape.date?.format('YYYY-MM-DD') ?? '',
      note: shape.note ?? '',
    };
    setSaving(true);
    setProblem(null);
    try {
      await (target.mode === 'create'
        ? createShift(createBody(orgId, values))
        : updateShift(target.shift.id, updateBody(values)));
      message.success(t('common.saved'));
      onSaved();
      onClose();
    } catch (error: unknown) {
      const field = error instanceof ApiError ? error.field?.split('.').pop() : undefined;
      if (error instanceof ApiError && error.status === 403) {
        setProblem(t('ecgRoster.forbidden', { org: orgLabel }));
      } else if (field !== undefined && (formFields as readonly string[]).includes(field)) {
        form.setFields([
          { name: field as (typeof formFields)[number], errors: [errorText(error)] },
        ]);
      } else {
        setProblem(errorText(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const personOptions = people.map((p) => ({
    value: p.id,
    search: `${p.displayName} ${p.username}`,
    disabled: role !== 'coordinator' && !p.reads,
    label: (
      <span data-testid={`shift-person-option-${p.username}`}>
        {p.displayName}
        {!p.reads && (
          <span className="gesang-roster-muted"> · {t('ecgRoster.form.notReader')}</span>
        )}
      </span>
    ),
  }));
  if (target?.mode === 'edit' && !people.some((p) => p.id === target.shift.user.id)) {
    const { user } = target.shift;
    personOptions.push({
      value: user.id,
      search: user.displayName,
      disabled: false,
      label: <span>{user.displayName}</span>,
    });
  }

  return (
    <Modal
      open={target !== null}
      title={target?.mode === 'edit' ? t('ecgRoster.editShift') : t('ecgRoster.addShift')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'shift-save' }}
      width={isPhone ? undefined : 640}
      forceRender
      data-testid="shift-editor"
    >
      <Form<FormShape>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        requiredMark={false}
      >
        {problem !== null && (
          <Alert
            type="error"
            showIcon
            title={problem}
            data-testid="shift-problem"
            className="gesang-roster-problem"
          />
        )}
        {peopleError !== null && <Alert type="warning" showIcon title={errorText(peopleError)} />}
        <Form.Item name="role" label={t('ecgRoster.form.role')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="shift-role">
            {shiftRoles.map((r) => (
              <Radio.Button key={r} value={r} data-testid={`shift-role-${r}`}>
                {t(`ecgRoster.roles.${r}`)}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('ecgRoster.form.person')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="shift-person"
            options={personOptions}
            showSearch={{
              filterOption: (input, option) =>
                (option?.search ?? '').toLowerCase().includes(input.trim().toLowerCase()),
            }}
            placeholder={t('ecgRoster.form.personPlaceholder')}
          />
        </Form.Item>
        {tier === 'hub' && (
          <Form.Item
            name="onCallCardiologist"
            valuePropName="checked"
            extra={t('ecgRoster.form.onCallHint')}
          >
            <Checkbox data-testid="shift-on-call">{t('ecgRoster.onCall')}</Checkbox>
          </Form.Item>
        )}
        <ShiftWhenFields />
        <Form.Item name="note" label={t('ecgRoster.form.note')}>
          <Input maxLength={200} data-testid="shift-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
