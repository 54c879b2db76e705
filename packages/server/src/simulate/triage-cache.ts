import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileTriage } from './triage-file.js';

/** A file's triage as remembered, valid while the file keeps its size and modification time. */
export interface CachedTriage {
  sizeBytes: number;
  mtimeMs: number;
  triage: FileTriage;
}

/** Remembered triages by absolute path. */
export type TriageCache = Map<string, CachedTriage>;

/** Bumped when the cached shape or the meaning of a level changes: older caches are ignored. */
const cacheVersion = 1;

/**
 * Where `gesang simulate` keeps its triage cache: `$XDG_CACHE_HOME/gesang/simulate-triage.json`,
 * else `~/.cache/gesang/simulate-triage.json`.
 * @param env the environment (default the process's).
 * @returns the path.
 * @example defaultCachePath({ XDG_CACHE_HOME: '/tmp/c' }) // '/tmp/c/gesang/simulate-triage.json'
 */
export function defaultCachePath(env: Record<string, string | undefined> = process.env): string {
  const base = env.XDG_CACHE_HOME ?? join(homedir(), '.cache');
  return join(base, 'gesang', 'simulate-triage.json');
}

/**
 * Reads the cache; a missing, unreadable or older-version file is an empty cache (it is only a
 * cache: the files are read again).
 * @param path the cache file.
 * @returns the entries.
 * @example const cache = await loadTriageCache(defaultCachePath());
 */
export async function loadTriageCache(path: string): Promise<TriageCache> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as {
      version?: unknown;
      entries?: Record<string, CachedTriage>;
    };
    if (parsed.version !== cacheVersion || typeof parsed.entries !== 'object') {
      return new Map();
    }
    return new Map(Object.entries(parsed.entries));
  } catch {
    return new Map();
  }
}

/**
 * Writes the cache atomically (a temporary file renamed over the old one).
 * @param path the cache file (its folder is created).
 * @param cache the entries.
 * @throws the file system's error (callers warn and go on: the cache is an optimisation).
 * @example await saveTriageCache(defaultCachePath(), cache);
 */
export async function saveTriageCache(path: string, cache: TriageCache): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const body = { version: cacheVersion, entries: Object.fromEntries(cache) };
  await writeFile(temporary, `${JSON.stringify(body)}\n`);
  await rename(temporary, path);
}
