import type { StudySummary } from '@gesang/domain';
import { App } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { claimStudy } from '../../api/ecg-reader.js';
import { ApiError } from '../../api/client.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { navigate } from '../../router/history.js';
import { studyReadPath } from './reader-paths.js';
import type { WorklistState } from './use-worklist.js';
import { nextStudyCandidates } from './worklist-view.js';

/** The reader's moves between studies. */
export interface ReaderActions {
  /**
   * Claim a study and open it; a study another reader holds is opened to look at only.
   * @returns true when the study was opened.
   */
  claimAndOpen: (id: string, options?: { quiet?: boolean }) => Promise<boolean>;
  /** Open a study without claiming it. */
  open: (id: string) => void;
  /** Claim the first free study (then the reader's own) other than `currentId`, and open it. */
  openNext: (currentId: string | null) => Promise<void>;
}

/** Who holds a study, from a 409 problem's details. */
function holderName(error: ApiError): string | null {
  const holder = error.details?.claimedBy;
  return typeof holder === 'object' && holder !== null && 'displayName' in holder
    ? String(holder.displayName)
    : null;
}

/**
 * Claiming and moving between studies, with the messages a reader needs when another reader was
 * quicker (the server's 409 names who holds the study).
 * @param worklist the worklist (patched at once after a claim, refreshed after a lost race).
 * @param userId the reader.
 */
export function useReaderActions(worklist: WorklistState, userId: string): ReaderActions {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const items = useRef<readonly StudySummary[]>(worklist.items);
  useEffect(() => {
    items.current = worklist.items;
  }, [worklist.items]);
  const { patch, refresh } = worklist;

  const open = useCallback((id: string): void => navigate(studyReadPath(id)), []);

  const claimAndOpen = useCallback(
    async (id: string, options: { quiet?: boolean } = {}): Promise<boolean> => {
      const listed = items.current.find((s) => s.id === id);
      if (
        listed?.claimedBy !== null &&
        listed?.claimedBy !== undefined &&
        listed.claimedBy.id !== userId
      ) {
        open(id);
        return true;
      }
      try {
        patch(await claimStudy(id));
        open(id);
        return true;
      } catch (error) {
        refresh();
        if (options.quiet !== true) {
          if (error instanceof ApiError && error.status === 409) {
            const name = holderName(error);
            void message.warning(
              name === null ? t('ecgReader.notClaimable') : t('ecgReader.heldBy', { name }),
            );
          } else {
            void message.error(errorText(error));
          }
        }
        return false;
      }
    },
    [userId, patch, refresh, open, message, t, errorText],
  );

  const openNext = useCallback(
    async (currentId: string | null): Promise<void> => {
      // A few tries: at 3 a.m. two readers may press "next" on the same study together.
      for (const id of nextStudyCandidates(items.current, currentId, userId).slice(0, 5)) {
        if (await claimAndOpen(id, { quiet: true })) {
          return;
        }
      }
      void message.info(t('ecgReader.noNext'));
    },
    [userId, claimAndOpen, message, t],
  );

  return useMemo(() => ({ claimAndOpen, open, openNext }), [claimAndOpen, open, openNext]);
}
