/**
 * Where the team's real ECG data lives (`../shared/data` next to the repository, see
 * `/work/shared/data/ecg/README.md`), for tests and evaluation commands; and a file finder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file is `packages/ecg-cli/src/disk/shared-data.ts`. */
const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Absolute path inside the shared data folder, failing loudly when it is missing (tests must not
 * skip silently when the data is absent).
 * @param parts - path segments below `../shared/data`, e.g. `'ecg', 'mitdb'`
 * @returns the absolute path, which exists
 * @throws Error naming the path looked for
 * @example
 * sharedDataPath('ecg', 'mitdb', '100.hea'); // '/work/shared/data/ecg/mitdb/100.hea'
 */
export function sharedDataPath(...parts: string[]): string {
  const path = resolve(REPO_ROOT, '..', 'shared', 'data', ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Shared ECG data not found at ${path}. Tests and evaluations read real records from ../shared/data next to the repository root (${REPO_ROOT}); see shared/data/ecg/README.md.`,
    );
  }
  return path;
}

/**
 * Every file below `dir` (recursively) whose name ends with `suffix`, sorted.
 * @param dir - folder to search
 * @param suffix - file-name ending, e.g. `.hea`
 * @returns absolute paths, in lexicographic order
 * @example
 * findFiles(sharedDataPath('ecg', 'ptbxl_wfdb'), '.hea').length; // 105
 */
export function findFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name))
    .sort();
}
