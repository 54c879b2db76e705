/**
 * Browser notifications for critical ECGs. Permission is asked only from a button (browsers
 * refuse or penalise asking on page load, and a reader should choose it knowingly).
 */

/** The browser's permission, or `unsupported` without the Notification API (e.g. iOS Safari tabs). */
export type AlertPermission = NotificationPermission | 'unsupported';

/** The current notification permission. */
export function notificationPermission(): AlertPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * Asks for permission to show notifications. Call from a click.
 * @returns the permission after asking.
 */
export async function requestNotificationPermission(): Promise<AlertPermission> {
  if (typeof Notification === 'undefined') {
    return 'unsupported';
  }
  try {
    return await Notification.requestPermission();
  } catch {
    return Notification.permission;
  }
}

/** A critical-ECG notification. */
export interface CriticalNotice {
  title: string;
  body: string;
  /** One notification per study: a repeat replaces the earlier one. */
  tag: string;
  /** Called when the reader clicks it (after the tab is focused). */
  onClick: () => void;
}

/**
 * Shows a notification that stays until the reader acts on it, when permission was granted.
 * @returns true when shown.
 */
export function notifyCritical(notice: CriticalNotice): boolean {
  if (notificationPermission() !== 'granted') {
    return false;
  }
  try {
    const shown = new Notification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      requireInteraction: true,
    });
    shown.onclick = () => {
      window.focus();
      notice.onClick();
      shown.close();
    };
    return true;
  } catch {
    return false; // some browsers allow notifications only from a service worker
  }
}
