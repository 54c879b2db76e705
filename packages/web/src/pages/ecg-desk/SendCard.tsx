import { Card, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadContext } from './clinical-context.js';
import { ContextForm } from './ContextForm.js';
import { DeskPicker } from './DeskPicker.js';

/** Props of {@link SendCard}. */
export interface SendCardProps {
  context: UploadContext;
  onContextChange: (context: UploadContext) => void;
  onFiles: (files: File[]) => void;
  ready: boolean;
  isPhone: boolean;
}

/** Clinical context first (it goes with the files picked next), then the files. */
export function SendCard({
  context,
  onContextChange,
  onFiles,
  ready,
  isPhone,
}: SendCardProps): ReactElement {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('ecgDesk.context.title')} data-testid="desk-send">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('ecgDesk.context.hint')}
      </Typography.Paragraph>
      <ContextForm value={context} onChange={onContextChange} isPhone={isPhone} />
      <div style={{ marginTop: 12 }}>
        <DeskPicker onFiles={onFiles} disabled={!ready} isPhone={isPhone} />
      </div>
    </Card>
  );
}
