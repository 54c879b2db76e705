/**
 * Process entry of `gesang-ecg` (loaded by `bin/gesang-ecg.js` through tsx): real argv and
 * streams in, exit code out.
 */
import { runCli } from './cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
