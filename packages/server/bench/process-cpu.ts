import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ, 100 on every common build). */
const ticksPerSecond = 100;

/**
 * CPU time a process has used so far (user + system, all its threads: the server's event loop,
 * its ingest worker threads and PGlite, which runs inside it), from `/proc/<pid>/stat`; NaN where
 * there is no /proc. PostgreSQL's own backends are other processes and are not counted.
 * @param pid a process id.
 * @returns seconds of CPU.
 * @example const before = cpuSeconds(server.pid); ... cpuSeconds(server.pid) - before
 */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return NaN;
  }
}
