/** One subcommand of the `gesang` command line. */
export interface CliCommand {
  /** What `gesang help` says of it, one line. */
  summary: string;
  /**
   * Runs the command with the arguments after its name; resolves to the process exit code
   * (0 success, 1 failure, 2 bad usage).
   */
  run(args: readonly string[]): Promise<number>;
}
