import { Col, Form, Input, Row } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The three-language name fields (`name.zh`, `name.en` required; `name.bo` optional) inside a
 * `Form`, under the field `prefix` (default `name`). One column on phones, three on wide screens.
 */
export function LocalizedNameFields({ prefix = 'name' }: { prefix?: string }): ReactElement {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <Row gutter={12}>
      <Col xs={24} md={8}>
        <Form.Item name={[prefix, 'zh']} label={t('orgs.nameZh')} rules={required}>
          <Input lang="zh-CN" maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[prefix, 'en']} label={t('orgs.nameEn')} rules={required}>
          <Input lang="en" maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[prefix, 'bo']} label={t('orgs.nameBo')}>
          <Input lang="bo" maxLength={200} />
        </Form.Item>
      </Col>
    </Row>
  );
}
