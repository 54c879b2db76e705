import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Clock } from '../escalation/clock.js';
import { escalationStepsEnv, type EscalationPolicy } from '../escalation/policy.js';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** A font file, optionally `#Face` (the PostScript name of one face in a .ttc collection). */
const fontSource = z
  .string()
  .regex(/^[^#]+(#[^#]+)?$/, 'a font file path, optionally #PostScriptName for a .ttc');

/** True when `zone` is an IANA time zone this Node.js knows. */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A report font: the file and, for a collection (.ttc), the face's PostScript name. */
export interface FontSource {
  path: string;
  face?: string;
}

function parseFontSource(value: string): FontSource {
  const [path = value, face] = value.split('#');
  return face === undefined ? { path } : { path, face };
}

/** Environment variables Gesang reads, validated once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  GESANG_DATA_DIR: z.string().min(1).default('data'),
  GESANG_DB_APP_ROLE: z
    .string()
    .regex(/^([a-z_][a-z0-9_]*|none)$/, 'a plain identifier or "none"')
    .default('gesang_app'),
  GESANG_DEMO: booleanFromEnv.optional(),
  GESANG_DEMO_PASSWORD: z.string().min(10, 'at least 10 characters').max(200).optional(),
  GESANG_COOKIE_SECURE: booleanFromEnv.default(false),
  GESANG_TRUST_PROXY: booleanFromEnv.default(false),
  GESANG_SESSION_IDLE_MIN: z.coerce.number().int().min(1).max(1440).default(120),
  GESANG_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(168).default(12),
  GESANG_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  GESANG_ECG_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(4 * 1024 ** 3)
    .default(64 * 1024 ** 2),
  GESANG_INGEST_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  GESANG_JOBS: booleanFromEnv.default(true),
  GESANG_JOB_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  GESANG_JOB_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  GESANG_OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  GESANG_SLA_CRITICAL_MIN: z.coerce.number().int().min(1).max(10_080).default(10),
  GESANG_SLA_URGENT_MIN: z.coerce.number().int().min(1).max(10_080).default(30),
  GESANG_SLA_ROUTINE_MIN: z.coerce.number().int().min(1).max(10_080).default(120),
  GESANG_REPORT_FONT_CJK: fontSource.default(
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular',
  ),
  GESANG_REPORT_FONT_CJK_BOLD: fontSource.default(
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc#NotoSansCJKsc-Bold',
  ),
  GESANG_REPORT_FONT_TIBETAN: fontSource.default(
    '/usr/share/fonts/truetype/tibetan-machine/TibetanMachineUni.ttf',
  ),
  GESANG_REPORT_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  GESANG_ROSTER_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'an IANA time zone such as Asia/Shanghai')
    .default('Asia/Shanghai'),
  GESANG_ESCALATION_CRITICAL: escalationStepsEnv.prefault('2,5'),
  GESANG_ESCALATION_URGENT: escalationStepsEnv.prefault('10,20'),
  GESANG_ESCALATION_ROUTINE: escalationStepsEnv.prefault('off'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Validated configuration. */
export interface Config {
  port: number;
  host: string;
  /** PostgreSQL server; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Absolute path of the data folder (embedded database, files). */
  dataDir: string;
  /** Role the server switches to on PostgreSQL; null to keep the connecting role. */
  dbAppRole: string | null;
  /** Load the demo consortium into an empty database. */
  demo: boolean;
  demoPassword: string | undefined;
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionIdleMs: number;
  sessionMaxMs: number;
  shutdownTimeoutMs: number;
  logLevel: string;
  /** Largest ECG upload accepted, bytes (default 64 MiB); larger ones get a 413 naming it. */
  ecgMaxUploadBytes: number;
  /** Worker threads that parse and analyse ECG files (default: cores − 1, at least 1). */
  ingestWorkers: number;
  /** Whether this process runs background jobs (ingest); web-only processes may turn it off. */
  jobsEnabled: boolean;
  /** How often an idle job runner looks for due jobs, ms (new jobs also wake it at once). */
  jobPollMs: number;
  /** How long a claimed job stays locked without a heartbeat before another process takes it, ms. */
  jobLeaseMs: number;
  /** How often the outbox is polled for events to push when no notification came, ms. */
  outboxPollMs: number;
  /** Minutes from receipt to the report being due, by triage level. */
  slaMinutes: { critical: number; urgent: number; routine: number };
  /**
   * Fonts of the signed ECG report (PDF): Chinese (and Latin) text regular and bold, and Tibetan.
   * Defaults are Debian's fonts-noto-cjk and fonts-tibetan-machine; a missing file is named in
   * the error of the first report asked for (and logged at start-up).
   */
  reportFonts: { cjk: FontSource; cjkBold: FontSource; tibetan: FontSource };
  /** IANA time zone in which reports print times (signature time, HL7 timestamps). */
  reportTimeZone: string;
  /** IANA time zone of the readers' roster (shift times are local wall-clock times there). */
  rosterTimeZone: string;
  /** Minutes after analysis at which open studies escalate, per triage level (null: off). */
  escalation: EscalationPolicy;
  /**
   * The clock of duty and escalation decisions (and of the escalation job runner's due check);
   * null is the system clock. Tests inject a manual one.
   */
  clock: Clock | null;
}

/** Thrown when the environment is invalid; its message lists every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates configuration from `env`.
 * @throws ConfigError naming each invalid variable and why.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.GESANG_DATA_DIR),
    dbAppRole: e.GESANG_DB_APP_ROLE === 'none' ? null : e.GESANG_DB_APP_ROLE,
    // Demo data by default only on the embedded database; never silently on a production server.
    demo: e.GESANG_DEMO ?? e.DATABASE_URL === undefined,
    demoPassword: e.GESANG_DEMO_PASSWORD,
    cookieSecure: e.GESANG_COOKIE_SECURE,
    trustProxy: e.GESANG_TRUST_PROXY,
    sessionIdleMs: e.GESANG_SESSION_IDLE_MIN * 60_000,
    sessionMaxMs: e.GESANG_SESSION_MAX_HOURS * 3_600_000,
    shutdownTimeoutMs: e.GESANG_SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    ecgMaxUploadBytes: e.GESANG_ECG_MAX_UPLOAD_BYTES,
    ingestWorkers: e.GESANG_INGEST_WORKERS ?? Math.max(1, availableParallelism() - 1),
    jobsEnabled: e.GESANG_JOBS,
    jobPollMs: e.GESANG_JOB_POLL_MS,
    jobLeaseMs: e.GESANG_JOB_LEASE_MS,
    outboxPollMs: e.GESANG_OUTBOX_POLL_MS,
    slaMinutes: {
      critical: e.GESANG_SLA_CRITICAL_MIN,
      urgent: e.GESANG_SLA_URGENT_MIN,
      routine: e.GESANG_SLA_ROUTINE_MIN,
    },
    reportFonts: {
      cjk: parseFontSource(e.GESANG_REPORT_FONT_CJK),
      cjkBold: parseFontSource(e.GESANG_REPORT_FONT_CJK_BOLD),
      tibetan: parseFontSource(e.GESANG_REPORT_FONT_TIBETAN),
    },
    reportTimeZone: e.GESANG_REPORT_TIME_ZONE,
    rosterTimeZone: e.GESANG_ROSTER_TIME_ZONE,
    escalation: {
      critical: e.GESANG_ESCALATION_CRITICAL,
      urgent: e.GESANG_ESCALATION_URGENT,
      routine: e.GESANG_ESCALATION_ROUTINE,
    },
    clock: null,
  };
}
