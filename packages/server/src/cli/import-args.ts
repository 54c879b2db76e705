import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GesangError } from '@gesang/domain';
import { numberOption, parseOptions } from './cli-options.js';
import type { ImportOptions } from './import-watch.js';

/** The usage text. */
export const importUsage = `Usage: gesang import --watch DIR --server URL --token DEVICE_TOKEN [--once]

For the PC beside an electrocardiograph: sends every ECG file the cart writes into DIR to Gesang
with the organisation's device token (POST /api/ecg/device/studies), the files already there
first, then new ones as they appear. A file is sent once it has stopped growing; its
Idempotency-Key is the SHA-256 of its bytes, so sending it again (after a crash, or a copy put
back) never makes a second study. Sent files move to DIR/sent/ (study ids in DIR/sent/sent.log);
files that are not ECGs or that the server refuses (e.g. too large) move to DIR/refused/ with
FILE.reason.txt. Network errors and 5xx are retried with backoff; the file stays until sent.
Hidden files (.name) and *.tmp, *.part are left alone. One log line per file on stdout.

  --watch DIR          the folder the cart writes to (required)
  --server URL         Gesang's address, e.g. https://gesang.example.cn (required)
  --token TOKEN        the device token (gsd_…), from the organisation's administrator
                       (default: the GESANG_DEVICE_TOKEN environment variable, which, unlike an
                       argument, other users of the PC cannot see in the process list)
  --once               send what is there, then exit (for tests and cron); exit code 1 if a
                       file could not be sent after --max-attempts
  --max-attempts N     with --once, attempts per file before giving up for this run (default 5)
  --settle-ms MS       a file is complete when unchanged for this long (default 2000)
  --rescan-ms MS       rescan the folder this often besides fs.watch events (default 10000)
  --no-check           send files even if they do not read as an ECG here (the server then
                       rejects them after upload, keeping the file for inspection)
  --help               this text

Ctrl-C stops at once; a file being sent stays in DIR and is sent by the next run.
`;

/** `gesang import`'s options, validated (the log function is the command's). */
export type ImportArgs = Omit<ImportOptions, 'log'> & { help: boolean };

/** A whole number of at least `min` (and at most a day of ms, a bound the message leaves out). */
const whole = (name: string, raw: string | undefined, fallback: number, min: number): number =>
  numberOption(name, raw, { min, max: 86_400_000, integer: true, statedMax: false }) ?? fallback;

/**
 * Parses `gesang import`'s arguments.
 * @param args the arguments after `import`.
 * @param env the environment (for GESANG_DEVICE_TOKEN).
 * @returns the validated options.
 * @throws GesangError 400 naming the option at fault.
 * @example parseImportArgs(['--watch', 'out', '--server', 'http://localhost:3000', '--token', 'gsd_x', '--once']).once // true
 */
export function parseImportArgs(
  args: readonly string[],
  env: Record<string, string | undefined> = process.env,
): ImportArgs {
  const values = parseOptions(args, {
    watch: { type: 'string' },
    server: { type: 'string' },
    token: { type: 'string' },
    once: { type: 'boolean' },
    'max-attempts': { type: 'string' },
    'settle-ms': { type: 'string' },
    'rescan-ms': { type: 'string' },
    'no-check': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  const dir = resolve(values.watch ?? '.');
  if (!help && (values.watch === undefined || !existsSync(dir) || !statSync(dir).isDirectory())) {
    throw GesangError.badRequest(
      `--watch must name an existing folder, got "${values.watch ?? ''}"`,
      '--watch',
    );
  }
  let server = new URL('http://localhost/');
  if (!help) {
    try {
      server = new URL(values.server ?? '');
    } catch {
      throw GesangError.badRequest(
        `--server must be a URL such as https://gesang.example.cn, got "${values.server ?? ''}"`,
        '--server',
      );
    }
    if (server.protocol !== 'http:' && server.protocol !== 'https:') {
      throw GesangError.badRequest('--server must be an http:// or https:// URL', '--server');
    }
  }
  const token = values.token ?? env.GESANG_DEVICE_TOKEN ?? '';
  if (!help && !/^gsd_\S+$/.test(token)) {
    throw GesangError.badRequest(
      '--token (or GESANG_DEVICE_TOKEN) must be a device token, gsd_…',
      '--token',
    );
  }
  const once = values.once === true;
  if (!once && values['max-attempts'] !== undefined) {
    throw GesangError.badRequest(
      '--max-attempts applies only with --once (watching retries until sent)',
      '--max-attempts',
    );
  }
  return {
    dir,
    server,
    token,
    once,
    check: values['no-check'] !== true,
    maxAttempts: once ? whole('max-attempts', values['max-attempts'], 5, 1) : Infinity,
    retryBaseMs: 1000,
    uploadTimeoutMs: 15 * 60_000,
    settleMs: whole('settle-ms', values['settle-ms'], 2000, 0),
    rescanMs: whole('rescan-ms', values['rescan-ms'], 10_000, 100),
    help,
  };
}
