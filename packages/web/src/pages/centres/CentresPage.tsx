import type { ReactElement } from 'react';
import { usePath } from '../../router/history.js';
import { useSignedInSession } from '../../session/session-context.js';
import { BoardPage } from './BoardPage.js';
import { CasePage } from './CasePage.js';
import { caseIdFromPath } from './centre-paths.js';
import './centres.css';

/**
 * The coordinator's pages: the live board (`/centres/board`) and one case
 * (`/centres/cases/<id>`). Starts afresh when the coordinator acts for another hospital.
 */
export function CentresPage(): ReactElement {
  const session = useSignedInSession();
  const caseId = caseIdFromPath(usePath());
  const org = session.activeOrgId ?? 'none';
  return caseId === null ? (
    <BoardPage key={org} />
  ) : (
    <CasePage key={`${org}:${caseId}`} caseId={caseId} />
  );
}
