import { describe, expect, it } from 'vitest';
import {
  applyDraftAction,
  conclusionFromStatements,
  draftFromMachine,
  draftFromReport,
  draftProblems,
  machineDone,
  signBody,
  statementText,
  type ReportDraft,
} from './report-draft.js';

const machine = draftFromMachine([
  { code: 'sinus_rhythm' },
  { code: 'st_elevation' },
  { code: 'st_elevation' },
  { code: 'not_a_code' },
]);

describe('draftFromMachine', () => {
  it('takes the machine’s catalogue codes once each, marked as machine statements', () => {
    expect(machine.statements.map((s) => [s.code, s.fromMachine])).toEqual([
      ['sinus_rhythm', true],
      ['st_elevation', true],
    ]);
    expect(machine.conclusion).toBe('');
    expect(draftProblems(machine)).toEqual(['no-conclusion']);
  });
});

describe('applyDraftAction', () => {
  const step = (draft: ReportDraft, ...actions: Parameters<typeof applyDraftAction>[1][]) =>
    actions.reduce(applyDraftAction, draft);

  it('removes, adds (once per code), edits and orders statements', () => {
    const first = machine.statements[0]?.key ?? '';
    let draft = step(
      machine,
      { type: 'remove', key: first },
      { type: 'add', code: 'stemi' },
      { type: 'add', code: 'stemi' },
      { type: 'add', code: 'free_text', text: 'Compare with the previous ECG' },
    );
    expect(draft.statements.map((s) => s.code)).toEqual(['st_elevation', 'stemi', 'free_text']);
    const stemi = draft.statements[1]?.key ?? '';
    draft = step(draft, { type: 'move', key: stemi, step: -1 });
    expect(draft.statements.map((s) => s.code)).toEqual(['stemi', 'st_elevation', 'free_text']);
    const st = draft.statements[1]?.key ?? '';
    draft = step(draft, { type: 'edit', key: st, text: 'ST elevation V1–V4' });
    expect(draft.statements[1]).toMatchObject({ text: 'ST elevation V1–V4', fromMachine: false });
    draft = step(draft, { type: 'edit', key: st, text: '  ' });
    expect(draft.statements[1]?.text).toBeUndefined();
  });

  it('will not move past either end', () => {
    const last = machine.statements[1]?.key ?? '';
    expect(applyDraftAction(machine, { type: 'move', key: last, step: 1 })).toBe(machine);
  });
});

describe('signBody and draftProblems', () => {
  it('sends codes, the reader’s own wording and the trimmed conclusion', () => {
    let draft = applyDraftAction(machine, { type: 'conclusion', text: '  Acute inferior STEMI ' });
    draft = applyDraftAction(draft, { type: 'add', code: 'free_text', text: ' call the hub ' });
    expect(draftProblems(draft)).toEqual([]);
    expect(signBody(draft)).toEqual({
      statements: [
        { code: 'sinus_rhythm' },
        { code: 'st_elevation' },
        { code: 'free_text', text: 'call the hub' },
      ],
      conclusion: 'Acute inferior STEMI',
    });
  });

  it('refuses free text without text', () => {
    let draft = applyDraftAction(machine, { type: 'conclusion', text: 'x' });
    draft = applyDraftAction(draft, { type: 'add', code: 'free_text', text: '' });
    const key = draft.statements[2]?.key ?? '';
    expect(draftProblems(draft)).toEqual(['empty-free-text']);
    draft = applyDraftAction(draft, { type: 'edit', key, text: '' });
    expect(draft.statements[2]?.text).toBe('');
  });
});

describe('draftFromReport', () => {
  it('starts an amendment from the signed version', () => {
    const draft = draftFromReport({
      version: 1,
      statements: [{ code: 'pause' }, { code: 'free_text', text: 'repeat ECG' }],
      conclusion: 'Sinus pause',
      signedBy: { id: '00000000-0000-4000-8000-000000000000', displayName: 'Dr Wang' },
      signedAt: '2025-03-01T02:05:00Z',
      amendmentReason: null,
    });
    expect(signBody(draft)).toEqual({
      statements: [{ code: 'pause' }, { code: 'free_text', text: 'repeat ECG' }],
      conclusion: 'Sinus pause',
    });
  });
});

describe('statement texts', () => {
  it('shows the catalogue text in the UI language unless the reader reworded it', () => {
    expect(statementText({ code: 'pause' }, 'zh-CN')).toBe('心搏停顿');
    expect(statementText({ code: 'pause' }, 'en')).toBe('Pause');
    expect(statementText({ code: 'pause', text: 'Pause 2.4 s' }, 'en')).toBe('Pause 2.4 s');
    expect(statementText({ code: 'unknown_code' }, 'en')).toBe('unknown_code');
  });

  it('joins statements into a conclusion', () => {
    expect(conclusionFromStatements([{ code: 'sinus_rhythm' }, { code: 'pause' }], 'en')).toBe(
      'Sinus rhythm; Pause',
    );
    expect(conclusionFromStatements([{ code: 'sinus_rhythm' }, { code: 'pause' }], 'zh-CN')).toBe(
      '窦性心律；心搏停顿',
    );
  });
});

describe('machineDone', () => {
  it('waits while the machine is still analysing, not after (read, claimed, signed, rejected)', () => {
    expect(machineDone('received')).toBe(false);
    for (const status of ['analysed', 'claimed', 'signed', 'rejected'] as const) {
      expect(machineDone(status), status).toBe(true);
    }
  });
});
