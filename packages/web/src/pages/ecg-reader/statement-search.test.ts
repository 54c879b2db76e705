import { statementCatalogue, statementCodes } from '@gesang/ecg-signal';
import { describe, expect, it } from 'vitest';
import { isStatementCode, searchStatements, statementUrgency } from './statement-search.js';

describe('searchStatements', () => {
  it('lists the whole catalogue for an empty query', () => {
    expect(searchStatements('  ')).toEqual([...statementCodes]);
  });

  it('finds by English words, best match first', () => {
    expect(searchStatements('atrial fib')[0]).toBe('atrial_fibrillation');
    expect(searchStatements('Left bundle')).toEqual([
      'left_bundle_branch_block',
      'incomplete_left_bundle_branch_block',
    ]);
  });

  it('finds by Chinese text', () => {
    expect(searchStatements('心房颤动')).toEqual(['atrial_fibrillation']);
    expect(searchStatements('左束支')).toEqual(
      expect.arrayContaining(['left_bundle_branch_block', 'incomplete_left_bundle_branch_block']),
    );
    expect(searchStatements('三度')).toEqual(['av_block_third_degree']);
    expect(searchStatements('房颤')[0]).toBe('atrial_fibrillation');
    expect(searchStatements('室早')[0]).toBe('premature_ventricular_complexes');
    expect(searchStatements('心梗')[0]).toBe('stemi');
  });

  it('finds by Tibetan text, ignoring syllable marks', () => {
    const bo = statementCatalogue.pause.text.bo; // སྙིང་འཕར་བར་ཆད།
    expect(searchStatements(bo)[0]).toBe('pause');
    expect(searchStatements(bo.replace(/[་།]/g, ' '))[0]).toBe('pause');
    expect(searchStatements('འདར་འཕར')).toEqual(
      expect.arrayContaining(['atrial_fibrillation', 'ventricular_fibrillation']),
    );
  });

  it('finds by code and by the usual abbreviations', () => {
    expect(searchStatements('long_qt')[0]).toBe('long_qt');
    expect(searchStatements('lbbb')[0]).toBe('left_bundle_branch_block');
    expect(searchStatements('AF')[0]).toBe('atrial_fibrillation');
    expect(searchStatements('pvc')[0]).toBe('premature_ventricular_complexes');
    expect(searchStatements('STEMI')[0]).toBe('stemi');
  });

  it('finds nothing for text in no statement', () => {
    expect(searchStatements('zzzz')).toEqual([]);
  });
});

describe('statementUrgency', () => {
  it('follows the engine triage', () => {
    expect(statementUrgency('stemi')).toBe('critical');
    expect(statementUrgency('atrial_fibrillation')).toBe('urgent');
    expect(statementUrgency('sinus_rhythm')).toBe('routine');
  });
});

describe('isStatementCode', () => {
  it('knows the catalogue', () => {
    expect(isStatementCode('pause')).toBe(true);
    expect(isStatementCode('free_text')).toBe(false);
  });
});
