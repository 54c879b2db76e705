import type { StudyEvent, StudyEventKind } from '@gesang/domain';
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventStream } from '../../hooks/use-event-stream.js';
import { usePath } from '../../router/history.js';
import { useSignedInSession } from '../../session/session-context.js';
import { unlockAudioOnFirstGesture } from './alert-tone.js';
import { studyIdFromPath } from './reader-paths.js';
import { StudyPage } from './StudyPage.js';
import { useCriticalAlerts } from './use-critical-alerts.js';
import { useReaderActions } from './use-reader-actions.js';
import { useWorklist } from './use-worklist.js';
import { worklistCounts } from './worklist-view.js';
import { WorklistPage } from './WorklistPage.js';
import './reader.css';
import './study.css';

/** Events that change the worklist (received, rejected and amended studies are not on it). */
const worklistKinds: ReadonlySet<StudyEventKind> = new Set([
  'analysed',
  'claimed',
  'released',
  'signed',
]);

/**
 * The reader workstation (`/ecg/worklist` and `/ecg/read/:id`). One live stream and one worklist
 * serve both pages, so a critical ECG is announced while the reader is reading another one, and
 * "next study" knows what is waiting. Starts afresh when the reader switches organisation.
 */
export function ReaderPage(): ReactElement {
  const session = useSignedInSession();
  return <ReaderWorkstation key={session.activeOrgId ?? 'none'} userId={session.user.id} />;
}

function ReaderWorkstation({ userId }: { userId: string }): ReactElement {
  const { t } = useTranslation();
  const path = usePath();
  const studyId = studyIdFromPath(path);
  const worklist = useWorklist();
  const [lastEvent, setLastEvent] = useState<StudyEvent | null>(null);
  const { refresh } = worklist;
  const stream = useMemo(
    () => ({
      path: '/api/ecg/events',
      on: {
        study: (event: StudyEvent) => {
          setLastEvent(event);
          if (worklistKinds.has(event.kind)) {
            refresh();
          }
        },
      },
      onOpen: refresh,
    }),
    [refresh],
  );
  const live = useEventStream(stream);
  const actions = useReaderActions(worklist, userId);
  useCriticalAlerts(worklist.items, worklist.loaded, actions.open);
  useEffect(unlockAudioOnFirstGesture, []);

  // The tab title counts the free studies (critical ones marked), for a reader in another tab.
  const counts = worklistCounts(worklist.items);
  useEffect(() => {
    const before = document.title;
    const mark = counts.unclaimedCritical > 0 ? '‼ ' : '';
    document.title = `${mark}(${counts.unclaimed}) ${t('nav.ecgWorklist')} · Gesang`;
    return () => {
      document.title = before;
    };
  }, [counts.unclaimed, counts.unclaimedCritical, t]);

  const onNext = useCallback(() => void actions.openNext(studyId), [actions, studyId]);
  const onClaimOpen = useCallback((id: string) => void actions.claimAndOpen(id), [actions]);

  if (studyId !== null) {
    return (
      <StudyPage
        key={studyId}
        studyId={studyId}
        userId={userId}
        lastEvent={lastEvent}
        live={live}
        onNext={onNext}
        onWorklistChanged={refresh}
      />
    );
  }
  return (
    <WorklistPage
      worklist={worklist}
      live={live}
      userId={userId}
      onClaimOpen={onClaimOpen}
      onOpen={actions.open}
      onNext={onNext}
    />
  );
}
