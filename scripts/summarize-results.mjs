// Prints the per-suite table and the plain `N passed, N failed` line of `npm test`, from the step
// list scripts/test.sh writes (.reports/steps.tsv: name, exit code, JSON report) and the JSON
// reports of vitest and Playwright. CI reads only the last line, so it must count every failure:
// a step that failed without a report of failed tests (lint, a crashed runner) counts as 1 failed.
//
// Usage: node scripts/summarize-results.mjs [--line] [--exit-code=N]
//   --line         print only the `N passed, N failed` line
//   --exit-code=N  exit code of the whole run; if non-zero and nothing else failed, count 1 failed
import { existsSync, readFileSync } from 'node:fs';

const reportsDir = '.reports';
const lineOnly = process.argv.includes('--line');
const exitArg = process.argv.find((arg) => arg.startsWith('--exit-code='));
const runExitCode = exitArg === undefined ? 0 : Number(exitArg.slice('--exit-code='.length));

/** @typedef {{ name: string, passed: number, failed: number, skipped: number, exit: number }} Row */
/**
 * The fields read here from either runner's JSON report (vitest: num*, testResults; Playwright:
 * stats, errors).
 * @typedef {{
 *   numPassedTests?: number, numFailedTests: number, numPendingTests: number, numTodoTests: number,
 *   testResults?: { status: string, assertionResults: { status: string }[] }[],
 *   stats?: { expected: number, unexpected: number, flaky: number, skipped: number },
 *   errors?: unknown[],
 * }} Report
 */

/**
 * Counts from a vitest (`--reporter=json`) or Playwright (json reporter) report.
 * @param {string} file
 * @returns {{ passed: number, failed: number, skipped: number } | undefined}
 */
function countReport(file) {
  if (!existsSync(file)) {
    return undefined;
  }
  /** @type {unknown} */
  const parsed = JSON.parse(readFileSync(file, 'utf8'));
  const report = /** @type {Report} */ (parsed);
  if (typeof report.numPassedTests === 'number') {
    // vitest: a file that fails to load or whose hook throws has no failed test, only a failed
    // file result; count each such file once.
    const files = report.testResults ?? [];
    const brokenFiles = files.filter(
      (f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'),
    ).length;
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenFiles,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  }
  if (report.stats !== undefined) {
    // Playwright: `errors` are run-level failures (e.g. the web server did not start).
    const { expected, unexpected, flaky, skipped } = report.stats;
    return {
      passed: expected + flaky,
      failed: unexpected + (report.errors?.length ?? 0),
      skipped,
    };
  }
  return undefined;
}

/** @type {Row[]} */
const rows = [];
const stepsFile = `${reportsDir}/steps.tsv`;
const steps = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').split('\n') : [];
for (const line of steps.filter(Boolean)) {
  const [name = '?', exitText = '1', report = ''] = line.split('\t');
  const exit = Number(exitText);
  let counts = report === '' ? undefined : countReport(`${reportsDir}/${report}`);
  // No report (a check such as lint, or a runner that died): the step is one check.
  counts ??=
    exit === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
  if (exit !== 0 && counts.failed === 0) {
    counts.failed = 1;
  }
  rows.push({ name, ...counts, exit });
}
if (rows.length === 0 || (runExitCode !== 0 && rows.every((r) => r.failed === 0))) {
  rows.push({ name: 'npm test (no results)', passed: 0, failed: 1, skipped: 0, exit: runExitCode });
}

const total = rows.reduce(
  (sum, r) => ({
    passed: sum.passed + r.passed,
    failed: sum.failed + r.failed,
    skipped: sum.skipped + r.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);

if (!lineOnly) {
  const width = Math.max(5, ...rows.map((r) => r.name.length));
  const cells = (/** @type {(string|number)[]} */ values) =>
    values.map((v, i) => (i === 0 ? String(v).padEnd(width) : String(v).padStart(8))).join('');
  console.log('');
  console.log(cells(['suite', 'passed', 'failed', 'skipped', 'exit']));
  for (const r of rows) {
    console.log(cells([r.name, r.passed, r.failed, r.skipped, r.exit]));
  }
  console.log('');
}
// Skipped tests (each says why in its name) are counted on their own line, so that the last line
// is exactly `N passed, N failed`, as CI reads it.
if (total.skipped > 0) {
  console.log(`${total.skipped} skipped (named in the reports above)`);
}
console.log(`${total.passed} passed, ${total.failed} failed`);
