/**
 * One case of a centre as the metric engine reads it: who recorded it, its timeline events and its
 * attributes. Durations are always computed from the event instants, never typed in.
 */
import { z } from 'zod';
import { caseAttributesSchema } from './case-attributes.js';
import type { CaseAttributes } from './case-attributes.js';
import { centres } from './centre-kinds.js';
import type { Centre } from './centre-kinds.js';
import { centreEventsSchemas } from './events.js';
import type { CaseEvents } from './events.js';

/** A case of centre `C` (`demo`: synthetic, generated for demonstrations). */
export interface CentreCase<C extends Centre = Centre> {
  centre: C;
  id: string;
  orgId?: string | undefined;
  demo?: boolean | undefined;
  events: CaseEvents<C>;
  attributes?: CaseAttributes | undefined;
}

/** Any case, discriminated by `centre`. */
export type AnyCentreCase = { [C in Centre]: CentreCase<C> }[Centre];

/** The zod object schema of a case of centre `C`. */
type CaseObjectSchema<C extends Centre> = z.ZodObject<{
  centre: z.ZodLiteral<C>;
  id: z.ZodString;
  orgId: z.ZodOptional<z.ZodString>;
  demo: z.ZodOptional<z.ZodBoolean>;
  events: z.ZodType<CaseEvents<C>>;
  attributes: z.ZodOptional<typeof caseAttributesSchema>;
}>;

function caseSchemaOf<C extends Centre>(centre: C): CaseObjectSchema<C> {
  return z.object({
    centre: z.literal(centre),
    id: z.string().trim().min(1).max(100),
    orgId: z.string().min(1).max(100).optional(),
    demo: z.boolean().optional(),
    events: centreEventsSchemas[centre],
    attributes: caseAttributesSchema.optional(),
  });
}

/**
 * Zod schema of one case; the events map is checked against the catalogue of the case's centre.
 * @example centreCaseSchema.parse({ centre: 'stroke', id: 'S1', events: { door: '2025-01-01T00:00:00Z' } })
 */
export const centreCaseSchema = z.discriminatedUnion('centre', [
  caseSchemaOf('chest_pain'),
  caseSchemaOf('stroke'),
  caseSchemaOf('trauma'),
  caseSchemaOf('maternal'),
  caseSchemaOf('neonatal'),
]);

/** Zod schema of a list of cases (the `gesang metrics --cases` file). */
export const centreCasesSchema = z.array(centreCaseSchema);

/** The centre ids as a zod enum, for query parameters and forms. */
export const centreSchema = z.enum(centres);
