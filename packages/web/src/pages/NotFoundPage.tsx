import { Button, Result } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../router/history.js';

/** Unknown path, or a page the acting organisation's roles do not allow. */
export function NotFoundPage(): ReactElement {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      data-testid="not-found"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
