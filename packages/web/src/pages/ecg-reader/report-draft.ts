/**
 * The report a reader is writing: an ordered list of statements (catalogue codes, possibly in the
 * reader's own wording, or free text) and a conclusion. Prefilled from the machine's statements
 * (or from the latest signed version when amending) and turned into the sign/amend body.
 */
import type {
  Locale,
  ReportStatement,
  ReportVersion,
  SignStudyBody,
  StudyStatus,
} from '@gesang/domain';
import { statementCatalogue } from '@gesang/ecg-signal';
import { isStatementCode } from './statement-search.js';

/** The code of a statement outside the catalogue (the server's `free_text`). */
export const freeTextCode = 'free_text';

/** Most statements one report may carry (the server's limit). */
export const maxStatements = 50;

/** One statement of the draft; `key` is stable while the reader edits. */
export interface DraftStatement {
  key: string;
  /** A catalogue code or {@link freeTextCode}. */
  code: string;
  /** The reader's wording: required for free text, optional for a coded statement. */
  text?: string;
  /** Taken over from the machine's pre-read and not changed since. */
  fromMachine: boolean;
}

/** The whole draft. */
export interface ReportDraft {
  statements: DraftStatement[];
  conclusion: string;
  /** Next statement key to hand out. */
  nextKey: number;
}

/** What the reader does to the draft. */
export type DraftAction =
  | { type: 'add'; code: string; text?: string }
  | { type: 'remove'; key: string }
  /** Set (or, with an empty text, clear) the reader's wording of a statement. */
  | { type: 'edit'; key: string; text: string }
  | { type: 'move'; key: string; step: -1 | 1 }
  | { type: 'conclusion'; text: string }
  | { type: 'reset'; draft: ReportDraft };

/** Why a draft cannot be signed yet. */
export type DraftProblem = 'no-conclusion' | 'empty-free-text' | 'too-many';

function build(
  statements: readonly Omit<DraftStatement, 'key'>[],
  conclusion: string,
): ReportDraft {
  return {
    statements: statements.map((s, i) => ({ ...s, key: `s${i}` })),
    conclusion,
    nextKey: statements.length,
  };
}

/**
 * The key the next added statement will get (to focus a free-text row just added).
 * @example nextStatementKey(draftFromMachine([])) // 's0'
 */
export function nextStatementKey(draft: ReportDraft): string {
  return `s${draft.nextKey}`;
}

/**
 * Whether a study's draft can be started from the machine: once the machine has read it (or has
 * given up: a rejected file), never while it is still being analysed, when the machine's
 * statements are yet to come and an empty draft would hide them for good.
 * @example machineDone('received') // false
 */
export function machineDone(status: StudyStatus): boolean {
  return status !== 'received';
}

/**
 * A draft holding the machine's statements (catalogue codes only, each once) and no conclusion.
 * @param machine the machine's statements, in its order.
 * @example draftFromMachine([{ code: 'sinus_rhythm' }]).statements[0]?.code // 'sinus_rhythm'
 */
export function draftFromMachine(machine: readonly { code: string }[]): ReportDraft {
  const codes = [...new Set(machine.map((s) => s.code))].filter(isStatementCode);
  return build(
    codes.map((code) => ({ code, fromMachine: true })),
    '',
  );
}

/**
 * A draft holding a signed version's statements and conclusion (to amend it).
 * @param version the version to start from (normally the latest).
 */
export function draftFromReport(version: ReportVersion): ReportDraft {
  return build(
    version.statements.map((s) => ({
      code: s.code,
      ...(s.text === undefined ? {} : { text: s.text }),
      fromMachine: false,
    })),
    version.conclusion,
  );
}

/**
 * The draft after one action. Adding a code already listed changes nothing; adding free text
 * always adds a row.
 * @param draft the draft now.
 * @param action what the reader did.
 */
export function applyDraftAction(draft: ReportDraft, action: DraftAction): ReportDraft {
  const { statements } = draft;
  switch (action.type) {
    case 'add': {
      const duplicate =
        action.code !== freeTextCode && statements.some((s) => s.code === action.code);
      if (duplicate || statements.length >= maxStatements) {
        return draft;
      }
      const added: DraftStatement = {
        key: nextStatementKey(draft),
        code: action.code,
        ...(action.text === undefined ? {} : { text: action.text }),
        fromMachine: false,
      };
      return { ...draft, statements: [...statements, added], nextKey: draft.nextKey + 1 };
    }
    case 'remove':
      return { ...draft, statements: statements.filter((s) => s.key !== action.key) };
    case 'edit':
      return {
        ...draft,
        statements: statements.map((s) => {
          if (s.key !== action.key) {
            return s;
          }
          const { text: _old, ...rest } = s;
          const keepEmpty = s.code === freeTextCode; // free text is never without its text field
          return action.text.trim() === '' && !keepEmpty
            ? { ...rest, fromMachine: false }
            : { ...rest, text: action.text, fromMachine: false };
        }),
      };
    case 'move': {
      const from = statements.findIndex((s) => s.key === action.key);
      const to = from + action.step;
      const moving = statements[from];
      if (from < 0 || to < 0 || to >= statements.length || moving === undefined) {
        return draft;
      }
      const next = statements.filter((s) => s.key !== action.key);
      next.splice(to, 0, moving);
      return { ...draft, statements: next };
    }
    case 'conclusion':
      return { ...draft, conclusion: action.text };
    case 'reset':
      return action.draft;
  }
}

/**
 * What stops the draft from being signed; empty when it can be.
 * @example draftProblems(draftFromMachine([])) // ['no-conclusion']
 */
export function draftProblems(draft: ReportDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (draft.conclusion.trim() === '') {
    problems.push('no-conclusion');
  }
  if (draft.statements.some((s) => s.code === freeTextCode && (s.text ?? '').trim() === '')) {
    problems.push('empty-free-text');
  }
  if (draft.statements.length > maxStatements) {
    problems.push('too-many');
  }
  return problems;
}

/**
 * The sign (or amend, plus a reason) body: trimmed texts, a coded statement's wording only when
 * the reader gave one.
 * @param draft a draft without {@link draftProblems}.
 */
export function signBody(draft: ReportDraft): SignStudyBody {
  const statements: ReportStatement[] = draft.statements.map((s) => {
    const text = s.text?.trim() ?? '';
    return text === '' ? { code: s.code } : { code: s.code, text };
  });
  return { statements, conclusion: draft.conclusion.trim() };
}

const TEXT_FIELD = { 'zh-CN': 'zh', en: 'en', bo: 'bo' } as const;

/**
 * A statement as shown: the reader's wording if any, else the catalogue text in the UI language,
 * else the code itself (a code this build does not know).
 * @example statementText({ code: 'pause' }, 'en') // 'Pause'
 */
export function statementText(statement: { code: string; text?: string }, locale: Locale): string {
  const own = statement.text?.trim() ?? '';
  if (own !== '') {
    return own;
  }
  return isStatementCode(statement.code)
    ? statementCatalogue[statement.code].text[TEXT_FIELD[locale]]
    : statement.code;
}

const SEPARATOR: Record<Locale, string> = { 'zh-CN': '；', en: '; ', bo: ' ' };

/**
 * A conclusion listing the statements, for the reader to accept or edit.
 * @example conclusionFromStatements([{ code: 'sinus_rhythm' }, { code: 'pause' }], 'en')
 * // 'Sinus rhythm; Pause'
 */
export function conclusionFromStatements(
  statements: readonly { code: string; text?: string }[],
  locale: Locale,
): string {
  return statements
    .map((s) => statementText(s, locale))
    .filter((text) => text !== '')
    .join(SEPARATOR[locale]);
}
