/**
 * The shift editor's values and their conversion to the API's bodies: a weekly shift carries a
 * weekday and no date, a one-off shift a date and no weekday; times are local `HH:MM`.
 */
import {
  minutesOfDay,
  type CreateShiftBody,
  type Shift,
  type ShiftRole,
  type UpdateShiftBody,
} from '@gesang/domain';

/** What the editor's form holds (the date as `YYYY-MM-DD`). */
export interface ShiftFormValues {
  userId: string;
  kind: 'weekly' | 'oneOff';
  /** ISO weekday 1 Monday … 7 Sunday (weekly shifts). */
  weekday: number;
  /** Local date (one-off shifts). */
  date: string;
  role: ShiftRole;
  onCallCardiologist: boolean;
  startTime: string;
  endTime: string;
  note: string;
}

/**
 * A typed time as `HH:MM`, or null when it is not one: accepts `8:00`, `08:00`, `0800` and `800`;
 * `24:00` only as an end.
 * @example normalizeTime('730', false) // '07:30'
 */
export function normalizeTime(text: string, isEnd: boolean): string | null {
  const match = /^(\d{1,2}):?(\d{2})$/.exec(text.trim());
  if (match === null) {
    return null;
  }
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && (minutes !== 0 || !isEnd))) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * True when a shift from `start` to `end` (both `HH:MM`) runs into the next day.
 * @example isOvernight('20:00', '08:00') // true
 */
export function isOvernight(start: string, end: string): boolean {
  return minutesOfDay(end) <= minutesOfDay(start);
}

/** The fields both bodies share, from the form. */
function timing(values: ShiftFormValues): Omit<CreateShiftBody, 'orgId'> {
  const weekly = values.kind === 'weekly';
  const note = values.note.trim();
  return {
    userId: values.userId,
    role: values.role,
    onCallCardiologist: values.onCallCardiologist,
    weekday: weekly ? values.weekday : null,
    date: weekly ? null : values.date,
    startTime: normalizeTime(values.startTime, false) ?? values.startTime,
    endTime: normalizeTime(values.endTime, true) ?? values.endTime,
    note: note === '' ? null : note,
  };
}

/**
 * `POST /api/ecg/roster/shifts` body for a new shift of `orgId`.
 * @example createBody(orgId, values).weekday // 3 for a weekly Wednesday shift
 */
export function createBody(orgId: string, values: ShiftFormValues): CreateShiftBody {
  return { orgId, ...timing(values) };
}

/**
 * `PATCH` body: every editable field, so switching weekly ↔ one-off clears the other one.
 * @example updateBody({ ...values, kind: 'oneOff' }).weekday // null
 */
export function updateBody(values: ShiftFormValues): UpdateShiftBody {
  return timing(values);
}

/**
 * The form's values for an existing shift.
 * @param fallbackDate the date offered if the editor switches a weekly shift to one-off.
 * @example formValues(shift, '2025-03-05').kind // 'weekly' when shift.weekday is set
 */
export function formValues(shift: Shift, fallbackDate: string): ShiftFormValues {
  return {
    userId: shift.user.id,
    kind: shift.weekday !== null ? 'weekly' : 'oneOff',
    weekday: shift.weekday ?? 1,
    date: shift.date ?? fallbackDate,
    role: shift.role,
    onCallCardiologist: shift.onCallCardiologist,
    startTime: shift.startTime,
    endTime: shift.endTime,
    note: shift.note ?? '',
  };
}
