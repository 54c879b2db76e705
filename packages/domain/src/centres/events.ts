/**
 * The event catalogue of every centre: which timeline events a case of that centre may carry,
 * their labels, and the zod schema of a case's events map (event id → ISO 8601 instant).
 */
import { z } from 'zod';
import type { LocalizedText } from '../localized.js';
import type { Centre } from './centre-kinds.js';
import { chestPainEventLabels, chestPainEvents } from './events-chest-pain.js';
import { maternalEventLabels, maternalEvents } from './events-maternal-neonatal.js';
import { neonatalEventLabels, neonatalEvents } from './events-maternal-neonatal.js';
import { strokeEventLabels, strokeEvents, traumaEventLabels } from './events-stroke-trauma.js';
import { traumaEvents } from './events-stroke-trauma.js';

/**
 * Event ids of each centre, in the usual order of a case.
 * @example centreEvents.stroke.includes('ct_start') // true
 */
export const centreEvents = {
  chest_pain: chestPainEvents,
  stroke: strokeEvents,
  trauma: traumaEvents,
  maternal: maternalEvents,
  neonatal: neonatalEvents,
} as const satisfies Record<Centre, readonly string[]>;

/** An event id of centre `C` (e.g. `CentreEvent<'chest_pain'>` includes `'wire_crossing'`). */
export type CentreEvent<C extends Centre = Centre> = (typeof centreEvents)[C][number];

/**
 * Label of each event, per centre.
 * @example localize(centreEventLabels.chest_pain.wire_crossing, 'zh-CN') // '导丝通过'
 */
export const centreEventLabels: {
  readonly [C in Centre]: Readonly<Record<CentreEvent<C>, LocalizedText>>;
} = {
  chest_pain: chestPainEventLabels,
  stroke: strokeEventLabels,
  trauma: traumaEventLabels,
  maternal: maternalEventLabels,
  neonatal: neonatalEventLabels,
};

/**
 * Whether `event` is in the catalogue of `centre`.
 * @param centre the centre.
 * @param event any string (e.g. a key read from JSON).
 * @returns true when the event id belongs to the centre.
 * @example isCentreEvent('stroke', 'wire_crossing') // false
 */
export function isCentreEvent<C extends Centre>(centre: C, event: string): event is CentreEvent<C> {
  return (centreEvents[centre] as readonly string[]).includes(event);
}

/**
 * An instant with an explicit offset, ISO 8601 (`2025-03-01T08:15:00+08:00` or `…Z`); seconds
 * required, fractions optional. Local times without offset are refused: a duration needs absolute instants.
 */
export const eventInstantSchema = z.iso.datetime({ offset: true, local: false });

/** The events map of one case of centre `C`: event id → ISO instant; every event is optional. */
export type CaseEvents<C extends Centre = Centre> = Partial<Record<CentreEvent<C>, string>>;

function eventsSchemaOf<const E extends readonly [string, ...string[]]>(
  events: E,
): z.ZodType<Partial<Record<E[number], string>>> {
  return z.partialRecord(z.enum(events), eventInstantSchema);
}

/**
 * Zod schema of a case's events map, per centre. Unknown event ids and times without an offset are
 * rejected with the path of the offending key.
 * @example centreEventsSchemas.chest_pain.parse({ door: '2025-03-01T08:00:00+08:00' })
 */
export const centreEventsSchemas: { readonly [C in Centre]: z.ZodType<CaseEvents<C>> } = {
  chest_pain: eventsSchemaOf(chestPainEvents),
  stroke: eventsSchemaOf(strokeEvents),
  trauma: eventsSchemaOf(traumaEvents),
  maternal: eventsSchemaOf(maternalEvents),
  neonatal: eventsSchemaOf(neonatalEvents),
};
