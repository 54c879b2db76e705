/**
 * Option reading shared by the `gesang` subcommands that validate their arguments up front
 * (`import`, `simulate`): strict flags and bounded numbers, each failure a GesangError 400 naming
 * the option at fault, which the command prints beside its usage text.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GesangError } from '@gesang/domain';

/** The options a command declares, as `node:util` parseArgs takes them. */
export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs gives for these options (strict, no positionals). */
export type OptionValues<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>
>['values'];

/**
 * Reads the flags of a command: strict (an unknown flag or a missing value is refused) and
 * without positional arguments.
 * @param args the arguments after the subcommand.
 * @param options the flags it takes.
 * @returns the values given (absent flags are undefined).
 * @throws GesangError 400 with parseArgs' message (which names the flag).
 * @example parseOptions(['--once'], { once: { type: 'boolean' } }).once // true
 */
export function parseOptions<const O extends OptionsConfig>(
  args: readonly string[],
  options: O,
): OptionValues<O> {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw GesangError.badRequest(error instanceof Error ? error.message : String(error));
  }
}

/** The range a number option must fall in. */
export interface NumberRange {
  min: number;
  max: number;
  /** Demand a whole number. */
  integer?: boolean;
  /** Refuse `min` itself (the value must be above it). */
  minExclusive?: boolean;
  /** Name `max` in the error message (default true; false for a mere sanity bound). */
  statedMax?: boolean;
}

/**
 * Reads a number option within a range.
 * @param name the option's name without `--`, e.g. `rate`.
 * @param raw its value as given, or undefined when absent.
 * @param range the bounds; see {@link NumberRange}.
 * @returns the number, or null when the option is absent.
 * @throws GesangError 400 for `--name`, e.g. `--readers must be a whole number from 1 to 10000, got "2.5"`.
 * @example numberOption('hours', '24', { min: 0, max: 8784, minExclusive: true }) // 24
 */
export function numberOption(
  name: string,
  raw: string | undefined,
  range: NumberRange,
): number | null {
  if (raw === undefined) {
    return null;
  }
  const value = raw.trim() === '' ? NaN : Number(raw);
  const low = range.minExclusive === true ? value <= range.min : value < range.min;
  if (
    !Number.isFinite(value) ||
    low ||
    value > range.max ||
    (range.integer === true && !Number.isInteger(value))
  ) {
    const kind = range.integer === true ? 'a whole number' : 'a number';
    const from = range.minExclusive === true ? `above ${range.min}` : `from ${range.min}`;
    const to = range.statedMax === false ? '' : ` to ${range.max}`;
    throw GesangError.badRequest(
      `--${name} must be ${kind} ${from}${to}, got "${raw}"`,
      `--${name}`,
    );
  }
  return value;
}
