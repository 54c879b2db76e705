import { Button } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Props of {@link UndoMessage}. */
export interface UndoMessageProps {
  text: string;
  onUndo: () => void;
}

/**
 * "Door recorded — Undo": the confirmation of a one-tap event, with a way back for a tap on the
 * wrong button (removed with a reason saying so, kept in the history).
 */
export function UndoMessage({ text, onUndo }: UndoMessageProps): ReactElement {
  const { t } = useTranslation();
  return (
    <span data-testid="event-recorded">
      {text}{' '}
      <Button type="link" size="small" onClick={onUndo} data-testid="event-undo">
        {t('centres.events.undo')}
      </Button>
    </span>
  );
}
