import type { AuditEntry } from '@gesang/domain';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** The filter form's values. */
export interface AuditFilterValues {
  actorUsername?: string;
  action?: string;
  patientId?: string;
  outcome?: AuditEntry['outcome'];
  range?: [Dayjs | null, Dayjs | null] | null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Audit filters in a responsive grid (one column on phones, three on desktops). */
export function AuditFilters({
  onSearch,
}: {
  onSearch: (values: AuditFilterValues) => void;
}): ReactElement {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterValues>();
  const outcomes: AuditEntry['outcome'][] = ['success', 'denied', 'failure'];
  return (
    <Form form={form} layout="vertical" onFinish={onSearch} data-testid="audit-filters">
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="actorUsername" label={t('audit.actor')}>
            <Input allowClear autoCapitalize="none" data-testid="audit-actor" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="action" label={t('audit.action')}>
            <Input allowClear autoCapitalize="none" placeholder="auth.login" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item name="outcome" label={t('audit.outcome')}>
            <Select
              allowClear
              options={outcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item
            name="patientId"
            label={t('audit.patientId')}
            rules={[{ pattern: uuid, message: t('errors.validation_failed') }]}
          >
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} lg={10}>
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              allowEmpty={[true, true]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={6} style={{ display: 'flex', alignItems: 'flex-end' }}>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit" data-testid="audit-search">
                {t('common.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onSearch({});
                }}
              >
                {t('common.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
