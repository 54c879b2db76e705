import { BellOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { playAlertTone, unlockAudio } from './alert-tone.js';
import {
  notificationPermission,
  requestNotificationPermission,
  type AlertPermission,
} from './notifications.js';

/**
 * Turns on the critical-ECG alerts: a click unlocks the sound (playing it once so the reader
 * knows what it sounds like and that the speakers are on) and asks the browser for permission
 * to show notifications. Browsers allow both only from a user's action, never on page load.
 */
export function AlertsButton(): ReactElement {
  const { t } = useTranslation();
  const [permission, setPermission] = useState<AlertPermission>(notificationPermission);
  const [soundOn, setSoundOn] = useState(false);

  const enable = async (): Promise<void> => {
    setSoundOn(unlockAudio());
    window.setTimeout(() => playAlertTone(), 50);
    setPermission(await requestNotificationPermission());
  };

  const hint =
    permission === 'denied'
      ? t('ecgReader.alerts.denied')
      : permission === 'unsupported'
        ? t('ecgReader.alerts.unsupported')
        : t('ecgReader.alerts.hint');
  const on = soundOn && (permission === 'granted' || permission === 'unsupported');
  return (
    <Tooltip title={hint}>
      <Button
        icon={on ? <SoundOutlined /> : <BellOutlined />}
        type={on ? 'default' : 'primary'}
        onClick={() => void enable()}
        data-testid="reader-alerts"
      >
        {on ? t('ecgReader.alerts.on') : t('ecgReader.alerts.enable')}
      </Button>
    </Tooltip>
  );
}
