/**
 * Test helper (used by the statistics integration tests only): studies written straight into the
 * tables with the times, statements, reports and breaches a test sets by hand, so that expected
 * figures can be worked out on paper. No escalation job is scheduled for them.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { EcgTriageLevel } from '@gesang/domain';
import type { Db } from '../db/database.js';
import {
  ecgReports,
  ecgSlaBreaches,
  ecgStudies,
  ecgStudyEvents,
  storedFiles,
} from '../db/schema/index.js';

/** One study as a test wants it. Offsets are seconds after `receivedAt`. */
export interface StatsStudySpec {
  orgId: string;
  /** Null: a file the engine refused (rejected, no triage). */
  level: EcgTriageLevel | null;
  /** ISO instant the county pressed send. */
  receivedAt: string;
  claim?: { afterS: number; by: string };
  sign?: { afterS: number; by: string };
  /** An earlier `claimed` event (a claim later released), seconds after receipt. */
  firstClaimEvent?: { afterS: number; by: string };
  /** Codes of the machine's statements. */
  machine?: string[];
  /** Codes of each signed report version, version 1 first. */
  reports?: string[][];
  breach?: 'unclaimed' | 'claimed_not_signed';
}

const at = (receivedAt: string, afterS: number): Date =>
  new Date(new Date(receivedAt).getTime() + afterS * 1000);

const statusOf = (spec: StatsStudySpec): string =>
  spec.level === null
    ? 'rejected'
    : spec.sign !== undefined
      ? 'signed'
      : spec.claim !== undefined
        ? 'claimed'
        : 'analysed';

/**
 * Inserts one study (and its events, reports and breach) as `spec` says.
 * @returns the study id.
 * @example await insertStatsStudy(db, { orgId, level: 'critical', receivedAt: '2024-01-10T02:00:00Z' })
 */
export async function insertStatsStudy(db: Db, spec: StatsStudySpec): Promise<string> {
  const sha256 = createHash('sha256').update(randomUUID()).digest('hex');
  await db.insert(storedFiles).values({ sha256, sizeBytes: 1 });
  const received = new Date(spec.receivedAt);
  const level = spec.level;
  const text = (code: string): { zh: string; en: string; bo: string } => ({
    zh: code,
    en: code,
    bo: code,
  });
  const [row] = await db
    .insert(ecgStudies)
    .values({
      orgId: spec.orgId,
      idempotencyKey: randomUUID(),
      fileSha256: sha256,
      fileName: 'stats.scp',
      status: statusOf(spec),
      triageLevel: level,
      triageRank: level === null ? null : { critical: 0, urgent: 1, routine: 2 }[level],
      triage: level === null ? null : { level, reasons: [] },
      analysis:
        level === null
          ? null
          : {
              statements: (spec.machine ?? []).map((code) => ({
                code,
                snomedCt: null,
                text: text(code),
                evidence: {},
              })),
              measurements: null,
              rhythm: null,
              beats: { total: 0, byType: {} },
              quality: { overall: 'good', leads: [] },
            },
      rejection:
        level === null ? { code: 'not-ecg', message: 'test', byteOffset: null, field: null } : null,
      clinicalContext: { chestPain: null, onsetAt: null, firstMedicalContactAt: null },
      receivedAt: received,
      analysedAt: level === null ? null : at(spec.receivedAt, 5),
      rejectedAt: level === null ? at(spec.receivedAt, 5) : null,
      claimedAt: spec.claim === undefined ? null : at(spec.receivedAt, spec.claim.afterS),
      claimedBy: spec.claim?.by ?? null,
      signedAt: spec.sign === undefined ? null : at(spec.receivedAt, spec.sign.afterS),
      signedBy: spec.sign?.by ?? null,
    })
    .returning({ id: ecgStudies.id });
  if (row === undefined) {
    throw new Error('study insert failed');
  }
  const studyId = row.id;
  if (spec.firstClaimEvent !== undefined) {
    await db.insert(ecgStudyEvents).values({
      studyId,
      orgId: spec.orgId,
      kind: 'claimed',
      actorUserId: spec.firstClaimEvent.by,
      at: at(spec.receivedAt, spec.firstClaimEvent.afterS),
    });
  }
  const signer = spec.sign?.by;
  for (const [index, codes] of (spec.reports ?? []).entries()) {
    if (signer === undefined) {
      throw new Error('reports need a signer');
    }
    await db.insert(ecgReports).values({
      studyId,
      version: index + 1,
      statements: codes.map((code) => (code === 'free_text' ? { code, text: 'note' } : { code })),
      conclusion: codes.join('; '),
      signedBy: signer,
      amendmentReason: index === 0 ? null : 'test amendment',
    });
  }
  if (spec.breach !== undefined && level !== null) {
    await db.insert(ecgSlaBreaches).values({
      studyId,
      orgId: spec.orgId,
      triageLevel: level,
      slaDueAt: at(spec.receivedAt, 600),
      recordedAt: at(spec.receivedAt, 600),
      cause: spec.breach,
      heldBy: spec.breach === 'claimed_not_signed' ? (spec.claim?.by ?? null) : null,
      claimedAt: spec.claim === undefined ? null : at(spec.receivedAt, spec.claim.afterS),
    });
  }
  return studyId;
}
