/**
 * @gesang/ecg-cli: the `gesang-ecg` command (see `bin/gesang-ecg.js`). Exported for scripts and
 * tests that drive the CLI or load records from disk the way it does.
 */
export { runCli } from './cli.js';
export type { CliArgs, CliCommand, CliIo } from './command.js';
export { UsageError } from './command.js';
export { loadEcgRecord } from './disk/load-record.js';
export { loadWfdbAnnotations, loadWfdbRecord } from './disk/load-wfdb.js';
export { findFiles, sharedDataPath } from './disk/shared-data.js';
