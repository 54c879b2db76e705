import { resolve } from 'node:path';
import { GesangError } from '@gesang/domain';
import { ConfigError, loadConfig } from '../config/config.js';
import { planStaffing, type PlanInput } from '../simulate/plan.js';
import { defaultReadingModel } from '../simulate/reading-model.js';
import { formatPlan } from '../simulate/report-text.js';
import {
  defaultCachePath,
  loadTriageCache,
  saveTriageCache,
  type CachedTriage,
  type TriageCache,
} from '../simulate/triage-cache.js';
import { findSharedEcgDir, triagePool, type TriagePool } from '../simulate/triage-pool.js';
import type { CliCommand } from './command.js';
import { parseSimulateArgs, simulateUsage, type SimulateArgs } from './simulate-args.js';

const say = (text: string): void => {
  process.stderr.write(text);
};

/** Triages the files to replay (cached), with progress on stderr when files are analysed. */
async function loadPool(args: SimulateArgs, sources: string[]): Promise<TriagePool> {
  const cachePath = args.cachePath === undefined ? defaultCachePath() : args.cachePath;
  const cache: TriageCache =
    cachePath === null ? new Map<string, CachedTriage>() : await loadTriageCache(cachePath);
  let lastShownMs = 0;
  const pool = await triagePool(sources, cache, (done, total) => {
    if (done === total || Date.now() - lastShownMs > 2000) {
      lastShownMs = Date.now();
      say(`analysing ECG files once (then cached): ${done}/${total}\n`);
    }
  });
  if (cachePath !== null && pool.analysed > 0) {
    await saveTriageCache(cachePath, cache).catch((error: unknown) => {
      say(`warning: could not write the triage cache ${cachePath}: ${String(error)}\n`);
    });
  }
  return pool;
}

/** Runs the command once its options are parsed. */
async function simulate(args: SimulateArgs): Promise<number> {
  const slaMinutes = loadConfig().slaMinutes;
  const sources = args.files.length > 0 ? args.files.map((d) => resolve(d)) : [findSharedEcgDir()];
  const pool = await loadPool(args, sources);
  const input: PlanInput = {
    fileLevels: pool.levels,
    ratePerHour: args.ratePerHour,
    hours: args.hours,
    profile: args.profile,
    seed: args.seed,
    readers: args.readers,
    target: args.target,
    criticalShare: args.criticalShare,
    model: defaultReadingModel,
    slaMinutes,
  };
  const result = planStaffing(input);
  if (args.json) {
    const { fileLevels, ...parameters } = input;
    const files = { count: fileLevels.length, sources, skipped: pool.skipped };
    process.stdout.write(`${JSON.stringify({ parameters, files, ...result })}\n`);
  } else {
    process.stdout.write(formatPlan(input, pool, sources, result));
  }
  return 0;
}

/**
 * `gesang simulate`: a staffing planner. Replays real ECG files (triaged once by the engine)
 * arriving as a Poisson process against N readers in a discrete-event simulation, and prints
 * delays, shares signed in time and utilisation; with `--target`, the smallest N meeting it.
 */
export const simulateCommand: CliCommand = {
  summary: 'plan reader staffing: replay real ECGs against N readers (--rate, --readers, --target)',
  async run(argv) {
    try {
      const args = parseSimulateArgs(argv);
      if (args.help) {
        process.stdout.write(simulateUsage);
        return 0;
      }
      return await simulate(args);
    } catch (error) {
      if (error instanceof GesangError && error.status === 400) {
        say(`gesang simulate: ${error.message}\n\n${simulateUsage}`);
        return 2;
      }
      if (error instanceof ConfigError) {
        say(`${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
