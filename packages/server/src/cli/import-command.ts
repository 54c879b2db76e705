import { GesangError } from '@gesang/domain';
import type { CliCommand } from './command.js';
import { importUsage, parseImportArgs } from './import-args.js';
import { runImport } from './import-watch.js';

/**
 * `gesang import`: the cart-side uploader. Watches a folder and sends each ECG file to Gesang with
 * a device token; see {@link runImport} and the usage text. Exit code 0 when done or stopped by
 * Ctrl-C, 1 when a file could not be sent (with --once) or the token was refused, 2 for bad usage.
 */
export const importCommand: CliCommand = {
  summary: 'send the ECG files a cart writes into a folder (--watch DIR --server URL --token T)',
  async run(argv) {
    let args;
    try {
      args = parseImportArgs(argv);
    } catch (error) {
      if (error instanceof GesangError) {
        process.stderr.write(`gesang import: ${error.message}\n\n${importUsage}`);
        return 2;
      }
      throw error;
    }
    if (args.help) {
      process.stdout.write(importUsage);
      return 0;
    }
    const log = (line: string): void => {
      process.stdout.write(`${new Date().toISOString()} ${line}\n`);
    };
    const stop = new AbortController();
    const onSignal = (signal: string): void => {
      log(`${signal}: stopping (files not yet sent stay in ${args.dir})`);
      stop.abort();
    };
    // `once`: a second Ctrl-C ends the process the default way.
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      log(`watching ${args.dir}, sending to ${args.server.origin}${args.once ? ' (once)' : ''}`);
      const summary = await runImport({ ...args, log }, stop.signal);
      log(
        `${summary.stopped ? 'stopped' : 'done'}: ${summary.sent} sent, ${summary.repeat} sent before, ${summary.refused} refused, ${summary.failed} not sent`,
      );
      return summary.unauthorised || summary.failed > 0 ? 1 : 0;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  },
};
