/**
 * Rhythm and conduction calls of the engine's front end (`detectQrs` → `classifyBeats` →
 * `analyzeRhythm`, without measurements) against the labels of the 12-lead development folders
 * (`labels.csv`, read by `dx-labels.ts`; positive = the class predicate of `dx-classes.ts`: AF,
 * atrial flutter, first-degree AV block). Counts per class with the records behind each error,
 * and sensitivity / specificity with exact Clopper–Pearson 95 % intervals, because with a few
 * positives per folder a bare percentage says little. Labels are the only truth used.
 */
import { join } from 'node:path';
import { analyzeRhythm, classifyBeats, detectQrs, type RhythmAnalysis } from '@gesang/ecg-signal';
import { loadWfdbRecord } from '../disk/load-wfdb.js';
import { clopperPearson } from './clopper-pearson.js';
import { DX_CLASSES } from './dx-classes.js';
import { readLabels, type RecordLabels } from './dx-labels.js';

/** A scored class: the label predicate and the engine's call. */
interface RhythmClass {
  name: 'AF' | 'AFL' | '1st AVB';
  called: (analysis: RhythmAnalysis) => boolean;
}

const has = (a: RhythmAnalysis, code: string): boolean => a.findings.some((f) => f.code === code);
const CLASSES: readonly RhythmClass[] = [
  {
    name: 'AF',
    called: (a) => a.rhythm === 'atrial_fibrillation' || has(a, 'atrial_fibrillation'),
  },
  { name: 'AFL', called: (a) => a.rhythm === 'atrial_flutter' || has(a, 'atrial_flutter') },
  { name: '1st AVB', called: (a) => has(a, 'av_block_first_degree') },
];

/** Confusion counts of one class over the records scored. */
export interface RhythmClassCounts {
  name: RhythmClass['name'];
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
  /** `folder/record` of the labelled records not called, and of the calls without a label. */
  missed: string[];
  falseAlarms: string[];
}

/**
 * Runs the front end on every record of `labels.csv` in each folder and counts the calls.
 * @param dirs - development folders with `labels.csv`
 * @returns one entry per class (AF, AFL, 1st AVB), the number of records, the run time (ms)
 * @example
 * const { classes } = await evaluateRhythmFolders([sharedDataPath('ecg', 'ludb')]);
 */
export async function evaluateRhythmFolders(
  dirs: readonly string[],
): Promise<{ classes: RhythmClassCounts[]; records: number; elapsedMs: number }> {
  const started = performance.now();
  const classes = CLASSES.map((c) => ({
    name: c.name,
    truePositives: 0,
    falseNegatives: 0,
    falsePositives: 0,
    trueNegatives: 0,
    missed: [] as string[],
    falseAlarms: [] as string[],
  }));
  let records = 0;
  for (const dir of dirs) {
    for (const labels of readLabels(dir)) {
      const { record } = await loadWfdbRecord(join(dir, `${labels.record}.hea`));
      const { samples } = detectQrs(record);
      const analysis = analyzeRhythm(record, classifyBeats(record, samples));
      const id = `${dir.split('/').at(-1) ?? dir}/${labels.record}`;
      CLASSES.forEach((c, k) =>
        count(classes[k], isLabelled(c.name, labels), c.called(analysis), id),
      );
      records++;
    }
  }
  return { classes, records, elapsedMs: performance.now() - started };
}

function isLabelled(name: RhythmClass['name'], labels: RecordLabels): boolean {
  const definition = DX_CLASSES.find((c) => c.name === name);
  if (!definition) {
    throw new Error(`dx-classes.ts has no class ${name}`);
  }
  return definition.isLabelled(labels);
}

function count(
  c: RhythmClassCounts | undefined,
  labelled: boolean,
  called: boolean,
  id: string,
): void {
  if (!c) {
    return;
  }
  if (labelled && called) {
    c.truePositives++;
  } else if (labelled) {
    c.falseNegatives++;
    c.missed.push(id);
  } else if (called) {
    c.falsePositives++;
    c.falseAlarms.push(id);
  } else {
    c.trueNegatives++;
  }
}

/**
 * The counts as a text table: TP FN FP TN, Se and Sp with their exact 95 % intervals, and the
 * records behind the errors.
 * @param classes - from {@link evaluateRhythmFolders}
 * @returns the table, lines ending in `\n`
 * @example
 * formatRhythmDx((await evaluateRhythmFolders(dirs)).classes);
 */
export function formatRhythmDx(classes: readonly RhythmClassCounts[]): string {
  const rate = (x: number, n: number): string => {
    const ci = clopperPearson(x, n);
    return n === 0 || !ci
      ? '      -             '
      : `${((100 * x) / n).toFixed(1).padStart(5)} (${(100 * ci[0]).toFixed(0)}–${(100 * ci[1]).toFixed(0)})`.padEnd(
          20,
        );
  };
  const lines = classes.map((c) => {
    const se = rate(c.truePositives, c.truePositives + c.falseNegatives);
    const sp = rate(c.trueNegatives, c.trueNegatives + c.falsePositives);
    const counts = [c.truePositives, c.falseNegatives, c.falsePositives, c.trueNegatives]
      .map((v) => String(v).padStart(4))
      .join('');
    return `${c.name.padEnd(8)}${counts}  Se ${se} Sp ${sp} missed: ${c.missed.join(' ') || '-'}; false: ${c.falseAlarms.join(' ') || '-'}\n`;
  });
  return `class     TP  FN  FP  TN  (%, exact 95 % CI)\n${lines.join('')}`;
}
