import type { Shift } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import {
  createBody,
  formValues,
  isOvernight,
  normalizeTime,
  updateBody,
  type ShiftFormValues,
} from './shift-form.js';

const orgId = '00000000-0000-4000-8000-00000000aaaa';
const userId = '00000000-0000-4000-8000-00000000bbbb';

const values: ShiftFormValues = {
  userId,
  kind: 'weekly',
  weekday: 3,
  date: '2025-03-05',
  role: 'primary',
  onCallCardiologist: false,
  startTime: '20:00',
  endTime: '8:00',
  note: '  ',
};

describe('normalizeTime', () => {
  it('accepts the ways people type a time', () => {
    expect(normalizeTime('8:00', false)).toBe('08:00');
    expect(normalizeTime('0800', false)).toBe('08:00');
    expect(normalizeTime('730', false)).toBe('07:30');
    expect(normalizeTime(' 23:59 ', false)).toBe('23:59');
  });

  it('allows 24:00 only as an end and refuses impossible times', () => {
    expect(normalizeTime('24:00', true)).toBe('24:00');
    expect(normalizeTime('24:00', false)).toBeNull();
    expect(normalizeTime('24:30', true)).toBeNull();
    expect(normalizeTime('12:60', false)).toBeNull();
    expect(normalizeTime('25:00', true)).toBeNull();
    expect(normalizeTime('8', false)).toBeNull();
    expect(normalizeTime('ab:cd', false)).toBeNull();
  });
});

describe('isOvernight', () => {
  it('reads an end at or before the start as the next day', () => {
    expect(isOvernight('20:00', '08:00')).toBe(true);
    expect(isOvernight('22:00', '00:00')).toBe(true);
    expect(isOvernight('00:00', '24:00')).toBe(false);
    expect(isOvernight('08:00', '20:00')).toBe(false);
  });
});

describe('shift bodies', () => {
  it('gives a weekly shift a weekday and no date, with times as HH:MM', () => {
    expect(createBody(orgId, values)).toEqual({
      orgId,
      userId,
      role: 'primary',
      onCallCardiologist: false,
      weekday: 3,
      date: null,
      startTime: '20:00',
      endTime: '08:00',
      note: null,
    });
  });

  it('gives a one-off shift a date and clears the weekday when switching', () => {
    const oneOff = updateBody({ ...values, kind: 'oneOff', note: ' cover for Dr Li ' });
    expect(oneOff).toMatchObject({ weekday: null, date: '2025-03-05', note: 'cover for Dr Li' });
  });

  it('reads an existing shift back into the form', () => {
    const shift: Shift = {
      id: '00000000-0000-4000-8000-00000000cccc',
      orgId,
      user: { id: userId, displayName: 'Kelsang' },
      role: 'backup',
      onCallCardiologist: true,
      weekday: null,
      date: '2025-03-07',
      startTime: '18:00',
      endTime: '24:00',
      note: null,
      createdAt: '2025-03-01T00:00:00.000Z',
    };
    expect(formValues(shift, '2025-03-03')).toEqual({
      userId,
      kind: 'oneOff',
      weekday: 1,
      date: '2025-03-07',
      role: 'backup',
      onCallCardiologist: true,
      startTime: '18:00',
      endTime: '24:00',
      note: '',
    });
  });
});
