import dayjs from 'dayjs';
import type { Study } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { contextFields, emptyContext, hasContext, isoMinute } from './clinical-context.js';
import { formatTime } from './format-time.js';
import { machineStatements, reportStatementText } from './study-findings.js';

describe('clinical context', () => {
  it('sends only what is known, in the server’s field names and formats', () => {
    expect(contextFields(emptyContext)).toEqual({});
    expect(hasContext(emptyContext)).toBe(false);
    const context = {
      chestPain: false,
      onsetAt: '2026-05-01T02:10:00+08:00',
      firstMedicalContactAt: '2026-05-01T03:00:00+08:00',
    };
    expect(contextFields(context)).toEqual({
      chestPain: 'false',
      onsetAt: '2026-05-01T02:10:00+08:00',
      firstMedicalContactAt: '2026-05-01T03:00:00+08:00',
    });
    expect(hasContext(context)).toBe(true);
  });

  it('writes a moment to the minute with the local UTC offset (ISO 8601)', () => {
    const when = new Date(2026, 4, 1, 2, 10, 37, 500);
    const iso = isoMinute(when);
    expect(iso).toMatch(/^2026-05-01T02:10:00[+-]\d\d:\d\d$/);
    expect(new Date(iso).getTime()).toBe(new Date(2026, 4, 1, 2, 10).getTime());
  });
});

describe('formatTime', () => {
  it('shows the clock for today and the date too for other days', () => {
    const now = dayjs(new Date(2026, 4, 1, 12, 0));
    expect(formatTime(new Date(2026, 4, 1, 9, 5).toISOString(), now)).toBe('09:05');
    expect(formatTime(new Date(2026, 3, 30, 23, 55).toISOString(), now)).toBe('04-30 23:55');
    expect(formatTime(null, now)).toBe('');
  });
});

describe('study findings', () => {
  it('names signed statements by the reader’s words, else the catalogue, else the code', () => {
    expect(reportStatementText({ code: 'free_text', text: 'Compare with old ECG' }, 'zh-CN')).toBe(
      'Compare with old ECG',
    );
    // The catalogue's texts (ecg-signal statements/catalogue.ts).
    expect(reportStatementText({ code: 'stemi' }, 'zh-CN')).toBe('急性ST段抬高型心肌梗死');
    expect(reportStatementText({ code: 'sinus_rhythm' }, 'en')).toBe('Sinus rhythm');
    expect(reportStatementText({ code: 'no_such_code' }, 'bo')).toBe('no_such_code');
  });

  it('marks the machine statements that set a critical triage', () => {
    const text = { zh: '甲', en: 'A', bo: 'ཀ' };
    const study = {
      triage: { level: 'critical', reasons: [{ code: 'stemi', text }] },
      analysis: {
        statements: [
          { code: 'sinus_rhythm', snomedCt: null, text, evidence: {} },
          { code: 'stemi', snomedCt: null, text, evidence: {} },
        ],
      },
    } as unknown as Study;
    expect(machineStatements(study, 'bo')).toEqual([
      { text: 'ཀ', code: 'sinus_rhythm' },
      { text: 'ཀ', code: 'stemi', severity: 'critical' },
    ]);
  });
});
