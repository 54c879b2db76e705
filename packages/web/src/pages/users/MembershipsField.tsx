import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { roles, type Organisation } from '@gesang/domain';
import { Button, Card, Checkbox, Form } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../orgs/OrgTreeSelect.js';

/**
 * The `memberships` list of a user form: for each, one organisation and its roles (check boxes:
 * one tap each on a phone, all choices visible). Test ids: `membership-org-<i>`,
 * `membership-role-<i>-<role>`.
 */
export function MembershipsField({ orgs }: { orgs: readonly Organisation[] }): ReactElement {
  const { t } = useTranslation();
  const required = { required: true, message: t('common.required') };
  return (
    <Form.List name="memberships">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              extra={
                fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.remove')}
                  />
                )
              }
              title={`${t('users.organisation')} ${index + 1}`}
            >
              <Form.Item
                name={[field.name, 'orgId']}
                label={t('users.organisation')}
                rules={[required]}
              >
                <OrgTreeSelect orgs={orgs} data-testid={`membership-org-${index}`} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'roles']}
                label={t('users.roles')}
                rules={[{ required: true, type: 'array', min: 1, message: t('users.pickRoles') }]}
                style={{ marginBottom: 0 }}
              >
                <Checkbox.Group
                  style={{
                    display: 'grid',
                    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
                    gap: 4,
                  }}
                  options={roles.map((role) => ({
                    value: role,
                    label: (
                      <span data-testid={`membership-role-${index}-${role}`}>
                        {t(`roles.${role}`)}
                      </span>
                    ),
                  }))}
                />
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ roles: [] })}>
            {t('users.addMembership')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
