/**
 * What a coordinator does to a case, shared by the board's cards and the case page: record an
 * event now (with an undo) or at another time, correct or remove one with a reason, set
 * attributes, close, acknowledge the green channel. Each answers with the changed case, which the
 * caller puts in place; failures are shown as a message in the UI language.
 */
import type { CaseDetail, Centre, UpdateCaseAttributesBody } from '@gesang/domain';
import { App } from 'antd';
import { createElement, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  acknowledgeCase,
  closeCase,
  correctCaseEvent,
  recordCaseEvent,
  removeCaseEvent,
  updateCaseAttributes,
} from '../../api/cases.js';
import { useErrorText } from '../../hooks/use-error-text.js';
import { currentLocale } from '../../i18n/index.js';
import { eventLabel } from './centre-text.js';
import { UndoMessage } from './UndoMessage.js';

/** The actions on one case; each resolves true when it succeeded. */
export interface CaseActions {
  /** What is running now (`record:door`, `close` …), to show a spinner on that button. */
  busy: string | null;
  /** Records `event` now (one tap), or at `at` (ISO) when given. */
  record: (event: string, at?: string) => Promise<boolean>;
  correct: (event: string, at: string, reason: string) => Promise<boolean>;
  remove: (event: string, reason: string) => Promise<boolean>;
  setAttributes: (body: UpdateCaseAttributesBody) => Promise<boolean>;
  close: () => Promise<boolean>;
  acknowledge: () => Promise<boolean>;
}

/**
 * Actions on case `caseId` of `centre`.
 * @param onChanged receives the case as the server answered (after acknowledging: null, refetch).
 * @example const actions = useCaseActions(c.id, c.centre, board.replace); await actions.record('door');
 */
export function useCaseActions(
  caseId: string,
  centre: Centre,
  onChanged: (detail: CaseDetail | null) => void,
): CaseActions {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string | null>(null);

  const run = useCallback(
    async (what: string, call: () => Promise<CaseDetail | null>): Promise<boolean> => {
      setBusy(what);
      try {
        onChanged(await call());
        return true;
      } catch (error) {
        void message.error(errorText(error));
        return false;
      } finally {
        setBusy(null);
      }
    },
    [errorText, message, onChanged],
  );

  const undo = useCallback(
    (event: string, key: string) => {
      message.destroy(key);
      void run(`remove:${event}`, () =>
        removeCaseEvent(caseId, event, t('centres.events.undoReason')),
      );
    },
    [caseId, message, run, t],
  );

  const record = useCallback(
    async (event: string, at?: string): Promise<boolean> => {
      const done = await run(`record:${event}`, () =>
        recordCaseEvent(caseId, at === undefined ? { event } : { event, at }),
      );
      if (done) {
        const key = `recorded-${caseId}-${event}`;
        const label = eventLabel(centre, event, currentLocale());
        void message.success({
          key,
          duration: 8,
          content: createElement(UndoMessage, {
            text: t('centres.events.recorded', { event: label }),
            onUndo: () => undo(event, key),
          }),
        });
      }
      return done;
    },
    [caseId, centre, message, run, t, undo],
  );

  return useMemo(
    () => ({
      busy,
      record,
      correct: (event, at, reason) =>
        run(`correct:${event}`, () => correctCaseEvent(caseId, event, { at, reason })),
      remove: (event, reason) =>
        run(`remove:${event}`, () => removeCaseEvent(caseId, event, reason)),
      setAttributes: (body) => run('attributes', () => updateCaseAttributes(caseId, body)),
      close: () => run('close', () => closeCase(caseId)),
      acknowledge: () => run('acknowledge', () => acknowledgeCase(caseId).then(() => null)),
    }),
    [busy, caseId, record, run],
  );
}
