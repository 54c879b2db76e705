/**
 * `gesang metrics --cases FILE.json [--targets FILE.json]`: the five-centre metrics of a file of
 * cases, as one JSON object keyed by metric id on stdout (overall figures; minutes rounded to
 * 0.01, shares to 0.0001). Cases flagged for review are listed on stderr; they are counted, as the
 * national chest-pain platform counts them. Bad input exits 2 naming the array index and field.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { centreCasesSchema, computeMetrics, metricTargetsSchema } from '@gesang/domain';
import type { MetricStats, MetricTargets } from '@gesang/domain';
import type { z } from 'zod';
import type { CliCommand } from './command.js';

/** The usage text. */
export const metricsUsage = `Usage: gesang metrics --cases FILE.json [--targets FILE.json]

Computes the five-centre metrics (chest pain, stroke, trauma, maternal, neonatal) from cases with
timestamped events and prints one JSON object keyed by metric id.

  --cases FILE     JSON array of {"centre", "id", "events": {"<event>": "<ISO time>"}, "attributes"?}
  --targets FILE   JSON object of target overrides, e.g. {"cp.d2w": {"targetMin": 80}}
  --help           this text
`;

/** Where the command writes (the real process streams, or a test's buffers). */
export interface MetricsOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

/**
 * Runs `gesang metrics`.
 * @param args the arguments after `metrics`.
 * @param out output streams.
 * @returns exit code: 0 done, 2 bad usage or input.
 * @example await runMetricsCommand(['--cases', 'cases.json'], { stdout: write, stderr: write })
 */
export async function runMetricsCommand(
  args: readonly string[],
  out: MetricsOutput,
): Promise<number> {
  try {
    const { values } = parseOptions(args);
    if (values.help === true) {
      out.stdout(metricsUsage);
      return 0;
    }
    if (values.cases === undefined) {
      throw new UsageError('--cases FILE is required');
    }
    const cases = parseWith(centreCasesSchema, await readJson(values.cases, '--cases'), 'cases');
    const targets: MetricTargets | undefined =
      values.targets === undefined
        ? undefined
        : parseWith(metricTargetsSchema, await readJson(values.targets, '--targets'), 'targets');
    const report = computeMetrics(cases, { targets });
    const result: Record<string, Record<string, number | boolean | null>> = {};
    for (const [id, metric] of Object.entries(report.metrics)) {
      result[id] = printable(metric.overall);
    }
    for (const flagged of report.flaggedCases) {
      const what = flagged.flags.map((f) => `${f.code} ${f.events.join('>')}`).join(', ');
      out.stderr(`flagged for review: ${flagged.id}: ${what}\n`);
    }
    out.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      out.stderr(`gesang metrics: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function parseOptions(args: readonly string[]): {
  values: { cases?: string; targets?: string; help?: boolean };
} {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: {
        cases: { type: 'string' },
        targets: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

async function readJson(path: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${option} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${option} ${path} is not JSON: ${(error as Error).message}`);
  }
}

/** Validates with a zod schema; the message names the first few offending paths (`cases[3].events.door`). */
function parseWith<T>(schema: z.ZodType<T>, value: unknown, root: string): T {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const lines = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map((part) => {
      if (typeof part === 'number') {
        return `[${String(part)}]`;
      }
      // Metric ids contain dots: `targets["cp.d2w"].targetMin`.
      return /^[A-Za-z_]\w*$/.test(String(part))
        ? `.${String(part)}`
        : `[${JSON.stringify(String(part))}]`;
    });
    return `${root}${path.join('')}: ${issue.message}`;
  });
  const more =
    result.error.issues.length > 5 ? `\n(${String(result.error.issues.length - 5)} more)` : '';
  throw new UsageError(`invalid input\n${lines.join('\n')}${more}`);
}

function round(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

function printable(stats: MetricStats): Record<string, number | boolean | null> {
  if (stats.kind === 'ratio') {
    const { count, numerator, share, targetMet, flaggedCount } = stats;
    return { count, numerator, share: round(share, 4), targetMet, flaggedCount };
  }
  return {
    count: stats.count,
    meanMin: round(stats.meanMin, 2),
    medianMin: round(stats.medianMin, 2),
    p90Min: round(stats.p90Min, 2),
    compliance: round(stats.compliance, 4),
    meanMet: stats.meanMet,
    complianceMet: stats.complianceMet,
    flaggedCount: stats.flaggedCount,
  };
}

/** `gesang metrics`. */
export const metricsCommand: CliCommand = {
  summary: 'five-centre metrics of a JSON file of cases (--cases FILE [--targets FILE])',
  run(args) {
    return runMetricsCommand(args, {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
    });
  },
};
