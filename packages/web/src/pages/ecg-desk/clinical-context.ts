/**
 * The clinical context a technician adds to an upload in a few taps (chest pain, symptom onset,
 * first medical contact), as the multipart fields of `POST /api/ecg/studies`.
 */
import dayjs from 'dayjs';

/** What is known about the presentation; null when not given. Times are ISO 8601 with offset. */
export interface UploadContext {
  chestPain: boolean | null;
  onsetAt: string | null;
  firstMedicalContactAt: string | null;
}

/** Nothing known yet. */
export const emptyContext: UploadContext = {
  chestPain: null,
  onsetAt: null,
  firstMedicalContactAt: null,
};

/**
 * A moment as the server wants it: ISO 8601 with the local UTC offset, to the minute.
 * @param when a Date or epoch milliseconds
 * @example isoMinute(Date.UTC(2026, 4, 1, 2, 10)) // '2026-05-01T10:10:00+08:00' in Asia/Shanghai
 */
export function isoMinute(when: Date | number): string {
  return dayjs(when).second(0).millisecond(0).format('YYYY-MM-DDTHH:mm:ssZ');
}

/**
 * The upload's multipart text fields: only what is known is sent.
 * @example contextFields({ chestPain: true, onsetAt: null, firstMedicalContactAt: null })
 * // { chestPain: 'true' }
 */
export function contextFields(context: UploadContext): Record<string, string> {
  const fields: Record<string, string> = {};
  if (context.chestPain !== null) {
    fields.chestPain = context.chestPain ? 'true' : 'false';
  }
  if (context.onsetAt !== null) {
    fields.onsetAt = context.onsetAt;
  }
  if (context.firstMedicalContactAt !== null) {
    fields.firstMedicalContactAt = context.firstMedicalContactAt;
  }
  return fields;
}

/** True when any field is known. */
export function hasContext(context: UploadContext): boolean {
  return (
    context.chestPain !== null || context.onsetAt !== null || context.firstMedicalContactAt !== null
  );
}
