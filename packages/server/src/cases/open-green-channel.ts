import type { CaseEventSource, ReportStatement } from '@gesang/domain';
import { desc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { writeAudit } from '../audit/write-audit.js';
import type { DbOrTx } from '../db/database.js';
import { caseStudies, cases, ecgReports, ecgStudies } from '../db/schema/index.js';
import { acquisitionInstant } from './acquisition-instant.js';
import { recordCaseEvent } from './event-store.js';
import { alertGreenChannel } from './green-channel-alert.js';
import { greenChannelHub } from './green-channel-hub.js';

/**
 * Statement codes of the engine's catalogue that mean an ST-elevation myocardial infarction. A
 * signed report "confirms the machine's call" when its statements include one of them.
 */
export const stemiStatementCodes: readonly string[] = ['stemi'];

/**
 * True when signed statements state a STEMI.
 * @example statesStemi([{ code: 'sinus_rhythm' }, { code: 'stemi' }]) // true
 */
export function statesStemi(statements: readonly ReportStatement[]): boolean {
  return statements.some((s) => stemiStatementCodes.includes(s.code));
}

/** The signature that may open a green channel. */
export interface GreenChannelInput {
  studyId: string;
  /** The statements just signed (version 1 or an amendment). */
  statements: readonly ReportStatement[];
  signerId: string;
  /** Zone of a cart clock without offset (the consortium's: `Asia/Shanghai`). */
  timeZone: string;
}

type NewEvent = { event: string; at: Date; source: CaseEventSource };

/**
 * Opens the green channel for a STEMI the reader signed, inside the signing transaction: a
 * chest-pain case at the hub the study's county routes its ECGs to (opened `green_channel`, linked
 * to the study and its patient), with `first_ecg` (the cart's acquisition time, source `device`;
 * the upload time, source `system`, when the file has none), `ecg_transmission` (upload),
 * `ecg_diagnosis` (the signature) and the county's onset and first-contact times when it gave
 * them; then alerts the hub's chest-pain coordinators. The desk learns of it from the study's own
 * `signed` or `amended` event (same transaction), whose refetch carries `greenChannel`. Nothing
 * happens without a STEMI statement, without a hub, or when the study already opened a case.
 * @returns the new case's id, or null when none was opened.
 */
export async function openGreenChannel(
  tx: DbOrTx,
  request: FastifyRequest,
  input: GreenChannelInput,
): Promise<string | null> {
  if (!statesStemi(input.statements)) {
    return null;
  }
  const [study] = await tx.select().from(ecgStudies).where(eq(ecgStudies.id, input.studyId));
  const [report] = await tx
    .select({ signedAt: ecgReports.signedAt })
    .from(ecgReports)
    .where(eq(ecgReports.studyId, input.studyId))
    .orderBy(desc(ecgReports.version))
    .limit(1);
  const hubId = study === undefined ? null : await greenChannelHub(tx, study.orgId);
  if (study === undefined || report === undefined || hubId === null) {
    return null;
  }
  const signedAt = report.signedAt;
  const [created] = await tx
    .insert(cases)
    .values({
      centre: 'chest_pain',
      orgId: hubId,
      patientId: study.patientId,
      openedHow: 'green_channel',
      openedBy: input.signerId,
      openedAt: signedAt,
      sourceStudyId: study.id,
      attributes: { diagnosis: 'stemi', remoteEcgTransmitted: true },
    })
    .onConflictDoNothing()
    .returning({ id: cases.id });
  if (created === undefined) {
    return null;
  }
  const acquiredAt = acquisitionInstant(study.record?.acquisitionTime ?? null, input.timeZone);
  const context = study.clinicalContext;
  const events: NewEvent[] = [
    ...(context.onsetAt === null
      ? []
      : [{ event: 'symptom_onset', at: new Date(context.onsetAt), source: 'manual' as const }]),
    ...(context.firstMedicalContactAt === null
      ? []
      : [
          {
            event: 'first_medical_contact',
            at: new Date(context.firstMedicalContactAt),
            source: 'manual' as const,
          },
        ]),
    acquiredAt === null
      ? { event: 'first_ecg', at: study.receivedAt, source: 'system' }
      : { event: 'first_ecg', at: acquiredAt, source: 'device' },
    { event: 'ecg_transmission', at: study.receivedAt, source: 'system' },
    { event: 'ecg_diagnosis', at: signedAt, source: 'system' },
  ];
  for (const event of events) {
    await recordCaseEvent(tx, { caseId: created.id, ...event, by: input.signerId });
  }
  await tx.insert(caseStudies).values({ caseId: created.id, studyId: study.id, linkedBy: null });
  const alerted = await alertGreenChannel(tx, {
    hubId,
    study,
    at: signedAt,
    actorUserId: input.signerId,
  });
  await writeAudit(tx, request, {
    action: 'case.open',
    resourceType: 'case',
    resourceId: created.id,
    patientId: study.patientId,
    details: {
      centre: 'chest_pain',
      openedHow: 'green_channel',
      studyId: study.id,
      hubId,
      alerted,
    },
  });
  return created.id;
}
