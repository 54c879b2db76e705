import { BellOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { playAlertTone, unlockAudio } from '../ecg-reader/alert-tone.js';
import {
  notificationPermission,
  requestNotificationPermission,
  type AlertPermission,
} from '../ecg-reader/notifications.js';

/**
 * Turns on the green-channel sound and notifications: browsers allow both only after a user's
 * action, so one tap unlocks the sound (playing it once, so the coordinator knows it) and asks
 * for permission to notify.
 */
export function SoundButton(): ReactElement {
  const { t } = useTranslation();
  const [permission, setPermission] = useState<AlertPermission>(notificationPermission);
  const [soundOn, setSoundOn] = useState(false);
  const enable = async (): Promise<void> => {
    setSoundOn(unlockAudio());
    window.setTimeout(() => playAlertTone(), 50);
    setPermission(await requestNotificationPermission());
  };
  const on = soundOn && (permission === 'granted' || permission === 'unsupported');
  return (
    <Tooltip title={t('centres.board.soundHint')}>
      <Button
        icon={on ? <SoundOutlined /> : <BellOutlined />}
        type={on ? 'default' : 'primary'}
        ghost={!on}
        onClick={() => void enable()}
        data-testid="board-sound"
      >
        {on ? t('centres.board.soundOn') : t('centres.board.soundEnable')}
      </Button>
    </Tooltip>
  );
}
