import { GesangError } from '@gesang/domain';
import { arrivalProfiles, type ArrivalProfile } from '../simulate/arrivals.js';
import { numberOption, parseOptions } from './cli-options.js';

/** `gesang simulate`'s options, validated. */
export interface SimulateArgs {
  ratePerHour: number;
  readers: number | null;
  hours: number;
  criticalShare: number | null;
  seed: number;
  target: number | null;
  /** Folders of ECG files to replay; empty for the shared 12-lead records. */
  files: string[];
  profile: ArrivalProfile;
  /** Triage cache file, or null for none (`--no-cache`); undefined for the default place. */
  cachePath: string | null | undefined;
  json: boolean;
  help: boolean;
}

/** The usage text. */
export const simulateUsage = `Usage: gesang simulate --rate PER_HOUR --readers N [options]

Replays real ECG files arriving as a Poisson process against N readers on duty, in virtual time,
and reports how fast ECGs are claimed and signed. With --target it finds the smallest number of
readers per shift meeting it.

  --rate PER_HOUR       mean ECGs per hour (required)
  --readers N           readers on duty around the clock (required unless --target)
  --hours H             hours of arrivals to simulate (default 168, one week)
  --critical-share S    share 0–1 of critical ECGs (default: the files' own triage mix)
  --seed K              random seed, an integer (default 1); the same seed gives the same run
  --target T            e.g. 0.99: smallest readers for ≥ T of critical ECGs signed within their
                        SLA (10 min), of all ECGs within their SLA, of all ECGs within 10 min
  --files DIR           folder of ECG files to replay (repeatable; default the 12-lead records
                        in shared/data/ecg beside the repository)
  --profile P           flat (default) or day-night (1.5× the rate at 14:00, 0.5× at 02:00)
  --cache FILE          triage cache (default $XDG_CACHE_HOME/gesang/simulate-triage.json)
  --no-cache            analyse every file again and keep nothing
  --json                print one JSON object
  --help                this text

Model: each file is triaged once by the analysis engine (as the server's ingest does; cached)
and each arriving ECG is a file drawn at random. It joins the worklist 0.1 min after receipt. A
reader who signs takes the worklist's first ECG at once (critical, urgent, routine, then longest
waiting; no interruption of a reading); an idle reader notices a new ECG after an exponential
time (mean 0.5 min critical, pushed; 2 min otherwise). Reading (claim → signed) is lognormal:
routine median 3 min (p90 5.7), urgent median 4 min (p90 7.6), critical median 4 min (p90 5.9).
The run starts empty at midnight and goes on until every ECG that arrived is signed. SLA minutes
are the server's (GESANG_SLA_CRITICAL_MIN, _URGENT_MIN, _ROUTINE_MIN; default 10/30/120).
`;

/**
 * Parses `gesang simulate`'s arguments.
 * @param args the arguments after `simulate`.
 * @returns the validated options.
 * @throws GesangError 400 naming the option at fault (unknown option, missing or bad value).
 * @example parseSimulateArgs(['--rate', '60', '--readers', '3']).readers // 3
 */
export function parseSimulateArgs(args: readonly string[]): SimulateArgs {
  const values = parseOptions(args, {
    rate: { type: 'string' },
    readers: { type: 'string' },
    hours: { type: 'string' },
    'critical-share': { type: 'string' },
    seed: { type: 'string' },
    target: { type: 'string' },
    files: { type: 'string', multiple: true },
    profile: { type: 'string' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help === true;
  const ratePerHour = numberOption('rate', values.rate, { min: 0, max: 100_000 });
  const hours =
    numberOption('hours', values.hours, { min: 0, max: 24 * 366, minExclusive: true }) ?? 168;
  const readers = numberOption('readers', values.readers, { min: 1, max: 10_000, integer: true });
  const target = numberOption('target', values.target, { min: 0, max: 1, minExclusive: true });
  if (!help && ratePerHour === null) {
    throw GesangError.badRequest('--rate is required (mean ECGs per hour)', '--rate');
  }
  if (!help && readers === null && target === null) {
    throw GesangError.badRequest('--readers is required unless --target is given', '--readers');
  }
  if ((ratePerHour ?? 0) * hours > 2_000_000) {
    throw GesangError.badRequest(
      '--rate × --hours is over 2,000,000 ECGs; simulate fewer hours',
      '--hours',
    );
  }
  const profile = values.profile ?? 'flat';
  if (!arrivalProfiles.includes(profile as ArrivalProfile)) {
    throw GesangError.badRequest(
      `--profile must be one of ${arrivalProfiles.join(', ')}`,
      '--profile',
    );
  }
  if (values.cache !== undefined && values['no-cache'] === true) {
    throw GesangError.badRequest('Give --cache FILE or --no-cache, not both', '--cache');
  }
  return {
    ratePerHour: ratePerHour ?? 0,
    readers,
    hours,
    criticalShare: numberOption('critical-share', values['critical-share'], { min: 0, max: 1 }),
    seed: numberOption('seed', values.seed, { min: 0, max: 2 ** 32 - 1, integer: true }) ?? 1,
    target,
    files: values.files ?? [],
    profile: profile as ArrivalProfile,
    cachePath: values['no-cache'] === true ? null : values.cache,
    json: values.json === true,
    help,
  };
}
