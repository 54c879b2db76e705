/**
 * `npm run bench -w @gesang/server` (and the root `npm run bench`): the cloud-ECG loop of the real
 * built server (`npm run build -w @gesang/server` first) in a child process over real HTTP, on a
 * fresh PGlite data folder and on a fresh PostgreSQL database (`GESANG_BENCH_DATABASE_URL`, a role
 * that may CREATE DATABASE; default postgres://postgres@127.0.0.1:5432/postgres). Figures only,
 * printed next to the goals (≥ 300 uploads/s; p99 ≤ 1 s upload → worklist push at
 * 100 uploads/s with 200 readers connected). The machine is shared: the load average is printed.
 * See latency-phase.ts and throughput-phase.ts for what each figure measures.
 *
 * Uploads are real ECGs (ecg-pool.ts). The server does not deduplicate studies by content: each
 * Idempotency-Key is a new study, read and analysed on its own (only the file store keeps one
 * copy of identical bytes, after writing and syncing the upload as usual), so the pool's files are
 * reused under new keys. `GESANG_BENCH_DB=pglite|postgres` runs one database only;
 * `GESANG_BENCH_READERS` changes the number of connected readers (default 200);
 * `GESANG_BENCH_PROF=DIR` writes the server's V8 CPU profiles (main thread and ingest workers) to DIR.
 * The latency phase runs at each offered load of `GESANG_BENCH_RATES` (uploads/s, default
 * 25,50,100: the 100, and two lower loads that show how far below it the goal holds).
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createSpawnedDatabase, freePort, spawnServer } from '../test/spawn-server.js';
import { analyseBytes } from '../src/ecg/ingest/analyse-bytes.js';
import { createBenchOrg } from './bench-org.js';
import { loadEcgPool, type PoolFile } from './ecg-pool.js';
import { goalRatePerS, runLatencyPhase } from './latency-phase.js';
import { cpuSeconds } from './process-cpu.js';
import { percentile } from './load.js';
import { runThroughputPhase } from './throughput-phase.js';

const readers = Number(process.env.GESANG_BENCH_READERS ?? 200);
const rates = (process.env.GESANG_BENCH_RATES ?? `25,50,${goalRatePerS}`).split(',').map(Number);
if (rates.some((r) => !Number.isFinite(r) || r <= 0 || r > 1000)) {
  throw new Error('GESANG_BENCH_RATES: comma-separated uploads per second, each in (0, 1000]');
}
const profileDir = process.env.GESANG_BENCH_PROF;
const counties = 5;
const adminUrl =
  process.env.GESANG_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const load = (): string =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function benchOn(kind: 'pglite' | 'postgres', pool: PoolFile[]): Promise<void> {
  console.log(`\n== ${kind} == (load average ${load()})`);
  const database = await createSpawnedDatabase(kind, adminUrl);
  try {
    const open = await database.open();
    const org = await createBenchOrg(open.db, counties, readers);
    await open.close();
    const server = await spawnServer(
      database.env,
      await freePort(),
      90_000,
      profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    );
    try {
      const cpuBefore = cpuSeconds(server.pid);
      for (const rate of rates) {
        await runLatencyPhase(server.url, org, pool, server.pid, rate);
      }
      await runThroughputPhase(server.url, org, pool, server.pid);
      const cpu = cpuSeconds(server.pid) - cpuBefore;
      console.log(`server process CPU over both phases: ${cpu.toFixed(1)} s (load ${load()})`);
    } finally {
      await server.kill('SIGTERM');
    }
  } finally {
    await database.dispose();
  }
}

console.log(
  `gesang server bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
);
const pool = await loadEcgPool();
console.log(
  `${pool.length} distinct real ECG files (12-lead records of shared/data/ecg written as DICOM, ` +
    `and the device samples of shared/data/ecg-formats); each upload sends one with a new ` +
    `Idempotency-Key, so each is a new study analysed on its own`,
);
/**
 * What one ingest thread can do at best: parse and analyse (the ingest worker's own function)
 * every fourth file of the pool in this process, after one untimed pass.
 */
function analysisCost(files: PoolFile[]): void {
  const sample = files.filter((_, i) => i % 4 === 0);
  sample.forEach((f) => analyseBytes(f.bytes));
  const times = sample.map((f) => {
    const t0 = performance.now();
    analyseBytes(f.bytes);
    return performance.now() - t0;
  });
  const medianMs = percentile(times, 50);
  console.log(
    `ECG parse + analysis per file, one thread, in this process: median ${medianMs.toFixed(1)} ms, ` +
      `p90 ${percentile(times, 90).toFixed(1)} ms (so one ingest thread finishes at most ` +
      `≈ ${(1000 / medianMs).toFixed(0)} studies/s; the server has GESANG_INGEST_WORKERS threads, ` +
      `default cores − 1) (load ${load()})`,
  );
}

analysisCost(pool);
const only = process.env.GESANG_BENCH_DB; // pglite or postgres: just that one
if (only !== 'postgres') {
  await benchOn('pglite', pool);
}
if (only === 'pglite') {
  // PostgreSQL not asked for
} else if (await postgresReachable()) {
  await benchOn('postgres', pool);
} else {
  console.log(`\n== postgres == skipped: no PostgreSQL at ${adminUrl}`);
}
