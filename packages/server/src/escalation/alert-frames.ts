import { alertEventKind, alertSchema, type Alert, type StudyEvent } from '@gesang/domain';

/**
 * True when an outbox row carries alerts rather than a study state change.
 * @example isAlertEvent({ ...event, kind: 'claimed' }) // false
 */
export function isAlertEvent(event: StudyEvent): boolean {
  return String(event.kind) === alertEventKind;
}

/** The alerts of an alert outbox row addressed to `userId` (normally one, or none). */
export function alertsFor(event: StudyEvent, userId: string): Alert[] {
  const { alerts, ...shared } = event.payload as { alerts?: unknown } & Record<string, unknown>;
  if (!Array.isArray(alerts)) {
    return [];
  }
  return alerts.flatMap((entry: unknown) => {
    const one = entry as { id?: unknown; userId?: unknown; recipientRole?: unknown };
    if (one.userId !== userId) {
      return [];
    }
    const parsed = alertSchema.safeParse({
      ...shared,
      id: one.id,
      recipientRole: one.recipientRole,
      studyId: event.studyId,
      orgId: event.orgId,
      acknowledgedAt: null,
    });
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The Server-Sent-Event frames of an alert outbox row for one person: `event: alert`, `id:` the
 * outbox id (so Last-Event-ID resumes across both kinds of frame), `data:` an {@link Alert}.
 */
export function alertFrames(event: StudyEvent, userId: string): string[] {
  return alertsFor(event, userId).map(
    (alert) => `id: ${event.id}\nevent: alert\ndata: ${JSON.stringify(alert)}\n\n`,
  );
}
