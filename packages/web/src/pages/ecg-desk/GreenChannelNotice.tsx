import { localize, type GreenChannel } from '@gesang/domain';
import { Alert, Typography } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/date.js';
import { currentLocale } from '../../i18n/index.js';

/** Props of {@link GreenChannelNotice}. */
export interface GreenChannelNoticeProps {
  channel: GreenChannel;
}

/**
 * What the county sees once the reader signed a STEMI on its ECG: the chest-pain green channel is
 * open at the hub, whether the hub's team has acknowledged it (updated live with the study), and
 * what to do now: prepare the transfer for primary PCI, consider thrombolysis when the expected
 * first-medical-contact-to-device time exceeds 120 minutes, give the loading doses per protocol.
 */
export function GreenChannelNotice({ channel }: GreenChannelNoticeProps): ReactElement {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hub = localize({ ...channel.hubName, bo: channel.hubName.bo ?? undefined }, locale);
  const acknowledged = channel.acknowledgedAt !== null;
  const status = acknowledged
    ? t('greenChannel.acknowledged', {
        name: channel.acknowledgedBy?.displayName ?? '',
        time: formatDateTime(channel.acknowledgedAt),
      })
    : t('greenChannel.waiting', { hub });
  return (
    <Alert
      type={acknowledged ? 'success' : 'warning'}
      showIcon
      data-testid="green-channel-notice"
      title={t('greenChannel.title', { hub })}
      description={
        <>
          <Typography.Paragraph
            strong
            style={{ marginBottom: 8 }}
            data-testid="green-channel-status"
            data-acknowledged={acknowledged}
          >
            {status}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('greenChannel.nextTitle')}</Typography.Text>
          <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            <li>{t('greenChannel.transfer', { hub })}</li>
            <li>{t('greenChannel.lysis')}</li>
            <li>{t('greenChannel.loading')}</li>
          </ol>
        </>
      }
    />
  );
}
