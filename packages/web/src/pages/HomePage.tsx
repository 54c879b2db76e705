import { localize } from '@gesang/domain';
import { Alert, Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/index.js';
import { navigate } from '../router/history.js';
import { allowedNavItems } from '../nav.js';
import { useSignedInSession } from '../session/session-context.js';

/** Home: who is signed in, for which organisation and with which roles, and shortcuts. */
export function HomePage(): ReactElement {
  const { t } = useTranslation();
  const session = useSignedInSession();
  const locale = currentLocale();
  const active = session.memberships.find((m) => m.orgId === session.activeOrgId);
  const shortcuts = allowedNavItems(session.permissions).filter((r) => r.key !== 'home');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="home-welcome">
        {t('home.welcome', { name: session.user.displayName })}
      </Typography.Title>
      {active === undefined ? (
        <Alert type="warning" showIcon title={t('home.noOrg')} />
      ) : (
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('home.activeOrg')}>
              <span data-testid="home-active-org">{localize(active.orgName, locale)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('home.roles')}>
              <Space wrap size={4}>
                {active.roles.map((role) => (
                  <Tag key={role} color="blue" data-testid={`home-role-${role}`}>
                    {t(`roles.${role}`)}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {shortcuts.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('home.shortcuts')}
          </Typography.Title>
          <Row gutter={[12, 12]}>
            {shortcuts.map((r) => (
              <Col key={r.key} xs={12} sm={8} lg={6}>
                <Card
                  hoverable
                  size="small"
                  onClick={() => navigate(r.path)}
                  data-testid={`shortcut-${r.key}`}
                >
                  <Space>
                    {r.icon}
                    {t(`nav.${r.key}`)}
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Space>
  );
}
