/**
 * The statement picker's search over the engine's catalogue: a reader types Chinese, English,
 * Tibetan, the code, or a usual abbreviation (AF, LBBB, PVC) and gets the matching statements,
 * best match first.
 */
import {
  makeStatement,
  statementCatalogue,
  statementCodes,
  triage,
  type StatementCode,
} from '@gesang/ecg-signal';

/**
 * Abbreviations readers type, Latin in lower case, and Chinese short forms (室早, 窦缓); the
 * catalogue holds full names only.
 */
const ABBREVIATIONS: Partial<Record<StatementCode, readonly string[]>> = {
  sinus_rhythm: ['sr', 'nsr'],
  sinus_bradycardia: ['sb', '窦缓'],
  sinus_tachycardia: ['窦速'],
  atrial_fibrillation: ['af', 'afib'],
  atrial_flutter: ['afl'],
  supraventricular_tachycardia: ['svt', 'psvt', '室上速'],
  ventricular_tachycardia: ['vt', '室速'],
  ventricular_run: ['nsvt', '短阵室速'],
  ventricular_fibrillation: ['vf'],
  av_block_first_degree: ['1avb', 'avb1'],
  av_block_mobitz_1: ['2avb', 'wenckebach'],
  av_block_mobitz_2: ['2avb'],
  av_block_third_degree: ['3avb', 'chb', 'iiiavb', '三度阻滞'],
  premature_ventricular_complexes: ['pvc', 'vpb', 'vpc', '室早'],
  premature_atrial_complexes: ['pac', 'apb', 'apc', '房早'],
  right_bundle_branch_block: ['rbbb', '右束支阻滞'],
  incomplete_right_bundle_branch_block: ['irbbb'],
  left_bundle_branch_block: ['lbbb', '左束支阻滞'],
  incomplete_left_bundle_branch_block: ['ilbbb'],
  left_ventricular_hypertrophy: ['lvh', '左室肥厚'],
  long_qt: ['lqt', 'lqts', 'qtc'],
  left_axis_deviation: ['lad'],
  right_axis_deviation: ['rad'],
  stemi: ['ami', 'mi', '心梗', '急性心梗'],
  early_repolarization: ['erp'],
  paced_rhythm: ['pacemaker'],
};

/** Tibetan syllable and clause marks and all spaces are ignored when matching. */
const fold = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u0F0B\u0F0C\u0F0D\u0F0E_\-–,()]+/g, '');

interface Entry {
  code: StatementCode;
  /** Folded haystacks: code, zh, en, bo, abbreviations. */
  fields: string[];
  /** Folded starts of the English words and code segments ("left bundle" → ["left","bundle"]). */
  words: string[];
}

const ENTRIES: readonly Entry[] = statementCodes.map((code) => {
  const { text } = statementCatalogue[code];
  const abbreviations = ABBREVIATIONS[code] ?? [];
  return {
    code,
    fields: [code, text.zh, text.en, text.bo, ...abbreviations].map(fold),
    words: [...text.en.split(/[\s,()-]+/), ...code.split('_')].map(fold).filter((w) => w !== ''),
  };
});

/** 0 exact, 1 prefix of a field, 2 start of a word, 3 anywhere; null when the token is absent. */
function tokenRank(entry: Entry, token: string): number | null {
  if (entry.fields.some((f) => f === token)) {
    return 0;
  }
  if (entry.fields.some((f) => f.startsWith(token))) {
    return 1;
  }
  if (entry.words.some((w) => w.startsWith(token))) {
    return 2;
  }
  return entry.fields.some((f) => f.includes(token)) ? 3 : null;
}

/**
 * Catalogue codes matching what the reader typed, best first (exact, then prefix, then word
 * start, then anywhere; catalogue order within a rank). Every space-separated word must match.
 * An empty query lists the whole catalogue.
 * @param query typed text in any of the three languages, a code or an abbreviation.
 * @example searchStatements('lbbb')[0] // 'left_bundle_branch_block'
 * @example searchStatements('室早')[0] // 'premature_ventricular_complexes'
 */
export function searchStatements(query: string): StatementCode[] {
  const tokens = query
    .split(/\s+/)
    .map(fold)
    .filter((t) => t !== '');
  if (tokens.length === 0) {
    return [...statementCodes];
  }
  const ranked: { code: StatementCode; rank: number; order: number }[] = [];
  ENTRIES.forEach((entry, order) => {
    let worst = 0;
    for (const token of tokens) {
      const rank = tokenRank(entry, token);
      if (rank === null) {
        return;
      }
      worst = Math.max(worst, rank);
    }
    ranked.push({ code: entry.code, rank: worst, order });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.code);
}

/**
 * How urgent a statement is by itself (the engine's triage of that one statement): critical
 * (STEMI, VT/VF, complete heart block, extreme rates), urgent, or routine.
 * @example statementUrgency('stemi') // 'critical'
 */
export function statementUrgency(code: StatementCode): 'critical' | 'urgent' | 'routine' {
  return triage([makeStatement(code)]).level;
}

/**
 * True when `code` is one of the catalogue's codes.
 * @example isStatementCode('stemi') // true
 */
export function isStatementCode(code: string): code is StatementCode {
  return (statementCodes as readonly string[]).includes(code);
}
