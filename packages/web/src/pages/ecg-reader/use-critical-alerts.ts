import type { StudySummary } from '@gesang/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.js';
import { playAlertTone } from './alert-tone.js';
import { notifyCritical } from './notifications.js';
import { patientText } from './patient-text.js';
import { newCriticalStudies, orgNameIn } from './worklist-view.js';

const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/**
 * Sounds the chime and shows a notification when a critical study nobody holds appears on the
 * worklist (once per study). Studies already listed when the page opens are not announced: the
 * reader sees them.
 * @param items the worklist.
 * @param loaded false until the first fetch answered.
 * @param onOpen opens a study (from a click on its notification).
 */
export function useCriticalAlerts(
  items: readonly StudySummary[],
  loaded: boolean,
  onOpen: (id: string) => void,
): void {
  const { t } = useTranslation();
  const seen = useRef<Set<string> | null>(null);
  const latestOpen = useRef(onOpen);
  useEffect(() => {
    latestOpen.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    if (!loaded) {
      return;
    }
    if (seen.current === null) {
      seen.current = new Set(items.map((s) => s.id));
      return;
    }
    const fresh = newCriticalStudies(items, seen.current);
    if (fresh.length === 0) {
      return;
    }
    fresh.forEach((s) => seen.current?.add(s.id));
    playAlertTone();
    const locale = currentLocale();
    for (const s of fresh.slice(0, 3)) {
      const patient = patientText(s.filePatient, t);
      const findings = (s.triage?.reasons ?? []).map((r) => r.text[TEXT_FIELD[locale]]);
      notifyCritical({
        title: t('ecgReader.alerts.title', { county: orgNameIn(s.orgName, locale) }),
        body: [patient.name ?? t('ecgReader.noName'), patient.details, ...findings]
          .filter((part) => part !== '')
          .join(' · '),
        tag: `gesang-ecg-${s.id}`,
        onClick: () => latestOpen.current(s.id),
      });
    }
  }, [items, loaded, t]);
}
