import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { GesangError, type EcgTriageLevel } from '@gesang/domain';
import type { TriageCache } from './triage-cache.js';
import { triageFile, type SkipReason } from './triage-file.js';

/** The real ECGs a simulation replays. */
export interface TriagePool {
  /** The triage level of each replayable file. */
  levels: EcgTriageLevel[];
  /** How many files were left out, by reason. */
  skipped: Record<SkipReason, number>;
  /** Files analysed now (the others came from the cache). */
  analysed: number;
}

/**
 * The shared 12-lead records: the first `shared/data/ecg` found in `startDir` or a folder above it
 * (the repository sits beside `shared/`).
 * @param startDir where to start looking (default the working directory).
 * @returns the absolute folder.
 * @throws GesangError 400 naming `--files` when there is none.
 * @example findSharedEcgDir('/work/main') // '/work/shared/data/ecg'
 */
export function findSharedEcgDir(startDir: string = process.cwd()): string {
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'data', 'ecg');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) {
      return candidate;
    }
    if (dirname(dir) === dir) {
      throw GesangError.badRequest(
        `No shared/data/ecg folder in ${startDir} or above it; name the ECG files with --files DIR`,
        '--files',
      );
    }
  }
}

/** Every regular file under `dir`, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true, encoding: 'utf8' }).catch(
    (cause: unknown) => {
      throw new GesangError(400, 'bad_request', `Cannot read the folder ${dir}`, {
        field: '--files',
        cause,
      });
    },
  );
  const paths: string[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if ((await stat(path)).isFile()) {
      paths.push(path);
    }
  }
  return paths;
}

/**
 * Triages every file under `dirs` with the engine, each at most once: a file whose size and
 * modification time match the cache is not read again (the cache is updated in place).
 * @param dirs folders searched recursively.
 * @param cache remembered triages by absolute path.
 * @param onProgress called after each file analysed now, with how many of how many to analyse.
 * @returns the replayable files' levels and the count left out by reason.
 * @throws GesangError 400 naming `--files` for a folder that cannot be read.
 * @example const pool = await triagePool(['/work/shared/data/ecg'], cache); pool.levels.length // 220
 */
export async function triagePool(
  dirs: readonly string[],
  cache: TriageCache,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<TriagePool> {
  const pool: TriagePool = {
    levels: [],
    skipped: { 'not-ecg': 0, 'few-leads': 0, unreadable: 0, unanalysable: 0 },
    analysed: 0,
  };
  const files = (await Promise.all(dirs.map((d) => listFiles(resolve(d))))).flat();
  const todo: { path: string; sizeBytes: number; mtimeMs: number }[] = [];
  for (const path of files) {
    const { size, mtimeMs } = await stat(path);
    const hit = cache.get(path);
    if (hit?.sizeBytes !== size || hit.mtimeMs !== mtimeMs) {
      todo.push({ path, sizeBytes: size, mtimeMs });
    }
  }
  for (const [i, file] of todo.entries()) {
    cache.set(file.path, { ...file, triage: await triageFile(file.path) });
    pool.analysed += 1;
    onProgress(i + 1, todo.length);
  }
  for (const path of files) {
    const triage = cache.get(path)?.triage;
    if (triage === undefined) {
      continue;
    }
    if (triage.level === null) {
      pool.skipped[triage.skip] += 1;
    } else {
      pool.levels.push(triage.level);
    }
  }
  return pool;
}
