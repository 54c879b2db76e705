/**
 * The green channel as the county desk sees it on a study: a STEMI the reader confirmed opened a
 * chest-pain case at the hub, whose coordinators must acknowledge it.
 */
import { z } from 'zod';

/** `greenChannel` of `GET /api/ecg/studies/{id}`: the case opened from this ECG, or null. */
export const greenChannelSchema = z.object({
  caseId: z.uuid(),
  /** When the case opened (the report's signature). ISO 8601 instant. */
  openedAt: z.string(),
  /** When a hub coordinator acknowledged it; null while waiting. */
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** The hub that owns the case. */
  hubId: z.uuid(),
  hubName: z.object({ zh: z.string(), en: z.string(), bo: z.string().nullable() }),
});

/** The green channel of a study. */
export type GreenChannel = z.infer<typeof greenChannelSchema>;
