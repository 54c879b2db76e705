/**
 * How a study's way through the loop is shown at the desk: four steps (received, analysed,
 * claimed by a reader, signed) or a refusal with its reason, and the triage colour.
 */
import type { EcgTriageLevel, StudyStatus, StudySummary } from '@gesang/domain';
import type { Messages } from '../../i18n/locales/zh-CN.js';

/** The steps of a study the county follows, in order. */
export const deskSteps = ['received', 'analysed', 'claimed', 'signed'] as const;

/** One of {@link deskSteps}. */
export type DeskStep = (typeof deskSteps)[number];

/**
 * How many of the four steps a study has reached (a refused file reached only "received").
 * @example stepsReached('claimed') // 3
 */
export function stepsReached(status: StudyStatus): number {
  return status === 'rejected' ? 1 : deskSteps.indexOf(status) + 1;
}

/** Triage colours, as everywhere in Gesang: critical red, urgent orange, routine green. */
export const triageColor: Record<EcgTriageLevel, string> = {
  critical: 'red',
  urgent: 'orange',
  routine: 'green',
};

/** Message keys (under `ecgPreview.errors`) of the readers' refusal codes. */
type ReaderErrorKey = keyof Messages['ecgPreview']['errors'];

const readerErrorKeys: Record<string, ReaderErrorKey> = {
  'not-ecg': 'notEcg',
  truncated: 'truncated',
  'bad-header': 'badHeader',
  'bad-data': 'badData',
  unsupported: 'unsupported',
  'missing-file': 'missingFile',
  'too-large': 'tooLarge',
};

/**
 * The translation key of a refusal code: the file readers' own codes share the preview page's
 * texts; a failed analysis and any code added later have the desk's own.
 * @example rejectionKey('not-ecg') // 'ecgPreview.errors.notEcg'
 */
export function rejectionKey(
  code: string,
): `ecgPreview.errors.${ReaderErrorKey}` | 'ecgDesk.rejection.analysisFailed' {
  const key = readerErrorKeys[code];
  if (key !== undefined) {
    return `ecgPreview.errors.${key}`;
  }
  return code === 'analysis-failed'
    ? 'ecgDesk.rejection.analysisFailed'
    : 'ecgPreview.errors.unknown';
}

/**
 * True when the study arrived on the same local calendar day as `now`.
 * @example receivedToday({ receivedAt: new Date().toISOString() }) // true
 */
export function receivedToday(study: Pick<StudySummary, 'receivedAt'>, now = new Date()): boolean {
  const at = new Date(study.receivedAt);
  return (
    at.getFullYear() === now.getFullYear() &&
    at.getMonth() === now.getMonth() &&
    at.getDate() === now.getDate()
  );
}
