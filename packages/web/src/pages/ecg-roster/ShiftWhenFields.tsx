import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayName } from './roster-text.js';
import { isOvernight, normalizeTime } from './shift-form.js';

/**
 * When a shift happens, inside the editor's form: weekly (a weekday) or once (a date), start and
 * end as `HH:MM` (typing `0800` or `8:00` is fine), with a live hint that an end at or before the
 * start means the next day.
 */
export function ShiftWhenFields(): ReactElement {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch<string | undefined>('kind', form);
  const start = normalizeTime(Form.useWatch<string | undefined>('startTime', form) ?? '', false);
  const end = normalizeTime(Form.useWatch<string | undefined>('endTime', form) ?? '', true);
  const timeRule = (isEnd: boolean): Rule => ({
    validator: (_: unknown, value: string | undefined) =>
      normalizeTime(value ?? '', isEnd) === null
        ? Promise.reject(new Error(t('ecgRoster.form.timeInvalid')))
        : Promise.resolve(),
  });
  const hint =
    start !== null && start === end
      ? t('ecgRoster.form.sameTime')
      : start !== null && end !== null && isOvernight(start, end)
        ? t('ecgRoster.form.overnightHint', { time: end })
        : t('ecgRoster.form.timeHint');

  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="kind" label={t('ecgRoster.form.kind')}>
            <Radio.Group optionType="button" data-testid="shift-kind">
              <Radio.Button value="weekly" data-testid="shift-kind-weekly">
                {t('ecgRoster.form.weekly')}
              </Radio.Button>
              <Radio.Button value="oneOff" data-testid="shift-kind-oneOff">
                {t('ecgRoster.form.oneOff')}
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          {kind === 'oneOff' ? (
            <Form.Item
              name="date"
              label={t('ecgRoster.form.date')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker
                format="YYYY-MM-DD"
                allowClear={false}
                style={{ width: '100%' }}
                data-testid="shift-date"
              />
            </Form.Item>
          ) : (
            <Form.Item name="weekday" label={t('ecgRoster.form.weekday')}>
              <Select
                data-testid="shift-weekday"
                options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({
                  value: d,
                  label: (
                    <span data-testid={`shift-weekday-option-${d}`}>{weekdayName(t, d - 1)}</span>
                  ),
                }))}
              />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            name="startTime"
            label={t('ecgRoster.form.startTime')}
            rules={[timeRule(false)]}
          >
            <Input inputMode="numeric" placeholder="08:00" data-testid="shift-start" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="endTime" label={t('ecgRoster.form.endTime')} rules={[timeRule(true)]}>
            <Input inputMode="numeric" placeholder="20:00" data-testid="shift-end" />
          </Form.Item>
        </Col>
      </Row>
      <div className="gesang-roster-hint" data-testid="shift-time-hint">
        {hint}
      </div>
    </>
  );
}
