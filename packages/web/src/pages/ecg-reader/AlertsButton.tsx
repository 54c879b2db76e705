import { BellOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState, type ReactElement } from 'react';
import { playAlertTone, unlockAudio } from './alert-tone.js';
import {
  notificationPermission,
  requestNotificationPermission,
  type AlertPermission,
} from './notifications.js';

/** The button's texts, already translated (each page words its alerts its own way). */
export interface AlertsButtonText {
  /** The button while sound or notifications are off. */
  enable: string;
  /** The button once both are on. */
  on: string;
  /** The tooltip. */
  hint: string;
  /** The tooltip when the browser refused notifications (default: `hint`). */
  denied?: string;
  /** The tooltip when the browser has no notifications (default: `hint`). */
  unsupported?: string;
}

/** What {@link AlertsButton} takes. */
export interface AlertsButtonProps {
  text: AlertsButtonText;
  /** The button's `data-testid`. */
  testId: string;
  /** Outlined rather than filled while off (beside another primary button). */
  ghost?: boolean;
}

/**
 * Turns on the alerts (the reader's critical ECGs, the coordinator's green channels): a click
 * unlocks the sound (playing it once so the user knows what it sounds like and that the
 * speakers are on) and asks the browser for permission to show notifications. Browsers allow
 * both only from a user's action, never on page load.
 * @param props the texts, the test id and the look; see {@link AlertsButtonProps}.
 * @example <AlertsButton text={{ enable: t('…'), on: t('…'), hint: t('…') }} testId="board-sound" />
 */
export function AlertsButton({ text, testId, ghost = false }: AlertsButtonProps): ReactElement {
  const [permission, setPermission] = useState<AlertPermission>(notificationPermission);
  const [soundOn, setSoundOn] = useState(false);

  const enable = async (): Promise<void> => {
    setSoundOn(unlockAudio());
    window.setTimeout(() => playAlertTone(), 50);
    setPermission(await requestNotificationPermission());
  };

  const hint =
    permission === 'denied'
      ? (text.denied ?? text.hint)
      : permission === 'unsupported'
        ? (text.unsupported ?? text.hint)
        : text.hint;
  const on = soundOn && (permission === 'granted' || permission === 'unsupported');
  return (
    <Tooltip title={hint}>
      <Button
        icon={on ? <SoundOutlined /> : <BellOutlined />}
        type={on ? 'default' : 'primary'}
        ghost={ghost && !on}
        onClick={() => void enable()}
        data-testid={testId}
      >
        {on ? text.on : text.enable}
      </Button>
    </Tooltip>
  );
}
